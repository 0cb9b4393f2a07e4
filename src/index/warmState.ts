import { type AssemblyState, CorpusAssembly } from "../corpus/corpusAssembly.js";
import type { Article, Sentence } from "../corpus/types.js";
import type { SentenceDiscovery, TextSentence } from "../officials/sentenceDiscovery.js";
import type { ArticleStatements } from "../quotes/extractStatements.js";
import type { TopicsConfig } from "../topics/topicsConfig.js";
import { type ArticleRow, topicRowsOf } from "./articleRows.js";
import type { ExtractedStatements } from "./buildOfficialsIndex.js";
import type { EngineCache } from "./engineCache.js";

type Entries<K, V> = [K, V][];

/**
 * What a saved index keeps beyond the files' analyses: the corpus assembly (near-duplicate state,
 * article ids, the articles as the index saw them) and the work remembered per sentence and per
 * article object (people found, briefing priors, topic rows with their terms, statements: the
 * engine cache's contents for these objects). Saved in the same serialisation as the analyses, so
 * the objects it names are the analyses' own objects when read back: a restart then finds the
 * engine cache filled and rebuilds only the corpus-wide steps.
 * Every part is a cache of what the engine computes from the analyses, except the assembly, which
 * is the state that adding files later goes on from.
 */
export interface WarmState {
  /** `CodeFingerprints.engine` of the code that did the work. */
  readonly engine: string;
  /** The topics configuration the rows were scored with (JSON). */
  readonly topics: string;
  /** How many saved sources the assembly holds, in the snapshot's order (all of them). */
  readonly sources: number;
  readonly assembly: AssemblyState;
  readonly discoveries: Entries<TextSentence, SentenceDiscovery>;
  readonly priors: Entries<Sentence, { readonly position: number; readonly prior: number }>;
  readonly rows: Entries<Article, readonly ArticleRow[]>;
  /** The people (as `buildOfficialsIndex` signs them) the statements were found with. */
  readonly statementsSignature: string;
  readonly statements: Entries<Article, ArticleStatements>;
  /** Article id → story id: where each article was placed (absent in indexes saved before). */
  readonly stories?: Entries<string, string>;
}

/**
 * The warm state of an assembly holding `sources` saved sources, under this topics config: what
 * `cache` holds for the assembly's sentences and articles.
 */
export function captureWarmState(
  assembly: CorpusAssembly,
  sources: number,
  topics: TopicsConfig,
  cache: EngineCache,
  engine: string,
): WarmState {
  const state = assembly.state();
  const articles = [...state.kept.values()].flatMap((k) => (k.article ? [k.article] : []));
  return {
    engine,
    topics: JSON.stringify(topics),
    sources,
    assembly: state,
    discoveries: cache.discoveries.entriesOf(state.sentences),
    priors: cache.priors.entriesOf(state.sentences),
    rows: topicRowsOf(cache.topicRows, topics).rows.entriesOf(articles),
    ...savedStatements(articles, cache.statements),
    stories: [...cache.stories],
  };
}

/** What `restoreWarmState` did. */
export type WarmRestore =
  | {
      readonly ok: true;
      readonly assembly: CorpusAssembly;
      /** The people the saved statements were found with (`statementsStillFit`). */
      readonly statementsSignature: string;
    }
  | {
      readonly ok: false;
      /** Why it is damaged; null when it merely does not fit (other code, topics or sources). */
      readonly problem: string | null;
    };

/**
 * Puts a warm state back: its work into `cache`, its assembly (remembering terms in `cache`)
 * returned. Nothing is put back when it was saved by other code, under another topics config or
 * for other sources, nor when any part of it is damaged: every part is checked before the cache
 * is touched.
 */
export function restoreWarmState(
  saved: unknown,
  sources: number,
  topics: TopicsConfig,
  cache: EngineCache,
  engine: string,
): WarmRestore {
  if (saved === undefined) return { ok: false, problem: null };
  if (!isWarmState(saved)) return { ok: false, problem: "not the saved work of an index" };
  if (saved.engine !== engine || saved.sources !== sources) {
    return { ok: false, problem: null };
  }
  if (saved.topics !== JSON.stringify(topics)) return { ok: false, problem: null };
  const damaged = damagedPart(saved);
  if (damaged !== null) return { ok: false, problem: `its ${damaged} are damaged` };
  let assembly: CorpusAssembly;
  try {
    assembly = new CorpusAssembly(cache.terms, [], saved.assembly);
  } catch (error) {
    return { ok: false, problem: `its corpus assembly is damaged (${(error as Error).message})` };
  }
  // The terms of every indexed sentence are in its row (the same arrays the cache held); those of
  // dropped sentences are not needed again (the near-duplicate state has what it used of them).
  for (const [, rows] of saved.rows) {
    for (const row of rows) cache.terms.set(row.sentence, row.terms);
  }
  cache.discoveries.adopt(saved.discoveries);
  cache.priors.adopt(saved.priors);
  topicRowsOf(cache.topicRows, topics).rows.adopt(saved.rows);
  for (const [articleId, storyId] of saved.stories ?? []) cache.stories.set(articleId, storyId);
  cache.statements.adopt(
    saved.statements.map(([article, found]) => [
      article,
      { signature: saved.statementsSignature, found },
    ]),
  );
  return { ok: true, assembly, statementsSignature: saved.statementsSignature };
}

/**
 * Whether the statements put back were found with the people of the index built since: when the
 * officials config changed, they were found again, and the saved work is worth saving anew.
 */
export function statementsStillFit(
  articles: readonly Article[],
  signature: string,
  statements: ExtractedStatements,
): boolean {
  const article = articles.find((a) => statements.has(a));
  return article === undefined || statements.get(article)?.signature === signature;
}

/**
 * The statements found with the people of the last build (one signature for all: it is the JSON
 * of every person, too large to repeat per article); articles last read with others are left out.
 */
function savedStatements(
  articles: readonly Article[],
  statements: ExtractedStatements,
): Pick<WarmState, "statementsSignature" | "statements"> {
  const entries = statements.entriesOf(articles);
  const statementsSignature = entries.at(-1)?.[1].signature ?? "";
  return {
    statementsSignature,
    statements: entries.flatMap(([article, { signature, found }]) =>
      signature === statementsSignature ? [[article, found] as [Article, ArticleStatements]] : [],
    ),
  };
}

function isWarmState(value: unknown): value is WarmState {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<WarmState>;
  const assembly = v.assembly as Partial<AssemblyState> | undefined;
  return (
    typeof v.engine === "string" &&
    typeof v.topics === "string" &&
    typeof v.sources === "number" &&
    typeof v.statementsSignature === "string" &&
    typeof assembly === "object" &&
    assembly !== null &&
    Array.isArray(assembly.articles) &&
    Array.isArray(assembly.sentences) &&
    assembly.kept instanceof Map &&
    assembly.ids instanceof Set &&
    typeof assembly.finder === "object" &&
    assembly.finder !== null &&
    assembly.finder.termIds instanceof Map &&
    Array.isArray(assembly.finder.postings) &&
    Array.isArray(assembly.finder.sizes) &&
    assembly.finder.dropped instanceof Uint8Array &&
    [v.discoveries, v.priors, v.rows, v.statements].every(Array.isArray)
  );
}

/** The first part whose entries are not what was saved (objects keyed by objects), or null. */
function damagedPart(saved: WarmState): string | null {
  const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;
  const entriesFit = (entries: readonly unknown[], fits: (value: unknown) => boolean) =>
    entries.every((e) => Array.isArray(e) && e.length === 2 && isObject(e[0]) && fits(e[1]));
  const isRow = (row: unknown) =>
    isObject(row) &&
    isObject((row as Partial<ArticleRow>).sentence) &&
    Array.isArray((row as Partial<ArticleRow>).terms);
  if (!entriesFit(saved.discoveries, isObject)) return "people found per sentence";
  if (
    !entriesFit(
      saved.priors,
      (p) =>
        isObject(p) &&
        typeof (p as { position?: unknown }).position === "number" &&
        typeof (p as { prior?: unknown }).prior === "number",
    )
  ) {
    return "briefing priors";
  }
  if (!entriesFit(saved.rows, (rows) => Array.isArray(rows) && rows.every(isRow))) {
    return "topic rows";
  }
  if (!entriesFit(saved.statements, isObject)) return "statements";
  const isPlacement = (e: unknown) =>
    Array.isArray(e) && e.length === 2 && e.every((part) => typeof part === "string");
  if (
    saved.stories !== undefined &&
    !(Array.isArray(saved.stories) && saved.stories.every(isPlacement))
  ) {
    return "story placements";
  }
  return null;
}
