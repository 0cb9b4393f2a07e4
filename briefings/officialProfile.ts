import type { SourceRef } from "../src/corpus/types.js";
import type { CorpusIndex, IndexedSentence } from "../src/index/corpusIndex.js";
import type { Person } from "../src/officials/person.js";
import type { Statement } from "../src/quotes/statement.js";
import { summarize } from "../src/summarize/summarize.js";
import { cosine, type SparseVector } from "../src/summarize/vectors.js";
import { CitationList, dateRangeOf } from "./citations.js";
import type { BriefingSentence, DateRange } from "./types.js";

export interface OfficialRef {
  readonly id: string;
  readonly name: string;
  /** The role in the answer's language order: French, then English (null when unknown). */
  readonly role: string | null;
  readonly roleEn: string | null;
  readonly aliases: readonly string[];
  readonly organisation: string | null;
  readonly country: string | null;
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
}

export function officialRef(person: Person): OfficialRef {
  return {
    id: person.id,
    name: person.name,
    role: person.role.fr ?? person.role.en,
    roleEn: person.role.en,
    aliases: person.aliases,
    organisation: person.organisation,
    country: person.country,
  };
}

export interface ProfileOptions {
  readonly now: Date;
  readonly maxQuotes?: number;
  readonly maxSummary?: number;
}

/**
 * What a person said and did: their quotes ranked by significance, a short extractive summary of
 * the sentences about them, the topics they appear in, every item with its citation.
 *
 * Quote significance = substance × centrality × kind: substance grows with length up to 20 words
 * (a one-word scare quote says little), centrality is the cosine between the quote's sentence and
 * the centroid of everything said about the person (what they keep coming back to), and indirect
 * statements weigh 0.8 of direct ones. Near-repeats (cosine ≥ 0.6) are dropped.
 */
export function buildOfficialProfile(
  index: CorpusIndex,
  person: Person,
  query: string,
  options: ProfileOptions,
): OfficialProfile {
  const citations = new CitationList();
  const refs = index.officials.mentions.get(person.id) ?? [];
  const mentionSentences = new Set(refs.map((r) => r.sentenceId));
  const statements = index.officials.statements.filter((s) => s.speakerId === person.id);
  const about = uniqueSentences(index, [
    ...mentionSentences,
    ...statements.map((s) => s.sentenceId),
  ]);
  const centroid = centroidOf(about.map((s) => s.vector));

  const quotes = rankQuotes(index, statements, centroid, options.maxQuotes ?? 5).map(
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
  const candidates = about.filter((s) => s.standalone && !quoted.has(s.sentence.display));
  const picks = summarize(
    candidates.map((s) => ({
      vector: s.vector,
      prior: 1 + 0.3 / (1 + s.position),
      chars: s.sentence.display.length,
    })),
    { maxSentences: options.maxSummary ?? 3, maxChars: 900 },
  );
  const summary = picks.flatMap((pick) => {
    const entry = candidates[pick.index];
    return entry
      ? [
          {
            text: entry.sentence.display,
            source: entry.source,
            citation: citations.cite(entry.source),
            score: pick.score,
          },
        ]
      : [];
  });

  const topicCounts = new Map<string, number>();
  for (const s of about)
    for (const id of s.topics.keys()) topicCounts.set(id, (topicCounts.get(id) ?? 0) + 1);
  const topics = index.topics
    .filter((t) => topicCounts.has(t.id))
    .map((t) => ({ id: t.id, title: t.title, mentions: topicCounts.get(t.id) ?? 0 }))
    .sort((a, b) => b.mentions - a.mentions);

  return {
    query,
    official: officialRef(person),
    candidates: [],
    message: null,
    miss: null,
    generatedAt: options.now.toISOString(),
    mentions: mentionSentences.size,
    spellings: [...new Set(refs.map((r) => r.surface))],
    topics,
    quotes,
    summary,
    dateRange: dateRangeOf(citations.sources),
    sources: citations.sources,
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
    candidates: candidates.map(officialRef),
    message,
    miss,
    generatedAt: now.toISOString(),
    mentions: 0,
    spellings: [],
    topics: [],
    quotes: [],
    summary: [],
    dateRange: { from: null, to: null },
    sources: [],
  };
}

function rankQuotes(
  index: CorpusIndex,
  statements: readonly Statement[],
  centroid: SparseVector,
  max: number,
): { statement: Statement; entry: IndexedSentence; score: number }[] {
  const scored = statements.flatMap((statement) => {
    const entry = index.sentenceById.get(statement.sentenceId);
    if (!entry) return [];
    const words = statement.text.split(/\s+/).length;
    const substance = Math.min(1, words / 20);
    const centrality = 0.5 + cosine(entry.vector, centroid);
    const kind = statement.kind === "direct" ? 1 : 0.8;
    return [{ statement, entry, score: substance * centrality * kind }];
  });
  scored.sort((a, b) => b.score - a.score || a.statement.position - b.statement.position);
  const picked: typeof scored = [];
  for (const candidate of scored) {
    if (picked.length >= max) break;
    const repeat = picked.some(
      (p) => p.entry === candidate.entry || cosine(p.entry.vector, candidate.entry.vector) >= 0.6,
    );
    if (!repeat) picked.push(candidate);
  }
  const best = picked[0]?.score ?? 1;
  return picked.map((p) => ({ ...p, score: Math.round((p.score / best) * 1000) / 1000 }));
}

/** The indexed sentences with these ids, once each, in corpus order. */
function uniqueSentences(index: CorpusIndex, ids: readonly string[]): IndexedSentence[] {
  const wanted = new Set(ids);
  return index.sentences.filter((entry) => wanted.has(entry.sentence.id));
}

function centroidOf(vectors: readonly SparseVector[]): SparseVector {
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [t, w] of v) sum.set(t, (sum.get(t) ?? 0) + w);
  const norm = Math.sqrt([...sum.values()].reduce((s, w) => s + w * w, 0)) || 1;
  return new Map([...sum].map(([t, w]) => [t, w / norm]));
}
