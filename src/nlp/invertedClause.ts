/**
 * The French inverted attribution clause right after a quotation, recognised by its shape rather
 * than by a list of speech verbs: `«…», tranche l'actrice`, `"…", s'est agacée Catherine Deneuve`,
 * `"…", raillait-il également`, `"…" a critiqué l'élue`. A comma (or nothing), then a verb group
 * in lower case — an optional reflexive pronoun and auxiliary, an adverb, one verb — then either a
 * subject pronoun joined by a hyphen or the subject itself.
 */
export interface InvertedClause {
  /** "il", "elle", "ils", "elles" when the subject is a hyphenated pronoun. */
  readonly pronoun: string | null;
  /** Offset in the tail where the subject starts (after the verb group). */
  readonly subjectAt: number;
}

/** Words that open something else than a verb group: conjunctions, prepositions, relatives. */
const NOT_A_VERB = new Set(
  (
    "et ou mais qui que qu dont pour dans avec sur sous de du des à au aux en car puis donc comme " +
    "alors lors si quand selon par chez vers contre entre sans après avant depuis pendant le la les " +
    "un une ce cette ces son sa ses leur leurs notre nos votre vos il elle ils elles on nous vous " +
    "je tu y ne pas plus très bien aussi encore déjà même tout tous toute toutes voire soit via"
  ).split(" "),
);

const CLAUSE =
  /^\s*,?\s*(?:(?:s['’]|se\s+|m['’]|nous\s+|l['’])\s*)?(?:(?:a|ont|avait|avaient|aurait|est|était|sera|va|vient\s+de)\s+)?(?:(?:encore|aussi|alors|également|ainsi|pourtant|déjà|toutefois|plutôt|enfin|même|d['’]abord|ensuite|simplement|sobrement)\s+)?(\p{Ll}[\p{Ll}\p{M}]+)(?:-t)?(?:-(il|elle|ils|elles)(?![\p{L}])|\s+)/u;

export function invertedClause(tail: string): InvertedClause | null {
  const m = CLAUSE.exec(tail);
  const verb = m?.[1];
  if (!m || verb === undefined || NOT_A_VERB.has(verb)) return null;
  // A verb, not a noun or an adjective: French finite and participle endings.
  if (
    !/(?:e|é|ée|és|ées|it|is|ait|aient|ent|ons|ez|a|ra|rait|ut|int|ert|oit|ond|at)$/u.test(verb)
  ) {
    return null;
  }
  return { pronoun: m[2] ?? null, subjectAt: m[0].length };
}

/** The pronoun a role noun stands for: "l'actrice", "l'épouse", "la députée" → elle; "le ministre" → il. */
export function rolePronoun(phrase: string): "il" | "elle" {
  const m = /^(le|la|l['’])\s*([\p{L}-]+)/iu.exec(phrase.trim());
  if (!m) return "il";
  if (/^la$/i.test(m[1] ?? "")) return "elle";
  if (/^le$/i.test(m[1] ?? "")) return "il";
  // "-ue" of a participle ("l'élue", "l'inconnue"), not of "-que", "-gue" ("l'archevêque",
  // "l'évêque", "le sociologue").
  return /(?:trice|euse|ouse|ière|ienne|ée|[^qg]ue|sse|ante|ente|ette|ine)$/iu.test(m[2] ?? "")
    ? "elle"
    : "il";
}
