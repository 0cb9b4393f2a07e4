import { describe, expect, it } from "vitest";
import { defaultCorpusDir } from "../../src/config/paths.js";
import type { FileAnalysis } from "../../src/corpus/analyseDocuments.js";
import { analyseEntries } from "../../src/corpus/parallel/analyseEntries.js";
import { packFileAnalysis, unpackFileAnalysis } from "../../src/corpus/parallel/packAnalysis.js";
import { nodeCorpusFs } from "../../src/corpus/read/corpusFs.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  listCorpusFolder,
} from "../../src/corpus/read/readCorpusFolder.js";

async function bundledAnalyses(): Promise<FileAnalysis[]> {
  const listing = await listCorpusFolder(defaultCorpusDir(), nodeCorpusFs);
  return analyseEntries(listing.entries, listing.manifest, {
    fs: nodeCorpusFs,
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    workers: 1,
  });
}

/** Through the same copy a worker's message goes through. */
const roundTrip = (a: FileAnalysis) => unpackFileAnalysis(structuredClone(packFileAnalysis(a)));

describe("analyses packed to cross threads", () => {
  it("come back field for field, in the same key order, for the bundled corpus", async () => {
    const analyses = await bundledAnalyses();
    expect(analyses.flatMap((a) => a.documents.flatMap((d) => d.articles)).length).toBe(9);
    for (const analysis of analyses) {
      const back = roundTrip(analysis);
      expect(back).toEqual(analysis);
      expect(JSON.stringify(back)).toBe(JSON.stringify(analysis));
    }
  });

  it("leave out what can be rebuilt: ids, passage displays and texts equal to displays", async () => {
    const [analysis] = await bundledAnalyses();
    if (!analysis) throw new Error("no analysis");
    const packedBytes = JSON.stringify(packFileAnalysis(analysis)).length;
    expect(packedBytes).toBeLessThan(JSON.stringify(analysis).length * 0.7);
  });

  it("send an article that breaks the rebuilding rules whole", async () => {
    const [analysis] = await bundledAnalyses();
    const document = analysis?.documents[0];
    const article = document?.articles[0];
    const passage = article?.passages[0];
    const sentence = passage?.sentences[0];
    if (!analysis || !document || !article || !passage || !sentence) throw new Error("no text");
    const odd = {
      ...article,
      passages: [
        {
          ...passage,
          sentences: [{ ...sentence, id: "elsewhere:9:9" }, ...passage.sentences.slice(1)],
        },
        ...article.passages.slice(1),
      ],
    };
    const changed: FileAnalysis = { ...analysis, documents: [{ ...document, articles: [odd] }] };
    expect(roundTrip(changed)).toEqual(changed);
    expect(roundTrip(changed).documents[0]?.articles[0]?.passages[0]?.sentences[0]?.id).toBe(
      "elsewhere:9:9",
    );
  });
});
