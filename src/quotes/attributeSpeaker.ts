import { inflectsForGender } from "../nlp/genderInflection.js";
import { invertedClause, rolePronoun } from "../nlp/invertedClause.js";
import type { Language } from "../nlp/language.js";
import { EN_VERBS, FR_PLURAL_FINITE, findSpeechVerbs, type VerbMatch } from "../nlp/speechVerbs.js";
import type { Mention } from "../officials/findMentions.js";
import { HONORIFICS } from "../officials/namePatterns.js";
import type { RoleLookup } from "../officials/resolveRole.js";
import { isBareQualifier, ROLE_HEADS_EN, ROLE_HEADS_FR } from "../officials/roleWords.js";
import {
  type DescriptionSubject,
  descriptionSubject,
  type NounGenders,
} from "./descriptionSubject.js";
import { latterReferent } from "./latterReferent.js";
import { namedHeading } from "./namedHeading.js";
import { lastSentenceEnd } from "./sentenceStart.js";
import type { SpeakerContext } from "./speakerContext.js";
import type { Attribution } from "./statement.js";

export interface Speaker {
  readonly personId: string | null;
  readonly attribution: Attribution;
  /**
   * Credited by a heading or a list's line ("Agnès Buzyn : « … »"), outside the article's
   * narrative: it makes nobody the subject of the sentences that follow.
   */
  readonly aside?: true;
}

/** The text around a quotation, with the passage's person mentions and the article's context. */
export interface AttributionInput {
  readonly text: string;
  readonly language: Language;
  /** Mentions outside quotations, with offsets into `text`. */
  readonly mentions: readonly Mention[];
  readonly context: SpeakerContext;
  readonly roles: RoleLookup;
  /** What the corpus says about nouns of people ("l'actrice", "le trentenaire"). */
  readonly nouns: NounGenders;
  /** The article's date (ISO), null when unknown: which configured roles were held then. */
  readonly date: string | null;
  /** People the article names in full anywhere (`ArticleNames`): whom its posts may mean. */
  readonly articleNames: ReadonlySet<string>;
  /** Mentions inside quotations (an incise: "« …, a reconnu M. Bussereau. … »"). */
  readonly quotedMentions: readonly Mention[];
}

/**
 * What follows a name that is the subject of a verb: "Lavrov a …", "Lavrov les a …", "Truss
 * will", past a short parenthesis after the name ("Valérie Boyer (LR) avait parlé de …").
 */
/** A short parenthesis after a name, passed over: "Valérie Boyer (LR) avait parlé de …". */
const PARENTHESIS = "(?:\\s*\\([^()]{1,40}\\))?";
export const SUBJECT_FOLLOWS = new RegExp(
  [
    // "Lavrov a …", "Lavrov les a …", "Truss will …"
    `^${PARENTHESIS},?\\s*(?:(?:ne|n['’]|les|le|la|l['’]|lui|leur|y|en|s['’]|se)\\s*){0,2}(?:a|ont|avait|est|sont|sera|va|doit|has|had|is|was|will|would|said)(?![\\p{L}])`,
    // "Jean Dupont, maire de Lyon, a présenté …": an apposition between the name and its verb
    `^${PARENTHESIS},[^,.;«»"“”]{1,80},\\s+(?:(?:ne|n['’]|les|le|la|l['’]|lui|s['’]|se)\\s*){0,2}\\p{Ll}{1,}`,
    // "Charles Dupont, qui y a vu « … »": a relative clause whose subject is the name
    `^${PARENTHESIS},\\s*qui\\s+(?:(?:ne|n['’]|y|en|lui|leur|les|le|la|l['’]|s['’]|se)\\s*){0,2}\\p{Ll}{1,}`,
    // "Nicolas Sarkozy rend hommage …": a lower-case word that is not a preposition or relative
    `^${PARENTHESIS}\\s+(?!(?:de|du|des|et|ou|à|au|aux|en|dans|sur|pour|par|avec|qui|que|dont|lors|après|avant|selon|comme|contre|chez|sans|sous|vers|envers|depuis|pendant|durant|entre|parmi|malgré|mais|car|donc|puis|lorsque|quand|and|of|in|on|at|to|for|with|who|which)(?![\\p{L}]))\\p{Ll}{2,}(?![\\p{L}])`,
  ].join("|"),
  "u",
);

/** An optional honorific between a preposition and the name it governs ("de M. Guéant"). */
const HONORIFIC_BEFORE_NAME = `(?:(?:${HONORIFICS})\\s+)?`;

/** "de", "of" (and an honorific) right before a name: a complement ("le frère de X"). */
const OF_BEFORE = new RegExp(`(?:^|\\s)(?:de|du|des|d['’]|of)\\s*${HONORIFIC_BEFORE_NAME}$`, "iu");

/** A name that complements a preposition is not the subject ("de Greta Thunberg"). */
export const AFTER_PREPOSITION = new RegExp(
  `(?:^|[\\s'’])(?:de|du|des|d['’]|à|au|aux|par|pour|avec|sur|chez|contre|entre|selon|envers|vers|sans|comme)\\s*${HONORIFIC_BEFORE_NAME}$`,
  "iu",
);

/**
 * Whether a mention in `text` is the subject of a verb (`SUBJECT_FOLLOWS`) and not a
 * preposition's complement: "l'émission de Laurent Ruquier diffusée sur France 2" is no subject;
 * a name set off by an apposition after a preposition still is ("à l'image de Roger Karoutchi,
 * ancien secrétaire d'État, interrogé : « … »").
 */
export function isSubjectMention(
  text: string,
  m: { readonly start: number; readonly end: number },
): boolean {
  return (
    SUBJECT_FOLLOWS.test(text.slice(m.end, m.end + 120)) &&
    (!AFTER_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start)) ||
      /^\s*,/u.test(text.slice(m.end, m.end + 3)))
  );
}

export const NO_SPEAKER: Speaker = { personId: null, attribution: "none" };
export const UNRESOLVED: Speaker = { personId: null, attribution: "unresolved" };

/** "”, Blinken said", "” he told Reuters", "”, said the minister": English attribution. */
const ENGLISH_ATTRIBUTION = new RegExp(
  `^\\s*,?\\s*(?:([\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]+)*|he|she)\\s+(?:${EN_VERBS})(?![\\p{L}])|(?:${EN_VERBS})\\s+)`,
  "u",
);
const SUBJECT_PRONOUN = /(?:^|[\s,;'’])(il|elle|he|she)\s+(?:[\p{Ll}'’]+\s+){0,3}$/iu;
/** A sentence opening on a subject pronoun: "Elle utilisera un discours … pour appeler …". */
const SENTENCE_PRONOUN = /^\s*(?:[\p{Lu}][\p{Ll}]+,\s+)?(il|elle|he|she)(?=\s)/iu;
/** A determiner and the noun phrase after it: where a role ("le chef de l'OTAN") is read from. */
const ROLE_NP =
  /(?:^|[\s,])(?:le\s+|la\s+|l['’]\s*|the\s+)((?:(?:nouveau|nouvelle|ancien|ancienne|new|former)\s+)?[\p{L}'’-]+(?:\s+(?:de|du|des|d['’]|de la|de l['’]|of|à|au)?\s*[\p{L}'’-]+){0,5})/iu;
const COORDINATION = /(?:^|\s)(?:et|and|mais|but|puis|then|ou|or)\s*$/iu;
/** A role phrase naming a former holder of a post. */
const FORMER = /^(?:ancien|ancienne|ex-|former)(?![\p{L}])/iu;
/** Nothing but "En" or "Tout en" before a participle: it opens its sentence. */
const SENTENCE_OPENING_PARTICIPLE = /^\s*(?:(?:tout\s+)?en\s+)?$/iu;
/** A comma and at most a short description before a name: the main clause's subject. */
const MAIN_SUBJECT_BEFORE = /,\s*(?:[\p{L}'’-]+\s+){0,4}$/u;
/** The last clause of a text is an unnamed plural subject: ", d'autres ", ", certains ". */
const UNNAMED_PLURAL_CLAUSE =
  /(?:^|,)\s*(?:d['’]autres|certains|certaines|plusieurs|beaucoup|nombre d['’]entre eux|(?:les|des|ces)\s+\p{Ll}+s)(?:\s+(?:l['’]|les|lui|leur|le|la|se|s['’]|y|en))?\s*$/iu;
/** A subject pronoun opening the last clause of a text (after its start or a comma). */
const CLAUSE_PRONOUN = /(?:^|,)\s*(il|elle)\s+[^,;:«»"“”]*$/iu;
/** What stands before an inverted speech verb: a closing quotation mark or a comma. */
const INVERTED_BEFORE = /(?:[»”"]\s*,?|,)\s*$/u;

/** Where an inverted clause may start: right after the quote, or after a comma (", a déclaré …"). */
const INVERTED_CLAUSE_BEFORE = /^\s*[,.]?\s*$|,\s*(?:\p{Ll}+\s+){0,2}$/u;

/**
 * The first plural speech verb opening an inverted clause of `tail` ("», soulignent les juges"),
 * not one of a comparison ("comme le disent les gens malveillants" are others' words).
 */
function pluralInvertedVerb(tail: string): { index: number; end: number } | null {
  for (const m of tail.matchAll(/\p{Ll}+/gu)) {
    if (!FR_PLURAL_FINITE.has(m[0])) continue;
    const before = tail.slice(0, m.index);
    if (INVERTED_CLAUSE_BEFORE.test(before) && !/,\s*comme\s/u.test(before)) {
      return { index: m.index, end: m.index + m[0].length };
    }
  }
  return null;
}

/**
 * A person the group's clause names as its subject, before any comma ("écrivent dans Libération
 * Régis Juanico, ex-trésorier, …"); else, and after an inverted pronoun ("écrivent-ils, visant
 * Laurent Wauquiez"), unresolved.
 */
function namedMember(input: AttributionInput, at: number, to: number): Speaker {
  const subject = /^[^,.;:!?«»"“”()-]{0,120}/u.exec(input.text.slice(at, to))?.[0] ?? "";
  const member = input.mentions.find(
    (m) =>
      m.start >= at &&
      m.end <= at + subject.length &&
      !OF_BEFORE.test(input.text.slice(at, m.start)),
  );
  return member ? { personId: member.personId, attribution: "named-after" } : UNRESOLVED;
}

/**
 * Speaker named after a quotation, in an inverted attribution clause anywhere in the rest of its
 * sentence: "», a déclaré, vendredi, le secrétaire général de l'OTAN, Jens Stoltenberg, …",
 * "», a-t-il dit", "”, Blinken told Reuters", "», selon X". `from`/`to` delimit that rest.
 */
export function speakerAfter(input: AttributionInput, from: number, to: number): Speaker {
  const tail = input.text.slice(from, to);
  const selon = /^\s*[,.]?\s*(?:selon|according to)\s+/iu.exec(tail);
  const selonPronoun = /^\s*,?\s*selon\s+(lui|elle)(?![\p{L}])/iu.exec(tail);
  if (selonPronoun?.[1]) {
    // "», selon elle": the pronoun's referent.
    const word = selonPronoun[1].toLowerCase() === "lui" ? "il" : "elle";
    const who = pronoun(input, word, from);
    if (who.personId) return { personId: who.personId, attribution: "selon" };
  }
  if (selon) {
    const at = from + selon[0].length;
    const who = firstMention(input, at, Math.min(to, at + 80));
    if (who) return { personId: who, attribution: "selon" };
  }
  const english = ENGLISH_ATTRIBUTION.exec(tail);
  if (english) {
    const subject = english[1];
    if (subject && /^(?:he|she)$/i.test(subject)) return pronoun(input, subject, from);
    const who = firstMention(input, from, Math.min(to, from + english[0].length + 80));
    if (who) return { personId: who, attribution: "named-after" };
  }
  const plural = pluralInvertedVerb(tail);
  for (const verb of findSpeechVerbs(tail)) {
    if (verb.nonFinite) continue;
    if (plural !== null && verb.index > plural.index) break;
    const before = tail.slice(0, verb.index);
    // "« … », il a assuré": a subject pronoun before the verb, not an inverted clause.
    const subject = PRONOUN_SUBJECT_AFTER_QUOTE.exec(before);
    const impersonal = IMPERSONAL_PASSIVE.test(tail.slice(verb.index));
    if (subject?.[1] && !impersonal) return pronoun(input, subject[1].toLowerCase(), from);
    // An inverted clause starts after a comma (or right after the quote): ", a déclaré …".
    if (!INVERTED_CLAUSE_BEFORE.test(before)) continue;
    return speakerOfInvertedVerb(input, verb, from, to);
  }
  // "« … », soulignent les juges", "» de molécules, rappellent l'Inserm et l'université": a group
  // said it — unless the clause names its members ("écrivent Régis Juanico, ex-trésorier, et …").
  if (plural !== null) return namedMember(input, from + plural.end, to);
  return input.language === "en" ? NO_SPEAKER : speakerOfInvertedClause(input, from, to);
}

/**
 * A verb the speech-verb list does not know, in the shape of an inverted attribution clause
 * (`invertedClause`): its subject is a hyphenated pronoun, a name, or a role noun standing for
 * the article's salient person ("tranche l'actrice").
 */
function speakerOfInvertedClause(input: AttributionInput, from: number, to: number): Speaker {
  const clause = invertedClause(input.text.slice(from, Math.min(to, from + 200)));
  if (!clause) return NO_SPEAKER;
  const at = from + clause.subjectAt;
  if (clause.pronoun) return pronoun(input, clause.pronoun, at);
  const subject = /^[^,.;:!?«»"“”()]{0,80}/u.exec(input.text.slice(at, to))?.[0] ?? "";
  const mention = input.mentions.find((m) => m.start >= at && m.end <= at + subject.length);
  if (mention && !/(?:^|\s)(?:de|du|des|d['’])\s*$/iu.test(input.text.slice(at, mention.start))) {
    return { personId: mention.personId, attribution: "named-after" };
  }
  const role = /^(?:le|la|l['’])\s*[\p{L}-]+/iu.exec(subject);
  if (!role) return NO_SPEAKER;
  const byRole = roleSpeaker(input, subject);
  if (byRole.personId) return byRole;
  return pronoun(input, rolePronoun(role[0]), at);
}

function speakerOfInvertedVerb(
  input: AttributionInput,
  verb: VerbMatch,
  from: number,
  to: number,
): Speaker {
  if (verb.pronoun) return pronoun(input, verb.pronoun, from + verb.index);
  const start = from + verb.end;
  const end = Math.min(to, start + 160);
  // "le secrétaire général de l'OTAN, Jens Stoltenberg": a name in the clause wins over its role,
  // unless it complements a noun ("assure le frère de Nordahl Lelandais" is not Nordahl speaking).
  const mention = input.mentions.find((m) => m.start >= start && m.end <= end);
  const between = mention ? input.text.slice(start, mention.start) : "";
  if (
    mention &&
    !OF_BEFORE.test(between) &&
    (!COMPLEMENT_NP_BEFORE.test(between) || ownThingBefore(input, between)) &&
    !RELATIVE_BETWEEN.test(between) &&
    !PREDICATE_BETWEEN.test(between)
  ) {
    return { personId: mention.personId, attribution: "named-after" };
  }
  const role = roleSpeaker(input, input.text.slice(start, end));
  if (role.personId) return role;
  // "a insisté l'ancien joueur du PSG": a description of a person stands for the salient one.
  const clause = input.text.slice(start, end);
  const described =
    descriptionSubject(clause, input.nouns) ?? describedAfterAdjuncts(clause, input.nouns);
  if (!described) return UNRESOLVED;
  const byPronoun = describedReferent(input, described, start);
  return byPronoun.personId ? { personId: byPronoun.personId, attribution: "role" } : UNRESOLVED;
}

/** Not right after a preposition ("sur la radio", "dans un communiqué"). */
const NOT_AFTER_PREPOSITION =
  "(?<![\\p{L}'’])(?<!(?:^|\\s)(?:à|de|d['’]|du|des|au|aux|sur|dans|par|pour|avec|en|chez|lors|devant|auprès|depuis|pendant|via|selon|entre|contre|vers)\\s*)";

/** A determiner opening a description, not right after a preposition. */
const DETERMINER_AFTER_ADJUNCT = new RegExp(
  `${NOT_AFTER_PREPOSITION}(?:[Ll]e|[Ll]a|[Ll]['’]|[Cc]e|[Cc]et|[Cc]ette)(?=[\\s\\p{L}])`,
  "gu",
);

/** An indefinite subject or a relative pronoun: where the search for a description stops. */
const SUBJECT_ENDS = new RegExp(
  `${NOT_AFTER_PREPOSITION}(?:un|une|qui|que|qu['’]|dont)(?![\\p{L}])`,
  "u",
);

/**
 * The description an inverted clause ends on past its adjuncts of time, place and medium: "a
 * déclaré jeudi matin 26 avril sur France Inter l'ex-Premier ministre de Jacques Chirac" (where
 * `descriptionSubject` reads only a few words after the verb). Only within the clause (up to a
 * comma or a full stop), and only a description `descriptionSubject` takes for a person.
 */
function describedAfterAdjuncts(clause: string, nouns: NounGenders): DescriptionSubject | null {
  const text = /^[^,.;:!?«»"“”()]{0,160}/u.exec(clause)?.[0] ?? "";
  // "a déclaré sans hésiter un élu qui côtoie l'ancien président": the subject is the indefinite
  // "un élu", and what follows a relative pronoun is its clause, not the subject.
  const stop = SUBJECT_ENDS.exec(text)?.index ?? text.length;
  for (const m of text.slice(0, stop).matchAll(DETERMINER_AFTER_ADJUNCT)) {
    if (m.index === 0) continue;
    const described = descriptionSubject(clause.slice(m.index), nouns);
    if (described) return described;
  }
  return null;
}

/**
 * Speaker named before a quotation: the subject of the last speech verb before the opening mark,
 * when that verb introduces it ("X a affirmé que «", "Lavrov a qualifié les pourparlers de «",
 * "Baerbock said … a joint message, that «", "a-t-il dit, «"), or the subject of a clause that
 * ends in a colon ("Blinken n'a pas fermé la porte : «", "… le cas de Pierre Perret qui s'est
 * exprimé sur le site du Progrès : «").
 */
export function speakerBefore(input: AttributionInput, clauseStart: number, open: number): Speaker {
  const prefix = input.text.slice(clauseStart, open);
  // "… du secrétaire d'État Mounir Mahjoubi, pour qui « … »": the view of the name before.
  const forWhom = FOR_WHOM.exec(prefix);
  if (forWhom) {
    const at = clauseStart + forWhom.index;
    const holder = input.mentions.find(
      (m) => m.end <= at && /^\s*$/u.test(input.text.slice(m.end, at)),
    );
    if (holder) return { personId: holder.personId, attribution: "named-before" };
  }
  const verbs = findSpeechVerbs(prefix);
  const verb = verbs[verbs.length - 1];
  if (verb) {
    const gap = prefix.slice(verb.end);
    const words = gap.trim() === "" ? 0 : gap.trim().split(/\s+/).length;
    // "a affirmé ce vendredi, après …, que … «": a reported clause, even after a parenthesis.
    const reported = /(?:^|,)\s*(?:que(?![\p{L}])|qu['’]|that(?![\p{L}]))/iu.test(gap);
    // "a accusé mardi Donald Trump, 73 ans, d'avoir « … »": the quotation completes the verb.
    const completes = /(?:^|\s)(?:de|d['’]|d['’]avoir|d['’]être|de ne pas)\s*$/iu.test(gap);
    const introduces = reported
      ? words <= 40
      : words <= 14 &&
        (completes ||
          !/[,;]/.test(gap.replace(/^[\s,]*$/, "")) ||
          /,\s*(?:that(?![\p{L}])|que(?![\p{L}])|qu['’])/iu.test(gap));
    if (introduces) return subjectOfVerb(input, clauseStart, verb);
  }
  if (/:\s*$/.test(prefix)) {
    const subject = input.mentions.filter(
      (m) =>
        m.start >= clauseStart &&
        m.end <= open &&
        /^\s*(?:,?\s*qui\s+)?(?:n['’])?(?:a|ont|avait|avaient|aurait|est|était|s['’]est|s['’]était|has|had|is|was)(?:\s|,)/iu.test(
          input.text.slice(m.end, m.end + 14),
        ),
    );
    const last = subject[subject.length - 1];
    if (last) return { personId: last.personId, attribution: "named-before" };
    const heading = namedHeading(input.text, input.mentions, clauseStart, open);
    if (heading) return { personId: heading, attribution: "named-before", aside: true };
    // "Dans un communiqué, le patron ironise : « … »": a role or description opening the clause
    // right before the colon, followed by its verb; past a trailing adjunct ("Et l'intéressé n'a
    // pas tardé à réagir, dans un tweet incendiaire : « … »").
    const clauses = prefix.replace(/:\s*$/, "").split(/[,;]/);
    let clause = clauses.pop() ?? "";
    if (ADJUNCT_CLAUSE.test(clause) && clauses.length > 0) clause = clauses.pop() ?? "";
    const subjectNp =
      /^\s*(?:(?:et|mais|puis)\s+)?((?:le|la|l['’])\s*[\p{Ll}][\p{L}'’-]*(?:\s+(?:de|du|des|d['’])\s*[\p{L}'’-]+){0,2})\s+\p{Ll}[\p{Ll}'’]*(?:\s|$)/iu.exec(
        clause,
      );
    const unnamed = !input.mentions.some((m) => m.start >= clauseStart && m.end <= open);
    if (subjectNp?.[1] && unnamed) return describedSpeaker(input, subjectNp[1], open);
    // "Réponse de la secrétaire d'Etat : « … »", "Réaction du ministre : « … »": whose words.
    const words = SPEECH_NOUN_DESCRIPTION.exec(clause);
    if (words?.[2] && unnamed) {
      const phrase = /^du$/iu.test(words[1] ?? "") ? `le ${words[2]}` : words[2];
      return describedSpeaker(input, phrase, open);
    }
  }
  return NO_SPEAKER;
}

/** A noun of speech and the description whose words follow: "Réponse de la secrétaire d'Etat". */
const SPEECH_NOUN_DESCRIPTION =
  /(?:^|[\s'’])(?:réponse|réaction|réplique|commentaire|explication)\s+(de|du|d['’])\s*((?:(?:la|le|l['’])\s*)?\p{Ll}[\p{L}'’-]*(?:\s+(?:de|du|des|d['’])\s*[\p{L}'’-]+){0,2})\s*$/iu;

/** The subject of a speech verb found in the sentence starting at `sentenceStart`. */
export function subjectOfVerb(
  input: AttributionInput,
  sentenceStart: number,
  verb: VerbMatch,
): Speaker {
  const at = sentenceStart + verb.index;
  if (verb.pronoun) return pronoun(input, verb.pronoun, at);
  const before = input.text.slice(sentenceStart, at);
  const ofParticiple = verb.nonFinite ? participleSubject(input, before, at) : null;
  if (ofParticiple) return ofParticiple;
  // "… a déclaré que … et a averti que": a coordinated or non-finite verb shares its subject with
  // the speech verb before it in the sentence.
  if (verb.nonFinite || COORDINATION.test(before)) {
    const earlier = findSpeechVerbs(before).filter((v) => !v.nonFinite);
    const previous = earlier[earlier.length - 1];
    // "», explique l'écrivain à Paris Match, confiant que « … »": an inverted verb's subject
    // follows it.
    if (previous && !previous.pronoun && INVERTED_BEFORE.test(before.slice(0, previous.index))) {
      const inverted = speakerOfInvertedVerb(input, previous, sentenceStart, at);
      if (inverted.personId) return inverted;
    }
    if (previous) return subjectOfVerb(input, sentenceStart, previous);
  }
  // "Interrogé sur …, il a tenté d'éviter la question en répondant : « … »": a participle's
  // subject is the pronoun opening its clause, however far back, when no name follows it.
  const opening = verb.nonFinite ? CLAUSE_PRONOUN.exec(before) : null;
  if (opening?.[1]) {
    const openedAt = sentenceStart + opening.index;
    if (!input.mentions.some((m) => m.start >= openedAt && m.end <= at)) {
      return pronoun(input, opening[1], at);
    }
  }
  return subjectBefore(input, sentenceStart, at);
}

/**
 * The subject of a participle of speech at `at` that its clause settles by itself (null when it
 * does not): opening the sentence ("Soulignant que « … », la Finlandaise Krista Kiuru a averti
 * …"), it shares the subject of the main clause after it; after unnamed people ("certains
 * l'appelant à « tenir bon », d'autres réclamant sa « démission »") it has no speaker to find.
 */
function participleSubject(input: AttributionInput, before: string, at: number): Speaker | null {
  if (SENTENCE_OPENING_PARTICIPLE.test(before)) {
    const main = input.mentions.find(
      (m) =>
        m.start > at &&
        m.start < at + 400 &&
        isSubjectMention(input.text, m) &&
        MAIN_SUBJECT_BEFORE.test(input.text.slice(Math.max(at, m.start - 60), m.start)),
    );
    if (main) return { personId: main.personId, attribution: "named-after" };
  }
  return UNNAMED_PLURAL_CLAUSE.test(before) ? NO_SPEAKER : null;
}

/**
 * The person a role or description stands for, when it names nobody itself: "le maire" is the
 * article's mayor (`roleSpeaker`), "la trentenaire, mère de deux enfants" the salient person its
 * pronoun stands for (`descriptionSubject`). "Selon le maire, …", "Selon la trentenaire, « … »".
 */
export function describedSpeaker(input: AttributionInput, phrase: string, at: number): Speaker {
  const byRole = roleSpeaker(input, phrase);
  if (byRole.personId) return byRole;
  const described = descriptionSubject(phrase, input.nouns);
  if (!described) return NO_SPEAKER;
  const found = describedReferent(input, described, at);
  return found.personId ? { personId: found.personId, attribution: "role" } : NO_SPEAKER;
}

/**
 * Whether a phrase surely describes a person, not a thing or a time: its noun is a role title or
 * one the corpus shows names people ("l'historien", "la procureure"; not "l'avenir", "l'acte
 * d'accusation"), and it is not a former holder ("l'ancien chef de l'État" is not who holds the
 * post, and may be anyone the article named).
 */
export function describesPerson(input: AttributionInput, phrase: string): boolean {
  const described = descriptionSubject(phrase, input.nouns);
  if (!described || FORMER.test(described.phrase.replace(/^(?:l['’]|le|la)\s*/iu, "")))
    return false;
  const noun =
    /^(?:l['’]|le|la|ce|cet|cette)\s*(?:(?:nouveau|nouvel|nouvelle|jeune)\s+)?([\p{Ll}-]+)/iu.exec(
      described.phrase,
    )?.[1];
  const lower = noun?.toLowerCase();
  return lower !== undefined && (ROLE_HEADS_FR.has(lower) || input.nouns.namesPeople(lower));
}

/** The subject before position `verbAt`: the last person named, a pronoun, or a role. */
export function subjectBefore(
  input: AttributionInput,
  sentenceStart: number,
  verbAt: number,
): Speaker {
  const before = input.text.slice(sentenceStart, verbAt);
  // "Interrogé sur les propos de Danièle Obono, le député … a dénoncé": a name complementing a
  // noun is not the subject.
  const named = input.mentions.filter(
    (m) =>
      m.start >= sentenceStart &&
      m.end <= verbAt &&
      !COMPLEMENT_BEFORE.test(input.text.slice(Math.max(sentenceStart, m.start - 12), m.start)),
  );
  // "Christian Jacob, qui a vu pour la dernière fois Jacques Chirac il y a un an, confie que":
  // the name a relative clause closed right before the verb hangs on, not the names inside it.
  const relative = CLOSED_RELATIVE.exec(before);
  const relativeAt = relative ? sentenceStart + relative.index : -1;
  const head = relative
    ? named.find((m) => m.end <= relativeAt && /^\s*$/u.test(input.text.slice(m.end, relativeAt)))
    : undefined;
  // Outside the relative clause: "Le ministre, qui a rencontré Jean Dupont, a déclaré que".
  const outside = relative ? named.filter((m) => m.end <= relativeAt) : named;
  const last = head ?? outside[outside.length - 1];
  const pro = SUBJECT_PRONOUN.exec(before) ?? SENTENCE_PRONOUN.exec(before);
  if (pro?.[1] && (!last || last.end < sentenceStart + (pro.index ?? 0))) {
    return pronoun(input, pro[1], verbAt);
  }
  if (last) return { personId: last.personId, attribution: "named-before" };
  return describedSubject(
    input,
    sentenceStart,
    relative ? before.slice(0, relative.index) : before,
  );
}

/** A relative clause between commas that ends right before a verb: ", qui a vu …, ". */
const CLOSED_RELATIVE = /,\s*(?:qui|dont|que|qu['’])(?![\p{L}])[^,;:«»"“”]*,\s*$/u;

/**
 * A preposition opening a complement, with its determiner and common nouns, right before a name:
 * "a raconté l'homme de 39 ans au journal Mumbai Mirror", "auprès de France 2" — the name is
 * where or to whom the words were said, not who said them. Its words are lower-case words: "à
 * l'AFP Frédéric Pissot" names the speaker after the outlet.
 */
const COMPLEMENT_NP_BEFORE =
  /(?:^|\s)(?:à|au|aux|sur|dans|chez|auprès|pour|avec|devant|par)\s+(?:(?:du|de|des|la|le|les|l['’])\s*)?(?:(?:\p{Ll}['’])?\p{Ll}[\p{Ll}\p{M}-]*\s+){0,2}$/u;

/** A preposition, a possessive and a noun: "dans son livre ", "sur son compte ". */
const POSSESSIVE_PP_BEFORE =
  /(?:^|\s)(?:(?:sur|dans|via|en)\s+(?:son|sa|ses|leur|leurs)\s+(\p{Ll}[\p{Ll}\p{M}-]*)|pour\s+(?:sa|leur)\s+(part))\s+$/u;

/**
 * Whether the words before an inverted subject's name are where the speaker said it, in or on a
 * thing of their own ("ajoute dans son livre Serge Grouard", "écrit sur son compte X", "a
 * déploré pour sa part Me X"): the name is the subject. To or with someone ("confie à son fils
 * Jean Dupont") it stays the listener.
 */
function ownThingBefore(input: AttributionInput, between: string): boolean {
  const m = POSSESSIVE_PP_BEFORE.exec(between);
  const noun = m?.[1] ?? m?.[2];
  return noun !== undefined && !input.nouns.namesPeople(noun) && !ROLE_HEADS_FR.has(noun);
}

/** A segment that is a name of two capitalised words or more, and nothing else. */
const UNKNOWN_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u;

/**
 * A relative pronoun between an inverted verb and a name: the name is inside the subject's
 * relative clause, not the subject ("», assure Paris, qui se défend de les avoir fournies aux
 * troupes du maréchal Haftar").
 */
const RELATIVE_BETWEEN =
  /(?:^|[\s,])(?:qui|que|qu['’]|dont|lequel|laquelle|lesquels|où|who|which)(?![\p{L}])/iu;

/**
 * A new predicate opened after a comma — a preposition and an infinitive ("sans jamais citer",
 * "pour répondre à") or a present participle ("citant", "visant") — whose object the next name
 * is: "», a martelé le président français, sans jamais citer Donald Trump" is not Trump speaking.
 */
const PREDICATE_BETWEEN =
  /,\s*(?:(?:sans|pour|de|d['’]|en|avant\s+de|après\s+avoir)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+(?:er|ir|re)|(?!(?:pendant|durant|devant|avant|maintenant|cependant|suivant)\s)\p{Ll}{2,}ant)\s+(?:[\p{Ll}'’-]+\s+)*$/u;

/** A name right after "de", "du", "des", "d'": the complement of a noun ("les propos de X"). */
export const COMPLEMENT_BEFORE = new RegExp(
  `(?:^|[\\s'’])(?:de|du|des|d['’])\\s*${HONORIFIC_BEFORE_NAME}$`,
  "iu",
);

/**
 * A subject described rather than named before its verb: the role phrase or description of the
 * clause closest to the verb ("Interrogé sur la polémique, le député de La France insoumise a
 * dénoncé …", "Le député-maire d'Yerres affirme que …"), resolved to the person holding that role
 * in the article, else, for a description of a person (`descriptionSubject`), to the salient
 * person its pronoun stands for.
 */
function describedSubject(input: AttributionInput, sentenceStart: number, before: string): Speaker {
  const segments = before.split(",");
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i] ?? "";
    if (segment.trim() === "") continue;
    // "La représentante de l'accusation, Anne Karoline Bakken Staff, a indiqué": the subject is
    // named in apposition by a name nobody knows — not the description's salient person.
    if (UNKNOWN_NAME.test(segment.trim())) return NO_SPEAKER;
    const byRole = roleSpeaker(input, segment);
    if (byRole.personId) return byRole;
    const described = descriptionSubject(segment, input.nouns);
    if (described) {
      const byPronoun = describedReferent(input, described, sentenceStart);
      return byPronoun.personId
        ? { personId: byPronoun.personId, attribution: "role" }
        : NO_SPEAKER;
    }
  }
  return NO_SPEAKER;
}

/** A role noun phrase in `text` resolved to the person holding it in this article. */
function roleSpeaker(input: AttributionInput, text: string): Speaker {
  const role = ROLE_NP.exec(text);
  // "un proche de l'ancien président": a role that complements another noun is not the speaker.
  if (role && /(?:^|\s)(?:de|du|des|d['’]|of)\s*$/iu.test(text.slice(0, (role.index ?? 0) + 1))) {
    return NO_SPEAKER;
  }
  const phrase = role?.[1] ? cutRole(role[1]) : "";
  const head =
    phrase
      .replace(/^(?:nouveau|nouvelle|ancien|ancienne|new|former)\s+/iu, "")
      .split(/\s+/)[0]
      ?.toLowerCase() ?? "";
  if (!ROLE_HEADS_FR.has(head) && !ROLE_HEADS_EN.has(head)) return NO_SPEAKER;
  // "Le premier a réagi aux déclarations du second": an ordinal, not the Premier ministre.
  const words = phrase
    .replace(/^(?:nouveau|nouvelle|ancien|ancienne|new|former)\s+/iu, "")
    .split(/\s+/);
  if (isBareQualifier(words[0] ?? "", (words[1] ?? "").toLowerCase())) return NO_SPEAKER;
  // "l'ancien Premier ministre" is not who holds the post now: a former holder is found as a
  // description is, among the people of the article.
  if (FORMER.test(phrase)) return NO_SPEAKER;
  const excluded = genderExcluded(text.slice(role?.index ?? 0), head);
  const person = input.roles.resolve(
    phrase,
    input.language,
    input.context.recent,
    input.date,
    input.articleNames,
    excluded,
  );
  return person ? { personId: person.id, attribution: "role" } : NO_SPEAKER;
}

/**
 * The gender a role phrase rules out: "la ministre", "cette avocate" are not men; "le président",
 * "l'avocat" are not women when the noun has a feminine form ("présidente", "avocate"); "le
 * ministre", "le médecin" may be either ("Madame le ministre"). Null when it rules out neither.
 */
function genderExcluded(phrase: string, head: string): "m" | "f" | null {
  const determiner = /^[\s,]*(la|le|l['’])/iu.exec(phrase)?.[1]?.toLowerCase() ?? "";
  const adjective = /^[\s,]*(?:l['’]|le|la)\s*(ancienne|nouvelle|ancien|nouvel|nouveau)\s/iu
    .exec(phrase)?.[1]
    ?.toLowerCase();
  if (determiner === "la" || adjective === "ancienne" || adjective === "nouvelle") return "m";
  // The noun, past an adjective that agrees with it: "le Premier ministre" is "ministre", which
  // may be either ("Madame le Premier ministre").
  if (/^(?:premier|première|haut|haute|grand|grande|vice)$/iu.test(head)) return null;
  const masculine = determiner === "le" || adjective !== undefined;
  return (masculine || determiner.startsWith("l")) && inflectsForGender(head) ? "f" : null;
}

/** A subject pronoun between a quotation and its verb: "« … », il a assuré". */
const PRONOUN_SUBJECT_AFTER_QUOTE =
  /^\s*,\s*(il|elle|ils|elles)\s+(?:(?:ne|n['’]|l['’]|lui|leur|y|en|s['’]|se)\s*){0,2}$/iu;
/** An impersonal passive, whose "il" is nobody: "« … », il a été annoncé". */
const IMPERSONAL_PASSIVE = /^(?:a\s+été|est|était|sera|avait\s+été)\s/iu;

/** A pronoun ("il", "a-t-elle", "he") resolved to the most recent compatible person. */
/**
 * Whom a description stands for: the person last named for "ce dernier", "cette dernière"
 * (`latterReferent`), else — and when those name nobody it may be — whom its pronoun stands for.
 */
export function describedReferent(
  input: AttributionInput,
  described: DescriptionSubject,
  at: number,
): Speaker {
  const latter = described.latter
    ? latterReferent(
        input.text,
        input.mentions,
        (personId) => input.context.fits(described.pronoun, personId),
        at,
      )
    : null;
  return latter
    ? { personId: latter, attribution: "pronoun" }
    : pronoun(input, described.pronoun, at);
}

export function pronoun(input: AttributionInput, word: string, at: number): Speaker {
  // "observent-ils", "ont-elles déclaré": a group speaks, not one person.
  if (/^(?:ils|elles|they)$/iu.test(word)) return UNRESOLVED;
  // Only people named as the subject of a verb are candidates ("d'Emmanuel Macron" is not).
  const subjects = input.mentions.filter((m) => m.end <= at && isSubjectMention(input.text, m));
  const before = subjects.map((m) => m.personId);
  // A compatible subject earlier in the pronoun's own sentence wins over the previous sentence's
  // ("Son secrétaire d'Etat Mike Pompeo est passé à l'attaque … où il dénonce …").
  const sentenceStart = lastSentenceEnd(input.text, at);
  // "Quant à l'avocat du député, il a indiqué …": the pronoun takes up what the sentence opened on.
  const detached = DETACHED_TOPIC.exec(input.text.slice(sentenceStart, at));
  if (detached?.[1]) {
    const topicEnd = sentenceStart + detached[0].length;
    const named = input.mentions.find(
      (m) =>
        m.start >= sentenceStart &&
        m.end <= topicEnd &&
        !COMPLEMENT_BEFORE.test(input.text.slice(sentenceStart, m.start)),
    );
    if (named) return { personId: named.personId, attribution: "pronoun" };
    // A role held in the article ("Quant au maire, il …"); "l'avocat du député" is nobody known.
    const holder = roleSpeaker(
      input,
      /^\s*Quant\s+au\s/u.test(detached[0]) ? `le ${detached[1]}` : detached[1],
    );
    return holder.personId ? { personId: holder.personId, attribution: "pronoun" } : UNRESOLVED;
  }
  // "Pour le président iranien Hassan Rohani, les Etats-Unis n'ont pas … ce qu'il a appelé …":
  // the holder of the view a sentence opens on is who its pronouns stand for.
  const holder = input.mentions.find(
    (m) =>
      m.start >= sentenceStart &&
      m.end <= at &&
      VIEW_HOLDER.test(input.text.slice(sentenceStart, m.start)) &&
      /^\s*,/u.test(input.text.slice(m.end, m.end + 3)),
  );
  const inSentence = [
    ...subjects.filter((m) => m.start >= sentenceStart),
    ...(holder ? [holder] : []),
  ]
    .sort((a, b) => a.start - b.start)
    .map((m) => m.personId)
    .filter((id) => input.context.fits(word, id));
  if (inSentence.length === 0 && input.context.meansUnnamedSpeaker(word)) return UNRESOLVED;
  const id =
    inSentence[inSentence.length - 1] ??
    input.context.resolvePronoun(word, before) ??
    recentOfGender(input, word, at);
  // A pronoun says someone spoke: when nobody it can stand for is found, the quote stays
  // unattributed rather than falling to the last speaker, who may not agree with it.
  return id ? { personId: id, attribution: "pronoun" } : UNRESOLVED;
}

/** A clause that is only an adjunct of place, medium or time: "dans un tweet", "sur Twitter". */
const ADJUNCT_CLAUSE = /^\s*(?:dans|sur|via|par|en|lors|devant|depuis|au|à)(?![\p{L}])[^«»"“”]*$/iu;

/** A relative "pour qui" after a name, before the quotation it introduces. */
const FOR_WHOM = /,\s*pour\s+qui(?![\p{L}])[^«»"“”.;!?]{0,80}$/u;

/**
 * A sentence opening on a detached topic a pronoun takes up: "Quant à l'avocat du député, il",
 * "Quant au fils, David Holder, à la tête de la Maison Ladurée, il".
 */
const DETACHED_TOPIC =
  /^\s*Quant\s+(?:à|au|aux)\s+([^;:«»"“”]{1,160}?),\s*(?:il|elle|ils|elles)(?![\p{L}])/u;

/** A sentence opening on whose view it gives, up to the holder's name: "Pour le président iranien ". */
const VIEW_HOLDER = /^\s*(?:Pour|Selon|D['’]après)\s+(?:[\p{Ll}\p{M}'’-]+\s+){0,6}$/u;

/** How far back a pronoun looks for a person named in passing: about two sentences. */
const PASSING_WINDOW = 1000;

/**
 * The last person named within the two sentences or so before a pronoun whose gender is known
 * and is the pronoun's, wherever the name stands ("… mis en cause par la ministre Agnès Buzyn.
 * « … », a-t-elle regretté"): when no subject or speaker so far can be what the pronoun stands
 * for, a reader takes the nearest person it agrees with.
 */
function recentOfGender(input: AttributionInput, word: string, at: number): string | null {
  const near = input.mentions.filter((m) => m.end <= at && m.start >= at - PASSING_WINDOW);
  for (let i = near.length - 1; i >= 0; i--) {
    const id = near[i]?.personId;
    if (id && input.context.sameGender(word, id)) return id;
  }
  return null;
}

function firstMention(input: AttributionInput, from: number, to: number): string | null {
  return input.mentions.find((m) => m.start >= from && m.end <= to)?.personId ?? null;
}

/** A role phrase ends before time and place complements: "chef de l'OTAN à l'issue de …". */
function cutRole(phrase: string): string {
  return (
    phrase
      .split(
        /\s+(?:à l['’]issue|lors|après|avant|devant|dans|en|mercredi|jeudi|vendredi|lundi|mardi|samedi|dimanche|on|at|in|after|before)(?![\p{L}])/iu,
      )[0]
      ?.trim() ?? phrase
  );
}
