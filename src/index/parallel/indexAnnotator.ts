/**
 * The index's per-file work, done with each file's analysis in the analysis workers: people
 * discovery of every paragraph sentence (text-local) and the article's topic rows (article-local).
 * The assembling thread attaches them to the sentence and article objects, so the index build
 * finds them done; an article that loses sentences to near-duplicates elsewhere is a new object
 * and is worked out again there, as is anything whose annotations are missing.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { packageRoot } from "../../config/paths.js";
import type {
  AnalysisAnnotator,
  DocumentAnalysis,
  FileAnalysis,
} from "../../corpus/analyseDocuments.js";
import { paragraphSentences } from "../../corpus/sentenceTerms.js";
import {
  discoverInSentence,
  rememberDiscovery,
  type SentenceDiscovery,
} from "../../officials/sentenceDiscovery.js";
import type { TopicsConfig } from "../../topics/topicsConfig.js";
import { type RowFacts, rememberRows, rowFacts, topicSetup } from "../articleRows.js";

/** What travels with one document's analysis. */
interface IndexAnnotations {
  readonly kind: "index/1";
  /** The topics config the rows were worked out with (a saved index may outlive it). */
  readonly topicsKey: string;
  /** Per paragraph sentence of the document's articles, in reading order. */
  readonly discoveries: readonly SentenceDiscovery[];
  /** Per article: its rows' topic scores and standalone flags. */
  readonly rows: readonly (readonly RowFacts[])[];
}

/** The worker's topic setup: compiled once per worker for the config it is sent. */
let lastSetup: { readonly key: string; readonly config: TopicsConfig } | null = null;

function workerConfig(setup: unknown): { readonly key: string; readonly config: TopicsConfig } {
  const key = topicsKeyOf(setup);
  if (lastSetup?.key !== key) lastSetup = { key, config: setup as TopicsConfig };
  return lastSetup;
}

function topicsKeyOf(config: unknown): string {
  return createHash("sha256").update(JSON.stringify(config)).digest("hex").slice(0, 16);
}

/** The worker side (imported by the analysis worker): annotates every document of a file. */
export function annotate(analysis: FileAnalysis, setup: unknown): FileAnalysis {
  const { key, config } = workerConfig(setup);
  const topics = topicSetup(config);
  return {
    ...analysis,
    documents: analysis.documents.map((document) => {
      const annotations: IndexAnnotations = {
        kind: "index/1",
        topicsKey: key,
        discoveries: document.articles
          .flatMap(paragraphSentences)
          .map((s) => discoverInSentence(s.display)),
        rows: document.articles.map((article) => rowFacts(article, topics)),
      };
      return { ...document, annotations };
    }),
  };
}

function isIndexAnnotations(value: unknown): value is IndexAnnotations {
  return (
    typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "index/1"
  );
}

/** The annotator for `topics`, for `loadCorpus` and the live corpus. */
export function indexAnnotator(topics: TopicsConfig): AnalysisAnnotator {
  const topicsKey = topicsKeyOf(topics);
  return {
    module: annotatorModule(),
    setup: topics,
    annotate: (analysis) => annotate(analysis, topics),
    adopt: (document: DocumentAnalysis) => {
      const annotations = document.annotations;
      if (!isIndexAnnotations(annotations)) return;
      const sentences = document.articles.flatMap(paragraphSentences);
      if (sentences.length === annotations.discoveries.length) {
        sentences.forEach((sentence, i) => {
          rememberDiscovery(sentence, annotations.discoveries[i] as SentenceDiscovery);
        });
      }
      if (annotations.topicsKey !== topicsKey) return;
      const setup = topicSetup(topics);
      document.articles.forEach((article, i) => {
        const facts = annotations.rows[i];
        if (facts) rememberRows(article, setup, facts);
      });
    },
  };
}

/** This module, built: what the workers import (under the test runner, the build's copy). */
function annotatorModule(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".js")) return here;
  const built = join(packageRoot(), "dist", "src", "index", "parallel", "indexAnnotator.js");
  return existsSync(built) ? built : here;
}
