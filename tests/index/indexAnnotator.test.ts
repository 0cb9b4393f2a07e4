import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticles, writeCorpus } from "../../bench/perf/generateCorpus.js";
import { loadSourceMaterial } from "../../bench/perf/sourceMaterial.js";
import { defaultConfigDir, defaultCorpusDir } from "../../src/config/paths.js";
import type { FileAnalysis } from "../../src/corpus/analyseDocuments.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { analyseEntries } from "../../src/corpus/parallel/analyseEntries.js";
import { nodeCorpusFs } from "../../src/corpus/read/corpusFs.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  listCorpusFolder,
} from "../../src/corpus/read/readCorpusFolder.js";
import { paragraphSentences } from "../../src/corpus/sentenceTerms.js";
import { articleRows, topicSetup } from "../../src/index/articleRows.js";
import { buildIndex } from "../../src/index/buildIndex.js";
import type { CorpusIndex } from "../../src/index/corpusIndex.js";
import { indexAnnotator } from "../../src/index/parallel/indexAnnotator.js";
import { loadOfficialsConfig, type OfficialsConfig } from "../../src/officials/officialsConfig.js";
import { loadTopicsConfig, type TopicsConfig } from "../../src/topics/topicsConfig.js";

let dir: string;
let topics: TopicsConfig;
let officials: OfficialsConfig;

beforeAll(async () => {
  const material = await loadSourceMaterial(defaultCorpusDir(), defaultConfigDir());
  dir = await mkdtemp(join(tmpdir(), "briefbot-annotate-"));
  await writeCorpus(dir, generateArticles(material, { count: 240, seed: 11 }));
  topics = await loadTopicsConfig(defaultConfigDir());
  officials = await loadOfficialsConfig(defaultConfigDir());
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What the index holds, as plain data (the same whoever computed it). */
function contents(index: CorpusIndex) {
  return {
    version: index.version,
    sentences: index.sentences.map((s) => [s.sentence.id, [...s.topics], s.standalone, s.terms]),
    people: index.officials.people,
    statements: index.officials.statements,
    mentions: [...index.officials.mentions],
    candidates: [...index.briefing.topics.byTopic],
    speakers: [...index.briefing.speakers],
  };
}

async function analysesOf(folder: string, workers: number, annotate: boolean) {
  const listing = await listCorpusFolder(folder, nodeCorpusFs);
  const delivered: string[] = [];
  const analyses = await analyseEntries(listing.entries, listing.manifest, {
    fs: nodeCorpusFs,
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    workers,
    onAnalysis: (a) => delivered.push(a.file),
    ...(annotate ? { annotator: indexAnnotator(topics) } : {}),
  });
  return { listing, analyses, delivered };
}

describe("the index's per-file work done in the analysis workers", () => {
  it("gives exactly the index that one thread without it gives", async () => {
    const annotated = await loadCorpus(dir, { workers: 2, annotator: indexAnnotator(topics) });
    const plain = await loadCorpus(dir);
    expect(annotated.articles.length).toBeGreaterThan(200);
    const fromWorkers = contents(buildIndex(annotated, topics, officials));
    const fromScratch = contents(buildIndex(plain, topics, officials));
    expect(fromWorkers.statements.length).toBeGreaterThan(100);
    expect(fromWorkers).toEqual(fromScratch);
  });

  it("hands analyses over in file order, whichever worker finishes first", async () => {
    const { listing, analyses, delivered } = await analysesOf(dir, 2, true);
    expect(delivered).toEqual(listing.entries.map((e) => e.file));
    expect(analyses.map((a) => a.file)).toEqual(delivered);
    const annotatedDocs = analyses.flatMap((a) => a.documents).filter((d) => d.annotations);
    expect(annotatedDocs.length).toBe(analyses.flatMap((a) => a.documents).length);
  });

  it("uses the rows it was sent, and only for the topics config they were made with", async () => {
    const annotator = indexAnnotator(topics);
    const { analyses } = await analysesOf(dir, 1, false);
    const first = analyses.find((a) => a.documents.length > 0) as FileAnalysis;
    const annotated = annotator.annotate(first);
    const document = annotated.documents[0];
    if (!document) throw new Error("no document");
    const annotations = document.annotations as {
      rows: { topics: [string, number][]; standalone: boolean; prior: number | null }[][];
    };
    const tampered = {
      ...document,
      annotations: {
        ...annotations,
        rows: annotations.rows.map((rows) =>
          rows.map((r) => ({ ...r, topics: [["marker-topic", 0.5]] as [string, number][] })),
        ),
      },
    };
    annotator.adopt(tampered);
    const article = tampered.articles[0];
    if (!article) throw new Error("no article");
    const rows = articleRows(article, topicSetup(topics));
    expect(rows.length).toBe(paragraphSentences(article).length);
    expect(rows.map((r) => [...r.topics])).toEqual(rows.map(() => [["marker-topic", 0.5]]));

    // Rows made under another topics config (a saved index after a config change) are not used.
    const otherTopics: TopicsConfig = { ...topics, topics: topics.topics.slice(0, 1) };
    const other = indexAnnotator(otherTopics);
    const copy = structuredClone(tampered);
    other.adopt(copy);
    const recomputed = articleRows(copy.articles[0] ?? article, topicSetup(otherTopics));
    expect(recomputed.flatMap((r) => [...r.topics.keys()])).not.toContain("marker-topic");
  });
});
