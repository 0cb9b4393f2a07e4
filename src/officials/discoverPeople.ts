import { nameTakesArticle } from "./articleBefore.js";
import { cleanRole } from "./cleanRole.js";
import { isLexiconGivenName, lexiconGender } from "./givenNames.js";
import {
  CAPITALISED_RUNS,
  HONORIFIC_NAMES,
  honorificGender,
  NOUN_COMPLEMENT_BEFORE,
} from "./namePatterns.js";
import { FEMININE_RELATION, MASCULINE_RELATION, RELATION } from "./nounRole.js";
import { PERSON_NOUNS } from "./personNouns.js";
import {
  FEMININE_ROLE,
  isBareQualifier,
  opensClause,
  ROLE_GOVERNING_WORDS_FR,
  ROLE_HEADS_EN,
  ROLE_HEADS_FR,
  runsIntoVerb,
} from "./roleWords.js";
import { splitRun } from "./splitRun.js";

/** A person introduced in the text with a role, or with an honorific. */
export interface DiscoveredPerson {
  readonly name: string;
  /** The role phrase of the apposition ("secrétaire général de l'OTAN"), null for "M. X". */
  readonly role: string | null;
  readonly gender: "m" | "f" | null;
}

/** Words that may stand between a role's head noun and the name ("général de l'OTAN"). */
const ROLE_TAIL_WORD = /^(?:[\p{Ll}\p{M}'’-]+|[dl]['’][\p{L}-]+|[\p{Lu}][\p{L}\p{M}'’.-]*)$/u;
const DETERMINER = /^(?:le|la|les|l['’]|un|une|son|sa|ses|leur|the|its|his|her|their)$/iu;
const MAX_ROLE_WORDS = 9;
/**
 * Words after which a name is the complement of what comes before, not a role's apposition:
 * "le directeur des affaires de Hong Kong", "a déclaré le ministre sur Fox News".
 */
const COMPLEMENT_WORD =
  /^(?:de|du|des|à|au|aux|sur|dans|en|par|pour|avec|chez|contre|vers|entre|sous|et|ou|of|on|at|in|to|for|by|with|from|and|or)$/i;
const CONTAINS_NAME = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/**
 * Finds people introduced with a role in apposition, before the name ("le secrétaire général de
 * l'OTAN, Jens Stoltenberg", "Son homologue polonais, Zbigniew Rau", "German Foreign Minister
 * Annalena Baerbock") or after it ("Antony Blinken, le nouveau secrétaire d'Etat américain,"),
 * and people named with an honorific ("M. Haliva"). Names without such an introduction (a
 * literary reference, a name in passing) are not discovered. Photo credits and bylines never
 * reach here: the cleaner removes them.
 */
export function discoverPeople(sentence: string): DiscoveredPerson[] {
  const found: DiscoveredPerson[] = [];
  for (const match of CAPITALISED_RUNS.matches(sentence)) {
    const split = splitRun(match[0], sentence.slice(Math.max(0, match.index - 12), match.index));
    // "la Lotus Evija, la première hypercar…" names a thing, not a person.
    if (!split || nameTakesArticle(sentence, match.index, match[0], split.offset)) continue;
    // The run's leading words ("Iranian President", "Kremlin") belong to the text before the name.
    const nameStart = match.index + split.offset;
    const after = sentence.slice(
      nameStart + split.name.length,
      nameStart + split.name.length + 160,
    );
    const before = roleBefore(sentence.slice(Math.max(0, nameStart - 160), nameStart));
    // "par un journaliste de l'AFP, Thierry Ardisson a répondu": the role goes with "par".
    // The name is still introduced as a person's: it is found, without that role.
    const prepositional = before?.preposition === true && !/^\s*[,)]/u.test(after);
    const role = prepositional
      ? { text: "", gender: null, relation: true }
      : (before ??
        roleAfter(after) ??
        relationBefore(sentence.slice(Math.max(0, nameStart - 40), nameStart)));
    // "Comme la maire de Paris, Alain Juppé …": a role of the other gender is not his.
    const nameGender = role ? lexiconGender(split.name.split(/\s+/)[0] ?? "") : null;
    if (role?.comma && role.gender && nameGender && role.gender !== nameGender) continue;
    // A feminine title is never a man's, with or without a comma ("la présidente de la
    // commission des Lois Yaël Braun-Pivet" is not Richard Ferrand's).
    if (role && nameGender === "m" && FEMININE_HEAD.test(role.text)) continue;
    const text = role ? cleanRole(role.text) : null;
    // "directeur du restaurant Barna Beach": after a noun's complement, a name that opens on no
    // given name is what the noun names, not a person holding the role.
    const namesTheNoun =
      NOUN_COMPLEMENT_BEFORE.test(sentence.slice(Math.max(0, nameStart - 40), nameStart)) &&
      !isLexiconGivenName(split.name.split(/\s+/)[0] ?? "");
    if (role?.relation && !namesTheNoun) {
      found.push({ name: split.name, role: null, gender: role.gender });
    } else if (role && text && !namesTheNoun) {
      found.push({ name: split.name, role: text, gender: role.gender });
    }
  }
  for (const match of HONORIFIC_NAMES.matches(sentence)) {
    const name = match[1];
    if (!name) continue;
    const honorific = match[0].slice(0, match[0].length - name.length).trim();
    // "Look What You Make Me Do": "Me" inside a title-case run is no lawyer's "Maître".
    if (honorific === "Me" && /\p{Lu}[\p{L}'’-]*\s+$/u.test(sentence.slice(0, match.index))) {
      continue;
    }
    found.push({ name, role: null, gender: honorificGender(honorific) });
  }
  return found;
}

/**
 * "sa nièce, Marion …", "son fils Louis …": someone introduced by who they are to someone — a
 * person, of the relation's gender, with no role of theirs.
 */
function relationBefore(before: string): FoundRole | null {
  const m = /(?:^|\s)(?:son|sa|leur|notre|mon|ma)\s+([\p{Ll}-]+)(,?)\s+$/u.exec(before);
  const noun = m?.[1] ?? "";
  if (!RELATION.test(noun)) return null;
  const gender = FEMININE_RELATION.test(noun) ? "f" : MASCULINE_RELATION.test(noun) ? "m" : null;
  return { text: "", gender, comma: m?.[2] === ",", relation: true };
}

interface FoundRole {
  readonly text: string;
  readonly gender: "m" | "f" | null;
  /** The role phrase complements a preposition before it ("par un journaliste de l'AFP,"). */
  readonly preposition?: boolean;
  /** A comma stands between the role phrase and the name: an apposition, not a title. */
  readonly comma?: boolean;
  /** The phrase says who the person is to someone ("le fils du président"): no role of theirs. */
  readonly relation?: boolean;
}

/** "…le secrétaire général de l'OTAN, " or "…German Foreign Minister " right before a name. */
function roleBefore(before: string): FoundRole | null {
  const trimmed = before.replace(/,\s*$/, "").replace(/\s+$/, "");
  if (trimmed.length === before.length && !/\s$/.test(before)) return null;
  // "le secrétaire général de l'OTAN, Jens Stoltenberg": a comma makes the whole noun phrase
  // the apposition; without one the role is the name's title ("la Chine du président Xi").
  const comma = /,\s*$/u.test(before);
  const words = trimmed.split(/\s+/).slice(-MAX_ROLE_WORDS);
  if (COMPLEMENT_WORD.test(words[words.length - 1] ?? "")) return null;
  let head = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? "";
    if (!ROLE_TAIL_WORD.test(word)) break;
    const lower = word.toLowerCase();
    if (head >= 0 && !ROLE_HEADS_FR.has(lower)) break;
    const ofTitle =
      i === words.length - 3 && words[i + 1] === "of" && /^\p{Lu}/u.test(words[i + 2] ?? "");
    if (ROLE_HEADS_EN.has(lower) && (i === words.length - 1 || ofTitle)) {
      // English titles come before the name and take capitalised modifiers: "German Foreign Minister".
      let from = i;
      while (from > 0 && /^\p{Lu}/u.test(words[from - 1] ?? "") && i - from < 3) from--;
      return { text: words.slice(from, ofTitle ? i + 3 : i + 1).join(" "), gender: null };
    }
    // French titles: keep going back over compound heads ("secrétaire général").
    // "Bruno Le Maire, Nicolas Sarkozy": a capitalised head after a capitalised word ends a name.
    const previous = words[i - 1] ?? "";
    // "L'ancien Premier ministre X" opening a sentence: a capitalised determiner and adjective.
    const openingAdjective = /^[LlDd]['’](?:ancien|ancienne|actuel|actuelle)$/u.test(previous);
    if (
      ROLE_HEADS_FR.has(lower) &&
      /^\p{Lu}/u.test(word) &&
      /^\p{Lu}/u.test(previous) &&
      !openingAdjective &&
      (!DETERMINER.test(previous) || /^\p{Lu}/u.test(words[i - 2] ?? ""))
    ) {
      break;
    }
    if (ROLE_HEADS_FR.has(lower)) head = i;
  }
  if (head < 0) return null;
  // "Premier", "haut" head a title when capitalised, as French writes titles ("Premier
  // ministre", "Première dame"), or before another head ("haut représentant"): "au premier tour
  // des législatives" is no role.
  if (isBareQualifier(words[head] ?? "", words[head + 1] ?? "")) return null;
  head = besideHead(words, head);
  // "le porte-parole du président, X": the head found last complements an earlier noun. That
  // noun heads the role when it is a post too; when it names a relation or a person, the role
  // is someone else's ("le fils du président américain, Donald Trump Jr" is no president).
  for (; comma; ) {
    let j = head - 1;
    while (j >= 0 && PRE_NOMINAL.test(words[j] ?? "")) j--;
    const link = (words[j] ?? "").toLowerCase();
    const elided =
      /^[ld]['’]/u.test(words[head - 1] ?? "") && (words[j - 1] ?? "").toLowerCase() === "de";
    const k = /^(?:du|des|de)$/u.test(link)
      ? j - 1
      : elided || (link === "la" && (words[j - 1] ?? "").toLowerCase() === "de")
        ? j - 2
        : -2;
    if (k === -2) break;
    let n = k;
    while (n >= 0 && PRE_NOMINAL.test(words[n] ?? "")) n--;
    const noun = (words[n] ?? "").toLowerCase();
    // "la vie du fondateur de la marque, Enzo Ferrari": a thing's complement leaves the role.
    if (!ROLE_HEADS_FR.has(noun)) {
      // The name is still a person's, introduced by who they are to someone: no role.
      if (RELATION.test(noun) || PERSON_NOUNS.has(noun)) {
        return { text: "", gender: genderOf(words.slice(n - 1).join(" ")), comma, relation: true };
      }
      break;
    }
    head = n;
  }
  const determiner = words[head - 1] ?? "";
  const adjective = /^(?:nouveau|nouvelle|ancien|ancienne|actuel|actuelle)$/i.test(determiner);
  const article = adjective ? (words[head - 2] ?? "") : determiner;
  const previous = (adjective ? words[head - 3] : words[head - 2]) ?? "";
  // "l'ancien président Shimon Peres": a former post is said so.
  const former = /^(?:[ld]['’])?(ancien|ancienne)$/iu.exec(words[head - 1] ?? "")?.[1];
  const text = `${former ? `${former.toLowerCase()} ` : ""}${words.slice(head).join(" ")}`;
  // "du président de la République avait jugé que Mme Goulard": a verb or a conjunction between
  // the post and the name opens another clause; the post is someone else's.
  if (opensClause(text)) return null;
  return {
    text,
    gender: genderOf(`${article} ${text}`),
    comma,
    preposition: comma && DETERMINER.test(article) && PREPOSITION_BEFORE.test(previous),
  };
}

/**
 * "le secrétaire d'État auprès du ministre de l'Intérieur X": a head after "auprès du/de la/des"
 * is the post the role serves beside; the role is headed by the post named before "auprès" (up
 * to three words back). Returns that head's index, or `head` itself.
 */
function besideHead(words: readonly string[], head: number): number {
  const link = (i: number) => (words[i] ?? "").toLowerCase();
  const at =
    /^(?:du|des)$/u.test(link(head - 1)) && link(head - 2) === "auprès"
      ? head - 2
      : link(head - 1) === "la" && link(head - 2) === "de" && link(head - 3) === "auprès"
        ? head - 3
        : -1;
  if (at < 0) return head;
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    if (ROLE_HEADS_FR.has(link(k))) return k;
  }
  return head;
}

/** A role phrase whose head is a feminine form ("présidente de …", "ancienne députée"). */
const FEMININE_HEAD =
  /^(?:(?:ancienne|nouvelle|future|actuelle|première)\s+)?(?:présidente|vice-présidente|directrice|ambassadrice|chancelière|représentante|dirigeante|conseillère|négociatrice|envoyée|sénatrice|députée|eurodéputée|préfète|procureure|avocate|coordinatrice|déléguée|trésorière|fondatrice|cofondatrice|adjointe|patronne|cheffe|candidate|maire-adjointe|élue|porte-parole-adjointe)(?![\p{L}])/iu;

/** Adjectives before a noun of post ("l'ancien président", "le nouveau ministre"). */
const PRE_NOMINAL =
  /^(?:[ld]['’])?(?:nouveau|nouvel|nouvelle|ancien|ancienne|actuel|actuelle|futur|future)$/iu;

/** A word governing the role phrase after it (`ROLE_GOVERNING_WORDS_FR`, and English ones). */
const PREPOSITION_BEFORE = new RegExp(
  `^(?:${ROLE_GOVERNING_WORDS_FR}|than|by|for|with|like)$`,
  "iu",
);

/** ", le nouveau secrétaire d'Etat américain," or ", vice-ministre russe des Affaires étrangères." */
function roleAfter(after: string): FoundRole | null {
  const match =
    /^,\s+((?:(?:le|la|l['’]|son|sa|the)\s*)?(?:(?:nouveau|nouvelle|(ancien|ancienne|former)|new)\s+)?)([^,.;:«»"“”()]{3,120})/iu.exec(
      after,
    );
  if (!match?.[3]) return null;
  const words = match[3].trim().split(/\s+/);
  const head = words[0]?.toLowerCase() ?? "";
  if (!ROLE_HEADS_FR.has(head) && !ROLE_HEADS_EN.has(head)) return null;
  // ", l'ancien maire de Lyon a été interrogé …": a phrase running into a verb before any
  // comma is the subject of a new clause, not an apposition to the name before it.
  if (runsIntoVerb(match[3], true)) return null;
  // Where the phrase ends by itself ("…, secrétaire d'État à l'Égalité entre les femmes et les
  // hommes qui …"); one that runs on past a long title's length is no clean role.
  // A role names a post, not another person ("…, ministre de l'Intérieur Gérald Darmanin").
  if (CONTAINS_NAME.test(words.slice(0, MAX_ROLE_WORDS).join(" "))) return null;
  const cleaned = cleanRole(words.join(" "));
  if (cleaned === null || cleaned.split(/\s+/).length > MAX_ROLE_WORDS + 4) return null;
  // ", ancien secrétaire d'État": a former post is said so.
  const text = match[2] ? `${match[2].toLowerCase()} ${cleaned}` : cleaned;
  return { text, gender: genderOf(`${match[1] ?? ""}${cleaned}`) };
}

/** A role phrase opening on a feminine adjective or a noun of post only women are called by. */
const FEMININE_OPENING =
  /^(?:(?:ancienne|nouvelle|actuelle|future)\s|(?:présidente|directrice|ambassadrice|chancelière|représentante|dirigeante|conseillère|négociatrice|envoyée|sénatrice|députée|cheffe|préfète|procureure|avocate|coordinatrice|déléguée|trésorière|fondatrice|adjointe|patronne)\b)/iu;

function genderOf(phrase: string): "m" | "f" | null {
  if (FEMININE_ROLE.test(phrase)) return "f";
  // Without a determiner, the adjective or the noun that opens the phrase tells: "ancienne
  // députée du Vaucluse", "sénatrice de Paris", "ancien ministre".
  // "l'" tells no gender: what follows it does ("l'ancienne ministre", "l'ancien député").
  const opening = phrase.trim().replace(/^l['’]\s*/iu, "");
  if (FEMININE_OPENING.test(opening)) return "f";
  if (
    /^\s*(?:le|un|ce)\s/iu.test(phrase) ||
    /^(?:(?:ancien|nouveau|nouvel|actuel|futur)\s|(?:président|directeur|ambassadeur|chancelier|représentant|dirigeant|conseiller|négociateur|envoyé|sénateur|député)\b)/iu.test(
      opening,
    )
  ) {
    return "m";
  }
  return DETERMINER.test(phrase.trim().split(/\s+/)[0] ?? "") && /^\s*la\s/iu.test(phrase)
    ? "f"
    : null;
}
