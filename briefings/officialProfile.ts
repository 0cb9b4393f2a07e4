import type { SourceRef } from "../src/corpus/types.js";
import { answerKind } from "../src/index/answerCache.js";
import type { CorpusIndex } from "../src/index/corpusIndex.js";
import type { IndexedSentence } from "../src/index/indexedSentence.js";
import type { PersonFacts, SignificantQuote } from "../src/index/personFacts.js";
import type { Person } from "../src/officials/person.js";
import { roleAt } from "../src/officials/roleAt.js";
import type { Statement } from "../src/quotes/statement.js";
import type { Summarizer } from "../src/summarize/summarizer.js";
import { cosine } from "../src/summarize/vectors.js";
import { candidatePool, shownText, summarizePool } from "./candidatePool.js";
import { CitationList, dateRangeOf } from "./citations.js";
import { datedSince, type SinceReport, undatedAmong } from "./timeWindow.js";
import type { BriefingSentence, DateRange, OfficialRef } from "./types.js";

/** What a profile is narrowed to: "what did Lavrov say about NATO?" */
export interface ProfileSubject {
  readonly kind: "topic" | "story";
  readonly id: string;
  readonly title: string;
}

export interface ProfileQuote {
  readonly text: string;
  readonly speaker: string;
  readonly kind: "direct" | "indirect";
  readonly source: SourceRef;
  /** Where it stands: the sentence id and the statement's order within its article. */
  readonly sentenceId: string;
  readonly position: number;
  readonly citation: number;
  readonly score: number;
}

export interface OfficialProfile {
  readonly query: string;
  readonly official: OfficialRef | null;
  /** When the query was ambiguous or unknown: the people it could be, or the closest names. */
  readonly candidates: readonly OfficialRef[];
  readonly message: string | null;
  /** Why no official was found: several people match, or nobody does. */
  readonly miss: "ambiguous" | "unknown" | null;
  readonly generatedAt: string;
  /** Sentences naming the person. */
  readonly mentions: number;
  /** How the name is written in the corpus ("Blinken", "Bliken", "Anthony Blinken"). */
  readonly spellings: readonly string[];
  readonly topics: readonly {
    readonly id: string;
    readonly title: string;
    readonly mentions: number;
  }[];
  readonly quotes: readonly ProfileQuote[];
  readonly summary: readonly BriefingSentence[];
  readonly dateRange: DateRange;
  readonly sources: readonly SourceRef[];
  /** With `--since`: from which day, and how many undated articles were left out; else null. */
  readonly since: SinceReport | null;
  /** The subject it is narrowed to (`--topic`, `--story`), or null for everything. */
  readonly subject: ProfileSubject | null;
}

/**
 * What a reply says of a person: `role` is the one to show (by default the configured or first
 * discovered one; briefings pass `roleAt` the article's date); `roleEn` only when it is the
 * configured role.
 */
export function officialRef(
  person: Person,
  role: string | null = person.role.fr ?? person.role.en,
): OfficialRef {
  return {
    id: person.id,
    name: person.name,
    role,
    roleEn: role !== null && role === (person.role.fr ?? person.role.en) ? person.role.en : null,
    aliases: person.aliases,
    organisation: person.organisation,
    country: person.country,
  };
}

/** The person's role as of the latest article that names them (`roleAt`). */
export function currentRole(index: CorpusIndex, person: Person): string | null {
  let latest: string | null = null;
  for (const ref of index.officials.mentions.get(person.id) ?? []) {
    const date = index.sources.get(ref.articleId)?.date ?? null;
    if (date !== null && (latest === null || date > latest)) latest = date;
  }
  return roleAt(person, index.officials.roles.get(person.id), { date: latest });
}

export interface ProfileOptions {
  readonly now: Date;
  /** Picks the summary's sentences; profiles are cached per summarizer `id`. */
  readonly summarizer: Summarizer;
  readonly maxQuotes?: number;
  readonly maxSummary?: number;
  /** Only sources dated on or after this day (YYYY-MM-DD, from `--since` and the clock). */
  readonly since?: string;
  /** Only what the person said or did on this subject: a topic's sentences, a story's articles. */
  readonly subject?: ProfileSubject;
}

const PROFILES = answerKind<OfficialProfile>("official profile");

/**
 * What a person said and did: their quotes ranked by significance, a short extractive summary of
 * the sentences about them, the topics they appear in, every item with its citation.
 *
 * Quote significance = substance × centrality × kind (`quoteSignificance`): substance grows with
 * length up to 20 words (a one-word scare quote says little), centrality is the cosine between the
 * quote's sentence and the centroid of everything said about the person (what they keep coming
 * back to), and indirect statements weigh 0.8 of direct ones. Near-repeats (cosine ≥ 0.6) are
 * dropped. What depends only on the corpus (centroid, significance, the summary's candidates in
 * prior order) is computed once per corpus version (`buildPersonFacts`); a call picks from it.
 *
 * Built once per index, person and limits (`index.answers`); `query` and `now` are stamped on each
 * reply, so "Blinken" and "Antony Blinken" share one profile.
 */
export function buildOfficialProfile(
  index: CorpusIndex,
  person: Person,
  query: string,
  options: ProfileOptions,
): OfficialProfile {
  const limits = { maxQuotes: options.maxQuotes ?? 5, maxSummary: options.maxSummary ?? 3 };
  const key = [
    officialRef(person),
    limits,
    options.summarizer.id,
    options.since ?? null,
    options.subject ?? null,
  ];
  const built = index.answers.get(PROFILES, key, () =>
    composeProfile(index, person, query, limits, options),
  );
  return { ...built, query, generatedAt: options.now.toISOString() };
}

/** The facts of a person the corpus never names. */
const NO_FACTS: PersonFacts = {
  statements: [],
  about: [],
  mentions: 0,
  spellings: [],
  topicMentions: new Map(),
  quotes: [],
  summaryCandidates: [],
};

function composeProfile(
  index: CorpusIndex,
  person: Person,
  query: string,
  limits: { maxQuotes: number; maxSummary: number },
  { now, summarizer, since, subject }: ProfileOptions,
): OfficialProfile {
  const all = index.briefing.people.get(person.id) ?? NO_FACTS;
  const entryKept = (entry: IndexedSentence) =>
    (since === undefined || datedSince(entry.source.date, since)) &&
    (subject === undefined || onSubject(index, entry, subject));
  const facts =
    since === undefined && subject === undefined
      ? all
      : factsWithin(index, person, all, entryKept, (articleId) => {
          const date = index.sources.get(articleId)?.date ?? null;
          if (since !== undefined && !datedSince(date, since)) return false;
          // A topic is a property of sentences: an article's heading is on no topic.
          if (subject?.kind === "topic") return false;
          return subject === undefined || index.stories.byArticle.get(articleId)?.id === subject.id;
        });
  const citations = new CitationList();
  const quotes = pickQuotes(index, facts.quotes, limits.maxQuotes).map(
    ({ statement, entry, score }) => ({
      text: statement.text,
      speaker: person.name,
      kind: statement.kind,
      source: entry.source,
      sentenceId: statement.sentenceId,
      position: statement.position,
      citation: citations.cite(entry.source),
      score,
    }),
  );
  const quoted = new Set(quotes.filter((q) => q.kind === "indirect").map((q) => q.text));
  const pool = candidatePool(
    index,
    facts.summaryCandidates,
    (entry) =>
      !quoted.has(entry.sentence.display) &&
      (since === undefined || datedSince(entry.source.date, since)) &&
      (subject === undefined || onSubject(index, entry, subject)),
  );
  const summary = summarizePool(index, pool, summarizer, {
    maxSentences: limits.maxSummary,
    maxChars: 900,
  }).map(({ entry, score }) => ({
    text: shownText(index, entry),
    source: entry.source,
    citation: citations.cite(entry.source),
    score,
  }));
  const topics = index.topics
    .filter((t) => facts.topicMentions.has(t.id))
    .map((t) => ({ id: t.id, title: t.title, mentions: facts.topicMentions.get(t.id) ?? 0 }))
    .sort((a, b) => b.mentions - a.mentions);

  return {
    query,
    official: officialRef(person, currentRole(index, person)),
    candidates: [],
    message: null,
    miss: null,
    generatedAt: now.toISOString(),
    mentions: facts.mentions,
    spellings: facts.spellings,
    topics,
    quotes,
    summary,
    dateRange: dateRangeOf(citations.sources),
    sources: citations.sources,
    since:
      since === undefined
        ? null
        : {
            from: since,
            undatedLeftOut: undatedAmong(
              index,
              (index.officials.mentions.get(person.id) ?? []).map((r) => r.articleId),
            ),
          },
    subject: subject ?? null,
  };
}

/** Whether a sentence is on the subject: the topic's, or in one of the story's articles. */
function onSubject(index: CorpusIndex, entry: IndexedSentence, subject: ProfileSubject): boolean {
  return subject.kind === "topic"
    ? entry.topics.has(subject.id)
    : index.stories.byArticle.get(entry.sentence.articleId)?.id === subject.id;
}

/**
 * A person's facts restricted to the sentences `inWindow` keeps (a `--since` window, a subject):
 * mentions in the articles `articleKept` keeps, topics, quotes and summary candidates from those
 * sentences only (spellings stay: they say how the name is written).
 */
function factsWithin(
  index: CorpusIndex,
  person: Person,
  facts: PersonFacts,
  entryKept: (entry: IndexedSentence) => boolean,
  articleKept: (articleId: string) => boolean,
): PersonFacts {
  const inWindow = (sentence: number) => {
    const entry = index.sentences[sentence];
    return entry !== undefined && entryKept(entry);
  };
  // A mention in an indexed sentence counts when the sentence is kept; one elsewhere (a heading)
  // when its article is.
  const refs = (index.officials.mentions.get(person.id) ?? []).filter((r) => {
    const entry = index.sentenceById.get(r.sentenceId);
    return entry === undefined ? articleKept(r.articleId) : entryKept(entry);
  });
  const topicMentions = new Map<string, number>();
  for (const sentence of facts.about.filter(inWindow)) {
    for (const id of index.sentences[sentence]?.topics.keys() ?? []) {
      topicMentions.set(id, (topicMentions.get(id) ?? 0) + 1);
    }
  }
  return {
    ...facts,
    mentions: new Set(refs.map((r) => r.sentenceId)).size,
    topicMentions,
    quotes: facts.quotes.filter((q) => inWindow(q.sentence)),
    summaryCandidates: facts.summaryCandidates.filter((c) => inWindow(c.sentence)),
  };
}

/** The answer when the query names nobody, or several people. */
export function officialMiss(
  query: string,
  message: string,
  miss: "ambiguous" | "unknown",
  candidates: readonly Person[],
  now: Date,
): OfficialProfile {
  return {
    query,
    official: null,
    candidates: candidates.map((p) => officialRef(p)),
    message,
    miss,
    generatedAt: now.toISOString(),
    mentions: 0,
    spellings: [],
    topics: [],
    quotes: [],
    summary: [],
    dateRange: { from: null, to: null, undated: 0 },
    sources: [],
    since: null,
    subject: null,
  };
}

/** The best quotes by significance, near-repeats (cosine ≥ 0.6) dropped, best scoring 1. */
function pickQuotes(
  index: CorpusIndex,
  ranked: readonly SignificantQuote[],
  max: number,
): { statement: Statement; entry: IndexedSentence; score: number }[] {
  const picked: { statement: Statement; entry: IndexedSentence; score: number }[] = [];
  for (const { statement, sentence, score } of ranked) {
    if (picked.length >= max) break;
    const entry = index.sentences[sentence];
    if (!entry) continue;
    const repeat = picked.some(
      (p) => p.entry === entry || cosine(p.entry.vector, entry.vector) >= 0.6,
    );
    if (!repeat) picked.push({ statement, entry, score });
  }
  const best = picked[0]?.score ?? 1;
  return picked.map((p) => ({ ...p, score: Math.round((p.score / best) * 1000) / 1000 }));
}
