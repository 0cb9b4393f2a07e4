import { foldDiacritics } from "../nlp/index.js";
import type { QuoteSpan } from "./quoteSpans.js";
import type { Statement } from "./statement.js";

/** The longest quotation an intertitle is taken to be (they are a few words). */
const MAX_INTERTITLE = 120;

/**
 * Whether a quotation is an intertitle: a few quoted words set as a subheading, which text
 * extracted from a web page glues to the paragraphs around it ("… dans le Var.« Un GP
 * exceptionnel »Il nous faut …"). It is a sentence of its own (`sentence`: where the sentence
 * holding its opening mark starts and ends in `text`) or is glued to a capital letter or to the
 * next quotation, and its words end without the full stop that ends a paragraph's last quotation
 * ("… un signalement."). An intertitle repeats words someone says in the article; the sentence
 * after it is not its attribution.
 */
export function isIntertitle(
  text: string,
  span: QuoteSpan,
  sentence: { readonly start: number; readonly end: number },
): boolean {
  if (span.missingOpen || span.missingClose) return false;
  if (span.end - span.start > MAX_INTERTITLE) return false;
  if (/[.!?…]\s*$/u.test(text.slice(span.start, span.end))) return false;
  const endsSentence = text.slice(span.close, sentence.end).trim() === "";
  const alone = text.slice(sentence.start, span.open).trim() === "" && endsSentence;
  // "… Shimon Peres.\"LA COLONISATION DOIT CESSER\"" then the next sentence: glued to the full
  // stop of the paragraph before it, and the last thing in its sentence.
  const gluedToStop = /[.!?…]$/u.test(
    text.slice(Math.max(sentence.start, span.open - 1), span.open),
  );
  // `Une "obstination déraisonnable""La décision …"`: a heading the sentence splitter parted from
  // the paragraph's opening quotation it was glued to (a space now joins them).
  const beforeQuotation =
    endsSentence && /^\s?["«“]\s?\p{Lu}/u.test(text.slice(span.close, span.close + 4));
  return (
    alone ||
    (gluedToStop && endsSentence) ||
    beforeQuotation ||
    /^["«“]?\p{Lu}/u.test(text.slice(span.close, span.close + 2))
  );
}

/** Lower-case, accent-free words. */
function words(text: string): string[] {
  return foldDiacritics(text.toLowerCase()).match(/[a-z0-9]+/g) ?? [];
}

/** Same word, or the same first five letters of two long ones ("monte" and "monter"). */
function sameWord(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
}

/** Whether `part`'s words appear, in order and together, among `whole`'s. */
function repeats(part: readonly string[], whole: readonly string[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i++) {
    if (part.every((w, k) => sameWord(w, whole[i + k] ?? ""))) return true;
  }
  return false;
}

/**
 * The longest run of words in a row `part` shares with `whole`, counted only when it holds half
 * of `part`'s words, three at least, two of them of four letters or more (0 otherwise): "On
 * voyait les flammes de la route" heads a section where someone says « On voyait les flammes
 * depuis la route »; "pour cette affaire" alone does not make "J'ai déjà beaucoup payé pour
 * cette affaire" anyone's words.
 */
function sharedRun(part: readonly string[], whole: readonly string[]): number {
  for (let n = part.length; n >= Math.max(3, Math.ceil(part.length / 2)); n--) {
    for (let i = 0; i + n <= part.length; i++) {
      const run = part.slice(i, i + n);
      if (run.filter((w) => w.length >= 4).length >= 2 && repeats(run, whole)) return n;
    }
  }
  return 0;
}

/**
 * Credits each intertitle (`intertitles`: indices into `statements`, one article's) to the
 * speaker of a quotation of the same article that says its words ("Un GP exceptionnel" and
 * « … qui promettait « un GP exceptionnel » »), or else a phrase of them (a subheading often
 * shortens what is said: "On voyait les flammes de la route" over « On voyait les flammes depuis
 * la route »); an intertitle no quotation repeats stays unattributed.
 */
export function creditIntertitles<T extends Pick<Statement, "kind" | "text" | "speakerId">>(
  statements: T[],
  intertitles: ReadonlySet<number>,
  credit: (statement: T, speakerId: string) => T,
): void {
  for (const i of intertitles) {
    const title = statements[i];
    if (!title) continue;
    const part = words(title.text);
    if (part.length < 2) continue;
    const said = [...statements.entries()].filter(
      ([k, s]) => !intertitles.has(k) && s.kind === "direct" && s.speakerId !== null,
    );
    const source =
      said.find(([, s]) => repeats(part, words(s.text)))?.[1] ?? closestPhrase(part, said, i);
    if (source?.speakerId) statements[i] = credit(title, source.speakerId);
  }
}

/**
 * The quotation sharing the longest phrase with an intertitle (`sharedRun`), the first after it
 * among equals (a subheading announces what its section says), else the last before it.
 */
function closestPhrase<T extends Pick<Statement, "text">>(
  part: readonly string[],
  /** Quotations with their index in the article's statements. */
  said: readonly (readonly [number, T])[],
  at: number,
): T | undefined {
  let best: { statement: T; run: number; after: boolean } | undefined;
  for (const [k, statement] of said) {
    const run = sharedRun(part, words(statement.text));
    if (run === 0) continue;
    const after = k > at;
    if (!best || run > best.run || (run === best.run && after && !best.after)) {
      best = { statement, run, after };
    }
  }
  return best?.statement;
}

/**
 * Credits the quotations of an article that repeat its title's quotation ("Dupont-Aignan : « Le
 * Front national ne peut pas avoir le monopole de l'opposition »", then the same words in the
 * text with no attribution of their own) to the person the title gives them to. Only quotations
 * credited to nobody are changed; either one may hold the other (three words at least).
 */
export function creditTitleQuote<T extends Pick<Statement, "kind" | "text" | "speakerId">>(
  statements: T[],
  titleQuote: string,
  speakerId: string,
  credit: (statement: T, speakerId: string) => T,
): void {
  const quoted = words(titleQuote);
  if (quoted.length < 3) return;
  statements.forEach((s, i) => {
    if (s.kind !== "direct" || s.speakerId !== null) return;
    const said = words(s.text);
    if (said.length < 3) return;
    if (repeats(quoted, said) || repeats(said, quoted)) statements[i] = credit(s, speakerId);
  });
}
