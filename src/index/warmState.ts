import type { FileAnalysis } from "../corpus/analyseDocuments.js";
import type { NearDuplicateState } from "../corpus/clean/nearDuplicates.js";
import { CorpusAssembly } from "../corpus/corpusAssembly.js";
import { sentenceTerms } from "../corpus/sentenceTerms.js";
import type { Article, LoadWarning, Sentence } from "../corpus/types.js";
import type { SentenceDiscovery } from "../officials/sentenceDiscovery.js";
import type { TopicsConfig } from "../topics/topicsConfig.js";
import type { Steps } from "../util/steps.js";
import { type ArticleRow, sharedIfEmpty, topicRowsOf } from "./articleRows.js";
import type { ExtractedEntry, ExtractedStatements, OwnRolesEntry } from "./buildOfficialsIndex.js";
import type { EngineCache } from "./engineCache.js";

type Entries<K, V> = [K, V][];

/** An article row as saved: its sentence by id, its terms left to the sentence's analysis. */
export interface SavedRow {
  readonly sentence: string;
  readonly position: number;
  readonly topics: ReadonlyMap<string, number>;
  readonly standalone: boolean;
}

/**
 * What a saved index keeps beyond the files' analyses: the near-duplicate state of the corpus
 * assembly, and the work remembered per sentence and per article (people found, briefing priors,
 * topic rows, statements, story placements: the engine cache's contents), each keyed by the id of
 * its sentence or article, so that every part is plain data that can be written and read in
 * pieces. When read back, the assembly is replayed from the analyses (`CorpusAssembly.resume`,
 * without comparing sentences again) and the ids lead back to its objects: a restart then finds
 * the engine cache filled and rebuilds only the corpus-wide steps.
 * Every part is a cache of what the engine computes from the analyses, except the near-duplicate
 * state, which is what adding files later goes on from.
 */
export interface WarmState {
  /** `CodeFingerprints.engine` of the code that did the work. */
  readonly engine: string;
  /** The topics configuration the rows were scored with (JSON). */
  readonly topics: string;
  /** How many saved sources the assembly holds, in the snapshot's order (all of them). */
  readonly sources: number;
  readonly finder: NearDuplicateState;
  /** Sentence id → what people discovery found in it. */
  readonly discoveries: Entries<string, SentenceDiscovery>;
  readonly priors: Entries<string, { readonly position: number; readonly prior: number }>;
  /** Article id → its rows. */
  readonly rows: Entries<string, readonly SavedRow[]>;
  /** The knowledge (as `buildOfficialsIndex` signs it) the last statements were found with. */
  readonly statementsSignature: string;
  /** Article id → its statements, with what they were found with. */
  readonly statements: Entries<string, ExtractedEntry>;
  /** Article id → the roles it gives people (`ownRoles`), with what they were found with. */
  readonly roles: Entries<string, OwnRolesEntry>;
  /** Article id → story id: where each article was placed. */
  readonly stories: Entries<string, string>;
}

/**
 * The warm state of an assembly holding `sources` saved sources, under this topics config: what
 * `cache` holds for the assembly's sentences and articles. In steps (`Steps`): a serving process
 * saves while it answers.
 */
export function* captureWarmState(
  assembly: CorpusAssembly,
  sources: number,
  topics: TopicsConfig,
  cache: EngineCache,
  engine: string,
): Steps<WarmState> {
  const sentences = assembly.allSentences();
  const articles = assembly.keptArticles();
  const finder = assembly.nearDuplicateState();
  yield;
  const discoveries: WarmState["discoveries"] = [];
  const priors: WarmState["priors"] = [];
  for (const [i, sentence] of sentences.entries()) {
    const discovery = cache.discoveries.get(sentence);
    if (discovery !== undefined) discoveries.push([sentence.id, discovery]);
    const prior = cache.priors.get(sentence);
    if (prior !== undefined) priors.push([sentence.id, prior]);
    if (i % 1024 === 0) yield;
  }
  const known = topicRowsOf(cache.topicRows, topics).rows;
  const rows: WarmState["rows"] = [];
  for (const [i, article] of articles.entries()) {
    const found = known.get(article);
    if (found !== undefined) rows.push([article.id, found.map(savedRow)]);
    if (i % 64 === 0) yield;
  }
  return {
    engine,
    topics: JSON.stringify(topics),
    sources,
    finder,
    discoveries,
    priors,
    rows,
    ...savedStatements(articles, cache.statements),
    roles: cache.roles.entriesOf(articles).map(([article, entry]) => [article.id, entry]),
    stories: [...cache.stories],
  };
}

function savedRow(row: ArticleRow): SavedRow {
  return {
    sentence: row.sentence.id,
    position: row.position,
    topics: row.topics,
    standalone: row.standalone,
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
 * Puts a warm state back: the assembly of `files` (every saved source, in order, after the
 * manifest's `leading` problems) resumed on its near-duplicate state, returned, and its work put
 * into `cache` on that assembly's objects. Nothing is put back when it was saved by other code,
 * under another topics config or for other sources, nor when any part of it is damaged or names
 * a sentence or article the files do not have: every part is checked before the cache is touched.
 */
export function restoreWarmState(
  saved: unknown,
  files: readonly FileAnalysis[],
  leading: readonly LoadWarning[],
  topics: TopicsConfig,
  cache: EngineCache,
  engine: string,
): WarmRestore {
  if (saved === undefined) return { ok: false, problem: null };
  // Other code wrote it (an older layout, perhaps): it does not fit, whatever its shape.
  const stamped = saved as Partial<WarmState> | null;
  if (typeof stamped?.engine === "string" && stamped.engine !== engine) {
    return { ok: false, problem: null };
  }
  if (!isWarmState(saved)) return { ok: false, problem: "not the saved work of an index" };
  if (saved.sources !== files.length || saved.topics !== JSON.stringify(topics)) {
    return { ok: false, problem: null };
  }
  const damaged = damagedPart(saved);
  if (damaged !== null) return { ok: false, problem: `its ${damaged} are damaged` };
  let assembly: CorpusAssembly;
  try {
    assembly = CorpusAssembly.resume(cache.terms, leading, files, saved.finder);
  } catch (error) {
    return { ok: false, problem: `its corpus assembly is damaged (${(error as Error).message})` };
  }
  const sentences = new Map(assembly.allSentences().map((s) => [s.id, s]));
  const articles = new Map(assembly.corpus().articles.map((a) => [a.id, a]));
  const found = resolve(saved, sentences, articles, cache);
  if (!found.ok) return { ok: false, problem: `its ${found.part} name what the files do not hold` };
  cache.discoveries.adopt(found.discoveries);
  cache.priors.adopt(found.priors);
  topicRowsOf(cache.topicRows, topics).rows.adopt(found.rows);
  for (const [articleId, storyId] of saved.stories) cache.stories.set(articleId, storyId);
  cache.statements.adopt(found.statements);
  cache.roles.adopt(found.roles);
  return { ok: true, assembly, statementsSignature: saved.statementsSignature };
}

type Resolved =
  | {
      readonly ok: true;
      readonly discoveries: Entries<Sentence, SentenceDiscovery>;
      readonly priors: Entries<Sentence, { readonly position: number; readonly prior: number }>;
      readonly rows: Entries<Article, readonly ArticleRow[]>;
      readonly statements: Entries<Article, ExtractedEntry>;
      readonly roles: Entries<Article, OwnRolesEntry>;
    }
  | { readonly ok: false; readonly part: string };

/** The saved entries on the assembly's objects; the first part naming an unknown id fails. */
function resolve(
  saved: WarmState,
  sentences: ReadonlyMap<string, Sentence>,
  articles: ReadonlyMap<string, Article>,
  cache: EngineCache,
): Resolved {
  const discoveries = onObjects(saved.discoveries, sentences);
  if (discoveries === null) return { ok: false, part: "people found per sentence" };
  const priors = onObjects(saved.priors, sentences);
  if (priors === null) return { ok: false, part: "briefing priors" };
  const rows: Entries<Article, readonly ArticleRow[]> = [];
  for (const [articleId, list] of saved.rows) {
    const article = articles.get(articleId);
    const restored = list.map((row) => {
      const sentence = sentences.get(row.sentence);
      return (
        sentence && {
          ...row,
          sentence,
          terms: sentenceTerms(sentence, cache.terms),
          topics: sharedIfEmpty(row.topics),
        }
      );
    });
    if (!article || restored.some((row) => row === undefined)) {
      return { ok: false, part: "topic rows" };
    }
    rows.push([article, restored as ArticleRow[]]);
  }
  const statements = onObjects(saved.statements, articles);
  if (statements === null) return { ok: false, part: "statements" };
  const roles = onObjects(saved.roles, articles);
  if (roles === null) return { ok: false, part: "roles per article" };
  return { ok: true, discoveries, priors, rows, statements, roles };
}

function onObjects<O, V>(entries: Entries<string, V>, objects: ReadonlyMap<string, O>) {
  const out: Entries<O, V> = [];
  for (const [id, value] of entries) {
    const object = objects.get(id);
    if (object === undefined) return null;
    out.push([object, value]);
  }
  return out;
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
 * Every article's statements with what they were found with (`ExtractedEntry`), and the
 * signature of the last article's (what `statementsStillFit` compares).
 */
function savedStatements(
  articles: readonly Article[],
  statements: ExtractedStatements,
): Pick<WarmState, "statementsSignature" | "statements"> {
  const entries = statements.entriesOf(articles);
  return {
    statementsSignature: entries.at(-1)?.[1].signature ?? "",
    statements: entries.map(([article, entry]) => [article.id, entry]),
  };
}

function isWarmState(value: unknown): value is WarmState {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<WarmState>;
  const finder = v.finder as Partial<NearDuplicateState> | undefined;
  return (
    typeof v.engine === "string" &&
    typeof v.topics === "string" &&
    typeof v.sources === "number" &&
    typeof v.statementsSignature === "string" &&
    typeof finder === "object" &&
    finder !== null &&
    finder.termIds instanceof Map &&
    Array.isArray(finder.postings) &&
    Array.isArray(finder.sizes) &&
    finder.dropped instanceof Uint8Array &&
    [v.discoveries, v.priors, v.rows, v.statements, v.roles, v.stories].every(Array.isArray)
  );
}

/** The first part whose entries are not what was saved (values keyed by ids), or null. */
function damagedPart(saved: WarmState): string | null {
  const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;
  const entriesFit = (entries: readonly unknown[], fits: (value: unknown) => boolean) =>
    entries.every(
      (e) => Array.isArray(e) && e.length === 2 && typeof e[0] === "string" && fits(e[1]),
    );
  const isRow = (row: unknown) =>
    isObject(row) &&
    typeof (row as Partial<SavedRow>).sentence === "string" &&
    (row as Partial<SavedRow>).topics instanceof Map;
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
  const remembered = (entry: unknown, found: (value: unknown) => boolean) => {
    const e = entry as Partial<ExtractedEntry> | null;
    return (
      isObject(e) &&
      typeof e.signature === "string" &&
      found(e.found) &&
      isObject(e.depends) &&
      typeof e.depends.questions === "string" &&
      typeof e.depends.answers === "string"
    );
  };
  if (!entriesFit(saved.statements, (e) => remembered(e, isObject))) return "statements";
  const isRoles = (found: unknown) =>
    found instanceof Map &&
    [...found].every(([id, role]) => typeof id === "string" && typeof role === "string");
  if (!entriesFit(saved.roles, (e) => remembered(e, isRoles))) return "roles per article";
  if (!entriesFit(saved.stories, (story) => typeof story === "string")) return "story placements";
  return null;
}
