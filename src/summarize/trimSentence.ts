/**
 * Shortening a sentence for a summary without changing what it says: the attribution at its end
 * ("…, a-t-il précisé lors de cet entretien téléphonique.", "…, selon BFMTV."), short
 * parentheticals ("(Bouches-du-Rhône)") and a leading "Et"/"Mais" that points to a sentence left
 * out. Summaries have a word budget; these words carry who said it or a detail, rarely the news.
 */

/** Speech and reporting verbs, past participle (after "a", "ont"…) and present (inverted or not). */
const PARTICIPLES =
  "déclaré|précisé|expliqué|ajouté|indiqué|estimé|affirmé|souligné|annoncé|assuré|confié|rappelé|poursuivi|lancé|insisté|conclu|commenté|martelé|jugé|dénoncé|prévenu|réagi|détaillé|confirmé|raconté|témoigné|écrit|dit|relevé|noté|averti|reconnu|admis|regretté|déploré|répondu|observé|résumé|ironisé|plaidé|justifié|défendu|tranché|glissé|lâché|réitéré|signalé|révélé|rapporté|appris|fait savoir|fait valoir|tweeté|twitté|promis|mis en garde|argué|avancé|fustigé|salué|critiqué|protesté|prévu|interrogé|répété|détaillé|exprimé|demandé|souhaité";
const PRESENT =
  "déclare|précise|explique|ajoute|indique|estime|affirme|souligne|annonce|assure|confie|rappelle|poursuit|lance|insiste|conclut|commente|martèle|juge|dénonce|prévient|détaille|confirme|raconte|témoigne|écrit|dit|relève|note|avertit|reconnaît|regrette|déplore|répond|observe|résume|ironise|plaide|justifie|rapporte|rapportent|révèle|révèlent|souffle|tonne|glisse|lâche|argue|avance|analyse|abonde|s'insurge|s'inquiète|s'exclame|s'indigne|s'agace|s'amuse|se félicite|se réjouit|selon|d'après|indiquent|précisent|affirment|estiment|expliquent|soulignent|annoncent|assurent|confient|ajoutent";
/** Subject pronoun after an inverted verb, with or without the hyphens ("a t-il", "estime-t-elle"). */
const INVERTED = "(?:-|\\s)(?:t-)?(?:il|elle|ils|elles|on)(?![\\p{L}])";

/**
 * The attribution clause that ends a sentence: after a comma (or right after a closing quote),
 * "a-t-il précisé…", "a déclaré le ministre…", "estime-t-elle", "explique X…", "selon X…",
 * "rapporte Le Parisien…", "a-t-on appris de sources concordantes". It runs to the end of the
 * sentence and holds no quotation mark (a tail that opens a new quotation is content).
 */
const ATTRIBUTION_TAIL = new RegExp(
  `(?:,\\s*|(?<=["»”])\\s+)(?:` +
    `(?:a|ont|avait|avaient|aurait|auraient)${INVERTED}\\s+(?:\\p{L}+\\s+)?(?:${PARTICIPLES})` +
    `|(?:a|ont|avait|avaient|aurait|auraient)\\s+(?:notamment\\s+|également\\s+|encore\\s+|aussi\\s+|ainsi\\s+)?(?:${PARTICIPLES})` +
    `|(?:${PRESENT})(?:${INVERTED})?` +
    `|(?:s'est|se sont)\\s+\\p{L}+` +
    `)(?![\\p{L}'’-])[^"«»“”]*$`,
  "gu",
);

/**
 * What may follow a comma inside an attribution tail: an apposition (a name, "le porte-parole…"),
 * a participle ("confirmant une information du Point") or a circumstance ("lors de…"). Anything
 * else means the "tail" was an incise and the sentence goes on ("Le projet, a précisé le
 * ministre, sera présenté mardi").
 */
const TAIL_CONTINUATION =
  /^(?:\p{Lu}|\p{Ll}+ant\b|(?:qui|selon|lors|dans|après|avant|en|à|au|aux|le|la|les|l['’]|un|une|des|son|sa|ses|de|du|sur|pour|avec|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|ce|cette)(?![\p{L}]))/u;

function isAttributionTail(tail: string): boolean {
  return tail
    .split(",")
    .slice(1)
    .every((part) => TAIL_CONTINUATION.test(part.trim()));
}

const QUOTATION_MARK = /[«»“”"]/u;

/** Terminal punctuation, with the closing marks after it, at the end of a sentence. */
const ENDING = /[.!?…](?:\s*[»"”’')\]])*$/u;

/** Shortest sentence (in words) a trimmed head may be: shorter, the attribution is kept. */
const MIN_HEAD_WORDS = 6;

/**
 * `display` without its closing attribution, ending on the original terminal punctuation (or a
 * period after a closing quote); unchanged when it has none, or when what would be left is shorter
 * than MIN_HEAD_WORDS words or does not end like a sentence, or when it holds a quotation (the
 * tail is then the quote's speaker).
 */
export function trimAttributionTail(display: string): string {
  if (!ENDING.test(display)) return display;
  ATTRIBUTION_TAIL.lastIndex = 0;
  for (let match = ATTRIBUTION_TAIL.exec(display); match; match = ATTRIBUTION_TAIL.exec(display)) {
    ATTRIBUTION_TAIL.lastIndex = match.index + 1;
    const head = display.slice(0, match.index).trimEnd();
    const tail = display.slice(match.index).replace(/^[,\s]+/u, "");
    if (!isAttributionTail(tail)) continue;
    // The tail names who said the quotation before it: a quote is never shown without it.
    if (QUOTATION_MARK.test(head)) return display;
    if (head.split(/\s+/).length < MIN_HEAD_WORDS || /[,;:(\-–—]$/u.test(head)) return display;
    if (ENDING.test(head)) return head;
    const terminal = /[.!?…]/u.exec(display.match(ENDING)?.[0] ?? ".")?.[0] ?? ".";
    return `${head}${terminal}`;
  }
  return display;
}

/**
 * `display` without parentheticals of at most `maxWords` words ("(Bouches-du-Rhône)", "(FO)",
 * "(...)"), and without the space before them; numbers in parentheses ("(76 %)") are kept.
 */
export function removeParentheticals(display: string, maxWords: number): string {
  return display.replace(/\s*\(([^()]*)\)/gu, (whole, inner: string) => {
    if (/\d/u.test(inner) && !/^\s*\.\.\.\s*$/u.test(inner)) return whole;
    return inner.trim().split(/\s+/).length <= maxWords ? "" : whole;
  });
}

/**
 * A coordinating connective opening a sentence ("Et c'est à Saint-Martin…", "Mais les Français…",
 * "Alors, quand…"): it links to a sentence the summary may not show. "Alors que" is a conjunction
 * that belongs to the sentence and stays.
 */
const LEADING_CONNECTIVE = /^(?:et|mais|alors(?!\s+qu)|puis|or|donc|and|but|so)\s*,?\s+(?=\p{L})/iu;

/**
 * `display` without a leading coordinating connective, its next letter capitalised; unchanged when
 * what would be left is shorter than MIN_HEAD_WORDS words.
 */
export function trimLeadingConnective(display: string): string {
  const match = LEADING_CONNECTIVE.exec(display);
  if (!match) return display;
  const rest = display.slice(match[0].length);
  if (rest.split(/\s+/).length < MIN_HEAD_WORDS) return display;
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

export interface TrimOptions {
  /** Drop a leading "Et", "Mais", "Alors,"… */
  readonly connective: boolean;
  readonly attribution: boolean;
  /** Longest parenthetical removed, in words; 0 keeps them all. */
  readonly parentheticalWords: number;
}

/** The shortened display of a sentence chosen for a summary (see the module comment). */
export function trimSentence(display: string, options: TrimOptions): string {
  let text = display;
  if (options.parentheticalWords > 0) text = removeParentheticals(text, options.parentheticalWords);
  if (options.attribution) text = trimAttributionTail(text);
  if (options.connective) text = trimLeadingConnective(text);
  return text;
}
