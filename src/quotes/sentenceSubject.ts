import { ROLE_HEADS_FR } from "../officials/roleWords.js";
import {
  type AttributionInput,
  describedReferent,
  describedSpeaker,
  pronoun,
} from "./attributeSpeaker.js";
import { descriptionSubject } from "./descriptionSubject.js";

/**
 * Who a sentence that names no person as its subject is about, for the next sentence's pronouns:
 * the person a description opening it stands for ("L'ancien président de la République a
 * réitéré …"), else the one its subject pronoun stands for ("Revenant sur …, il a pris …"); null
 * when it opens on neither.
 */
export function unnamedSubject(
  input: AttributionInput,
  start: number,
  sentence: string,
): string | null {
  return (
    latterOpening(input, start, sentence) ??
    describedOpening(input, start, sentence) ??
    pronounSubject(input, start, sentence)
  );
}

/**
 * The person a sentence opening on "Ce dernier" or "Cette dernière" is about: the one last named
 * (`describedReferent`), so that the next sentence's "il" takes them up ("… pilotée par
 * Marc-Olivier Fogiel. Ce dernier avait annoncé … Il se dit « … »").
 */
function latterOpening(input: AttributionInput, start: number, sentence: string): string | null {
  const opening = LATTER_OPENING.exec(sentence);
  if (!opening) return null;
  const at = start + opening.index + opening[0].length;
  const described = descriptionSubject(sentence.slice(at - start), input.nouns);
  return described?.latter ? describedReferent(input, described, at).personId : null;
}

/** A sentence or its main clause after an opening phrase, up to "ce dernier" or "cette dernière". */
const LATTER_OPENING =
  /^(?:[^.!?«»"“”,]{0,160},\s+)?(?=(?:[Cc]e\s+dernier|[Cc]ette\s+dernière)(?![\p{L}-]))/u;

/**
 * The person a sentence opening on a description stands for: "L'ancien président de la République
 * a réitéré …" is the article's salient man (`describedSpeaker`), "La ministre a dit …" the
 * article's minister, as after an opening phrase ("Interrogée mardi, la ministre a …"); null for a
 * sentence that opens otherwise.
 */
function describedOpening(input: AttributionInput, start: number, sentence: string): string | null {
  const opening = DESCRIBED_OPENING.exec(sentence);
  const noun = opening?.[2]?.toLowerCase() ?? "";
  // "L'occasion de …", "L'heure n'était pas …": only a noun of people or a role opens on someone.
  if (!opening?.[1] || (!ROLE_HEADS_FR.has(noun) && !input.nouns.namesPeople(noun))) return null;
  return describedSpeaker(input, opening[1], start).personId;
}

/**
 * The person a sentence's subject pronoun stands for, when its main clause has one ("Revenant sur
 * le terme employé par Emmanuel Macron, il a pris en exemple …": still the man the pronoun meant,
 * not the last man named), so that the next sentence's pronoun finds them again. Impersonal "il"
 * ("il faut", "il y a") stands for nobody.
 */
function pronounSubject(input: AttributionInput, start: number, sentence: string): string | null {
  const m = PRONOUN_SUBJECT.exec(sentence);
  if (!m?.[1]) return null;
  // Just past the pronoun, so that its own sentence (no name before it) is where it looks first.
  return pronoun(input, m[1].toLowerCase(), start + (m.index ?? 0) + m[0].length).personId;
}

/** A subject pronoun opening a sentence, or its main clause after an opening phrase and a comma. */
const PRONOUN_SUBJECT =
  /^(?:[^.!?«»"“”,]{0,160},\s+)?(il|elle|Il|Elle)(?=\s)(?!\s+(?:ne\s+|n['’])?(?:y\s+a|y\s+avait|faut|fallait|faudra|s['’]agit|semble|semblait|paraît|reste|restait|manque|vaut|est\s+(?:\p{Ll}+\s+)?(?:de|d['’]|que|qu['’])))/u;

/**
 * A definite description opening a sentence, or its main clause after an opening phrase and a
 * comma ("Répondant à l'une des inquiétudes israéliennes, le chef du gouvernement a …"), up to
 * its first punctuation.
 */
const DESCRIBED_OPENING =
  /^(?:[^.!?«»"“”,]{0,160},\s+(?=[Ll]))?((?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:(?:nouveau|nouvel|nouvelle|ancien|ancienne|jeune|futur|future|ex-)\s*)*([\p{L}\p{M}-]+)[^,.;:!?«»"“”()]{0,80})/u;
