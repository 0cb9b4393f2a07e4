import { describe, expect, it } from "vitest";
import { articleOfText } from "../../briefings/summarizeDocument.js";
import {
  checkModel,
  SENTENCE_MODEL,
  scoreFeatures,
  scoreSentences,
} from "../../src/summarize/learnedScorer.js";
import { FEATURE_NAMES } from "../../src/summarize/sentenceFeatures.js";
import { summarizeArticle } from "../../src/summarize/summarizeArticle.js";

const TITLE = "Le gouvernement ne prolongera pas l'état d'urgence sanitaire après le 10 juillet";
const TEXT = [
  "Les images sont impressionnantes.",
  "Le gouvernement a décidé de ne pas prolonger l'état d'urgence sanitaire au-delà du 10 juillet, a indiqué mardi Matignon à l'AFP.",
  "Mis en place le 24 mars pour lutter contre l'épidémie de coronavirus, l'état d'urgence sanitaire avait été prolongé le 11 mai pour deux mois.",
  "Mais les préfets garderont des pouvoirs pour limiter les rassemblements.",
  "Un projet de loi sera présenté en Conseil des ministres mercredi, selon Matignon.",
].join(" ");

function article() {
  const built = articleOfText({ id: "etat-urgence", text: TEXT, title: TITLE });
  if (built === null) throw new Error("fixture has no sentence");
  return built;
}

describe("learned sentence scorer", () => {
  it("ships a model over exactly the extracted features", () => {
    expect(checkModel(SENTENCE_MODEL)).toEqual({ ok: true });
    expect(SENTENCE_MODEL.features).toEqual([...FEATURE_NAMES]);
  });

  it("refuses a model trained on other features, saying what it expected", () => {
    const other = { ...SENTENCE_MODEL, features: ["lead"] };
    expect(checkModel(other)).toMatchObject({ ok: false });
  });

  it("scores a row at the feature means as σ(bias)", () => {
    const score = scoreFeatures(SENTENCE_MODEL.mean);
    expect(score).toBeCloseTo(1 / (1 + Math.exp(-SENTENCE_MODEL.bias)), 12);
  });

  it("scores every sentence in (0, 1), the same twice", () => {
    const first = scoreSentences(article());
    expect(first).toHaveLength(5);
    for (const s of first) expect(s > 0 && s < 1).toBe(true);
    expect(scoreSentences(article())).toEqual(first);
  });

  it("summarizes the fixture with the news and its context, not the hook or the connective", () => {
    const summary = summarizeArticle(article(), { maxSentences: 2, maxWords: 50 });
    expect(summary.sentences.map((s) => s.index)).toEqual([1, 2]);
    expect(summary.text).toBe(
      "Le gouvernement a décidé de ne pas prolonger l'état d'urgence sanitaire au-delà du 10 juillet, a indiqué mardi Matignon à l'AFP. " +
        "Mis en place le 24 mars pour lutter contre l'épidémie de coronavirus, l'état d'urgence sanitaire avait été prolongé le 11 mai pour deux mois.",
    );
  });
});
