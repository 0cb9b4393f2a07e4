import type { Article } from "../corpus/types.js";
import { findSpeechVerbs } from "../nlp/speechVerbs.js";
import type { Person } from "../officials/person.js";
import type { ObjectMemo } from "../util/objectMemo.js";
import type { Steps } from "../util/steps.js";
import { joinedSentences } from "./joinedSentences.js";
import { isQuotedName } from "./quotedName.js";
import { findQuoteSpans, type QuoteSpan } from "./quoteSpans.js";
import type { Statement } from "./statement.js";

/**
 * How a sentence holding a quotation must be shown so that the quote never reaches a reader
 * without its speaker: `speaker` is the name to put in front of it, null when nobody is known
 * (such a sentence is not shown at all).
 */
export interface QuoteCredit {
  readonly speaker: string | null;
}

/** Fewer words between the marks are a term, a title or scare quotes, not someone's words. */
const MIN_QUOTE_WORDS = 3;

/**
 * Subject pronoun of an inverted attribution ("a-t-il déclaré", "estime-t-elle"): the clause
 * says that someone spoke, not who.
 */
const PRONOUN_ONLY = /-(?:t-)?(?:il|elle|ils|elles|on)(?![\p{L}])/iu;

/** A subject pronoun right before the verb ("il a déclaré", "elle nous a dit"). */
const PRONOUN_SUBJECT =
  /(?:^|[\s,])(?:il|elle|ils|elles|on|he|she|they)\s+(?:(?:ne|n['’]|lui|leur|nous|vous|l['’]|y|en)\s*)*$/iu;

/**
 * The sentences of one article whose quoted words would reach a reader without their speaker, and
 * the name to show with each. A sentence shows the speaker when the text outside its quotation
 * marks names them (any word of their name or an alias), or, for a quote credited to nobody the
 * engine knows, when it holds an attribution clause that is not a bare pronoun ("a déclaré un
 * diplomate"). Everything else — a quote whose attribution sits in the next sentence, a
 * "a-t-il ajouté" tail, a quotation running over several sentences — gets the speaker's name, or
 * none when the quote has no known speaker. `statements` are the article's, in reading order as
 * `extractStatements` gives them: its direct ones follow the article's quotations one for one,
 * titles in quotation marks (`isQuotedName`) left out.
 */
export function quoteCredits(
  article: Article,
  statements: readonly Statement[],
  people: ReadonlyMap<string, Person>,
): Map<string, QuoteCredit> {
  const credits = new Map<string, QuoteCredit>();
  const direct = statements.filter((s) => s.kind === "direct");
  if (direct.length === 0) return credits;
  let k = 0;
  for (const passage of article.passages) {
    if (passage.kind !== "paragraph") continue;
    const { text, starts } = joinedSentences(passage);
    const spans = findQuoteSpans(text, starts);
    // Titles in quotation marks are no statements (`isQuotedName`): they need no speaker.
    const names = spans.map((span) => isQuotedName(text, span));
    const speakers = spans.map((_, j) => (names[j] ? null : (direct[k++]?.speakerId ?? null)));
    passage.sentences.forEach((sentence, i) => {
      const start = starts[i] ?? 0;
      const end = start + sentence.display.length;
      const inside = spans.flatMap((span, j) =>
        span.start < end &&
        span.end > start &&
        !names[j] &&
        quoteWords(text, span) >= MIN_QUOTE_WORDS
          ? [{ span, speakerId: speakers[j] ?? null }]
          : [],
      );
      if (inside.length === 0) return;
      const outside = outsideQuotes(text, start, end, spans);
      for (const { speakerId } of inside) {
        const person = speakerId === null ? undefined : people.get(speakerId);
        if (person ? namesPerson(outside, person) : namesSomeone(outside)) continue;
        credits.set(sentence.id, { speaker: person?.name ?? null });
        return;
      }
    });
  }
  return credits;
}

/**
 * Each article's `quoteCredits`, remembered per article object with the statements and the
 * speakers' names they were computed from: an index update computes them again only for the
 * articles whose statements or speakers' names changed.
 */
export type QuoteCreditsMemo = ObjectMemo<
  Article,
  {
    readonly said: readonly Statement[];
    readonly speakers: string;
    readonly credits: ReadonlyMap<string, QuoteCredit>;
  }
>;

/** `quoteCredits` of every article, from the statements of the whole corpus (any order of articles). */
export function* corpusQuoteCredits(
  articles: readonly Article[],
  statements: readonly Statement[],
  people: ReadonlyMap<string, Person>,
  memo?: QuoteCreditsMemo,
): Steps<Map<string, QuoteCredit>> {
  const byArticle = new Map<string, Statement[]>();
  for (const s of statements) {
    const list = byArticle.get(s.articleId);
    if (list) list.push(s);
    else byArticle.set(s.articleId, [s]);
  }
  const credits = new Map<string, QuoteCredit>();
  for (const article of articles) {
    const said = byArticle.get(article.id);
    if (!said) continue;
    const speakers = speakerNames(said, people);
    const known = memo?.get(article);
    const same =
      known !== undefined &&
      known.speakers === speakers &&
      known.said.length === said.length &&
      known.said.every((s, i) => s === said[i]);
    const found = same ? known.credits : quoteCredits(article, said, people);
    if (!same) memo?.set(article, { said, speakers, credits: found });
    for (const [id, credit] of found) credits.set(id, credit);
    yield;
  }
  return credits;
}

/** The names (and aliases) of the people credited with direct statements: what `quoteCredits` reads of them. */
function speakerNames(said: readonly Statement[], people: ReadonlyMap<string, Person>): string {
  const ids = new Set<string>();
  for (const s of said) if (s.kind === "direct" && s.speakerId !== null) ids.add(s.speakerId);
  return [...ids]
    .map((id) => {
      const person = people.get(id);
      return person ? [id, person.name, ...person.aliases].join("\u0000") : id;
    })
    .join("\u0001");
}

/** The sentence as a reader sees it: a quote whose speaker it does not name gets the name first. */
export function creditedText(display: string, credit: QuoteCredit | undefined): string {
  return credit?.speaker ? `${credit.speaker} : ${display}` : display;
}

function quoteWords(text: string, span: QuoteSpan): number {
  return text
    .slice(span.start, span.end)
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w)).length;
}

/** The sentence's text from `start` to `end` with every quotation (marks included) blanked. */
function outsideQuotes(
  text: string,
  start: number,
  end: number,
  spans: readonly QuoteSpan[],
): string {
  let out = "";
  let at = start;
  for (const span of spans) {
    if (span.close <= start || span.open >= end) continue;
    if (span.open > at) out += text.slice(at, span.open);
    out += " ";
    at = Math.max(at, span.close);
  }
  if (at < end) out += text.slice(at, end);
  return out;
}

function namesPerson(outside: string, person: Person): boolean {
  const words = new Set(
    [person.name, ...person.aliases]
      .flatMap((name) => name.split(/[\s-]+/u))
      .filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w)),
  );
  return outside.split(/[^\p{L}'’-]+/u).some((w) => words.has(w.replace(/^\p{L}['’]/u, "")));
}

/** An attribution clause whose subject is more than a pronoun, or "selon …". */
function namesSomeone(outside: string): boolean {
  if (/(?:^|[\s,(])(?:selon|d['’]après|according to)\s/iu.test(outside)) return true;
  return findSpeechVerbs(outside).some(
    (verb) =>
      verb.pronoun === null &&
      !PRONOUN_ONLY.test(outside.slice(verb.index, verb.end)) &&
      !PRONOUN_SUBJECT.test(outside.slice(0, verb.index)),
  );
}
