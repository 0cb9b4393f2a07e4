import { describe, expect, it } from "vitest";
import { paragraphSentences } from "../../src/corpus/sentenceTerms.js";
import { sentenceSalience } from "../../src/index/articleSalience.js";
import { terms } from "../../src/nlp/index.js";
import { scoreSentences } from "../../src/summarize/learnedScorer.js";
import { FEATURE_NAMES, sentenceFeatures } from "../../src/summarize/sentenceFeatures.js";
import {
  cosine,
  inverseDocumentFrequency,
  tfidfVector,
  unseenIdf,
} from "../../src/summarize/vectors.js";
import { bundled } from "../helpers/engine.js";

describe("learned salience of indexed sentences", () => {
  it("is the learned scorer over the sentence's whole article, by position, remembered per article", async () => {
    const { index } = await bundled();
    const article = index.articles.find((a) => paragraphSentences(a).length >= 5);
    if (!article) throw new Error("the bundled corpus has an article of five sentences");
    const expected = scoreSentences({
      title: article.title,
      sentences: paragraphSentences(article).map((s) => ({
        text: s.text,
        display: s.display,
        language: s.language,
        paragraphStart: s.index === 0,
      })),
    });
    const entries = index.sentences.filter((s) => s.sentence.articleId === article.id);
    expect(entries.length).toBeGreaterThan(3);
    for (const entry of entries) {
      expect(sentenceSalience(index.salience, index.sentenceById, entry)).toBeCloseTo(
        expected[entry.position] ?? -1,
        12,
      );
    }
    const remembered = index.salience.memo.get(article);
    expect(remembered).toBeDefined();
    const first = entries[0];
    if (first) sentenceSalience(index.salience, index.sentenceById, first);
    expect(index.salience.memo.get(article)).toBe(remembered);
  });

  it("computes centrality as the mean pairwise cosine, in linear time", async () => {
    const { index } = await bundled();
    const article = index.articles.find((a) => paragraphSentences(a).length >= 8);
    if (!article) throw new Error("the bundled corpus has an article of eight sentences");
    const sentences = paragraphSentences(article);
    const rows = sentenceFeatures({ title: article.title, sentences });
    const lists = sentences.map((s) => terms(s.text, s.language));
    const idf = inverseDocumentFrequency([
      ...lists,
      terms(article.title, sentences[0]?.language ?? "und"),
    ]);
    const vectors = lists.map((t) => tfidfVector(t, idf, unseenIdf(sentences.length + 1)));
    const column = FEATURE_NAMES.indexOf("centrality");
    vectors.forEach((v, i) => {
      let sum = 0;
      vectors.forEach((w, j) => {
        if (j !== i) sum += cosine(v, w);
      });
      expect(rows[i]?.[column]).toBeCloseTo(sum / (vectors.length - 1), 9);
    });
  });
});
