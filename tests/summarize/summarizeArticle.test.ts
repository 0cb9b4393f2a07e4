import { describe, expect, it } from "vitest";
import { documentQuoteSpeakers } from "../../briefings/documentQuoteSpeakers.js";
import { articleOfText, summarizeDocument } from "../../briefings/summarizeDocument.js";
import { selectDiverse } from "../../src/summarize/selectDiverse.js";
import {
  ARTICLE_SUMMARY_SETTINGS,
  LEXRANK_ARTICLE_SETTINGS,
  summarizeArticle,
} from "../../src/summarize/summarizeArticle.js";

const TITLE = "Le gouvernement ne prolongera pas l'état d'urgence sanitaire après le 10 juillet";
const TEXT = [
  "Les images sont impressionnantes.",
  "Le gouvernement a décidé de ne pas prolonger l'état d'urgence sanitaire au-delà du 10 juillet, a indiqué mardi Matignon à l'AFP.",
  "Mis en place le 24 mars pour lutter contre l'épidémie de coronavirus, l'état d'urgence sanitaire avait été prolongé le 11 mai pour deux mois.",
  "Mais les préfets garderont des pouvoirs pour limiter les rassemblements.",
  "Un projet de loi sera présenté en Conseil des ministres mercredi, selon Matignon.",
  "La météo sera ensoleillée sur la Bretagne ce week-end.",
  "Il a également rappelé que le port du masque restait obligatoire dans les transports.",
].join(" ");

// Matignon is no person the people step knows: the attribution tail, the only trace of who said
// it, stays (a tail is traded only for a person's name, see "trades the attribution tail…").
const LEAD =
  "Le gouvernement a décidé de ne pas prolonger l'état d'urgence sanitaire au-delà du 10 juillet, a indiqué mardi Matignon à l'AFP.";
const BACKGROUND =
  "Mis en place le 24 mars pour lutter contre l'épidémie de coronavirus, l'état d'urgence sanitaire avait été prolongé le 11 mai pour deux mois.";

function article() {
  const built = articleOfText({ id: "etat-urgence", text: TEXT, title: TITLE });
  if (built === null) throw new Error("fixture has no sentence");
  return built;
}

describe("summarizeArticle (single-article mode)", () => {
  it("skips the hook and gives the news with its attribution; no filler to reach the word target", () => {
    // The context (25 words) would take the 22-word lead far past the 32-word target, and the
    // short weather sentence that would bring it nearer scores under a fifth of the lead.
    const summary = summarizeArticle(article());
    expect(summary.sentences.map((s) => [s.index, s.text, s.score])).toEqual([[1, LEAD, 1]]);
    expect(summary.text).toBe(LEAD);
  });

  it("picks the news and its context, in article order, with room for them", () => {
    const summary = summarizeArticle(article(), { maxSentences: 2, maxWords: 50 });
    expect(summary.sentences.map((s) => [s.index, s.text, s.score])).toEqual([
      [1, LEAD, 1],
      [2, BACKGROUND, 0.372],
    ]);
  });

  it("trades an attribution tail for the name of the person it names, and keeps one that names no known person", () => {
    const built = article();
    const castex = { name: "Jean Castex", surfaces: ["Jean Castex"] };
    const text = built.sentences.map((s, i) =>
      i === 1
        ? {
            ...s,
            display: s.display.replace("Matignon", "Jean Castex"),
            text: s.text.replace("Matignon", "Jean Castex"),
            statedBy: castex,
          }
        : i === 2
          ? { ...s, statedBy: castex }
          : s,
    );
    const summary = summarizeArticle(
      { ...built, sentences: text },
      { maxSentences: 2, maxWords: 50 },
    );
    expect(summary.sentences.map((s) => s.text)).toEqual([
      "Jean Castex : Le gouvernement a décidé de ne pas prolonger l'état d'urgence sanitaire au-delà du 10 juillet.",
      BACKGROUND,
    ]);
    // Matignon is nobody the people step knows: without `statedBy` the tail stays.
    expect(summarizeArticle(built, { maxSentences: 1, maxWords: null }).text).toBe(LEAD);
  });

  it("never picks the connective, the anaphora or the off-topic sentence with room for three (LexRank × prior)", () => {
    const summary = summarizeArticle(
      article(),
      { maxSentences: 3, maxWords: 60 },
      LEXRANK_ARTICLE_SETTINGS,
    );
    expect(summary.sentences.map((s) => s.text)).toEqual([
      LEAD,
      BACKGROUND,
      "Un projet de loi sera présenté en Conseil des ministres mercredi, selon Matignon.",
    ]);
  });

  it("stops at the word target: a second sentence would move a 22-word summary away from 10", () => {
    expect(summarizeArticle(article(), { maxSentences: 2, maxWords: 10 }).text).toBe(LEAD);
    expect(summarizeArticle(article(), { maxSentences: 1, maxWords: null }).text).toBe(LEAD);
  });

  it("keeps the attribution when asked not to trim", () => {
    const untrimmed = summarizeArticle(
      article(),
      { maxSentences: 1, maxWords: null },
      {
        ...ARTICLE_SUMMARY_SETTINGS,
        trim: { connective: false, attribution: false, parentheticalWords: 0 },
      },
    );
    expect(untrimmed.text).toBe(
      "Le gouvernement a décidé de ne pas prolonger l'état d'urgence sanitaire au-delà du 10 juillet, a indiqué mardi Matignon à l'AFP.",
    );
  });

  it("is deterministic", () => {
    expect(summarizeArticle(article())).toEqual(summarizeArticle(article()));
  });
});

describe("summarizeDocument", () => {
  it("cleans the text like the corpus (glued sentences split) before summarizing", () => {
    const result = summarizeDocument({ id: "x", text: TEXT.replace(/\. /g, "."), title: TITLE });
    expect(result.ok && result.summary.text).toBe(LEAD);
  });

  it("takes a heading line above the text as the title, not a lead it derived itself", () => {
    expect(articleOfText({ id: "x", text: `Urgence sanitaire levée\n\n${TEXT}` })?.title).toBe(
      "Urgence sanitaire levée",
    );
    expect(articleOfText({ id: "x", text: TEXT })?.title).toBeNull();
  });

  it("reports an empty or boilerplate-only text as a miss", () => {
    expect(summarizeDocument({ id: "x", text: "  \n " })).toEqual({
      ok: false,
      reason: "the text is empty",
    });
    expect(summarizeDocument({ id: "x", text: "Partager sur Facebook" })).toEqual({
      ok: false,
      reason: "no sentence left after cleaning",
    });
  });
});

describe("selectDiverse word target", () => {
  const vector = (term: string) => new Map([[term, 1]]);
  const items = [
    { score: 1, vector: vector("a"), chars: 100, words: 20 },
    { score: 0.9, vector: vector("b"), chars: 100, words: 25 },
    { score: 0.8, vector: vector("c"), chars: 40, words: 8 },
  ];

  it("adds a sentence only if it brings the total closer to the target", () => {
    expect(selectDiverse(items, { maxSentences: 3, maxChars: 1000, maxWords: 32 })).toEqual([0, 2]);
    expect(selectDiverse(items, { maxSentences: 3, maxChars: 1000, maxWords: 50 })).toEqual([
      0, 1, 2,
    ]);
  });

  it("always takes a first sentence, however long", () => {
    expect(selectDiverse(items, { maxSentences: 2, maxChars: 1000, maxWords: 5 })).toEqual([0]);
  });
});

describe("summarizeDocument never shows a quote without its speaker", () => {
  const text = [
    "Le ministre des Affaires étrangères Jean Dupré a défendu mardi à Bruxelles le nouvel accord commercial avec le Canada.",
    "« Cet accord protège nos agriculteurs et ouvre des marchés nouveaux à nos entreprises », a déclaré Jean Dupré aux journalistes réunis devant le Conseil.",
    "« Nous ne reculerons pas sur les normes sanitaires qui protègent les consommateurs européens », a-t-il ajouté.",
    "Les opposants dénoncent depuis des mois « un texte secret négocié depuis des années sans les parlements ».",
  ].join(" ");
  const budget = { maxSentences: 4, maxWords: 200 };

  it("keeps the attribution clause of a quote, and names the speaker of a pronoun clause", () => {
    const result = summarizeDocument(
      { id: "x", text },
      budget,
      ARTICLE_SUMMARY_SETTINGS,
      documentQuoteSpeakers,
    );
    expect(result.ok && result.summary.sentences.map((s) => s.text)).toEqual([
      "Le ministre des Affaires étrangères Jean Dupré a défendu mardi à Bruxelles le nouvel accord commercial avec le Canada.",
      "« Cet accord protège nos agriculteurs et ouvre des marchés nouveaux à nos entreprises », a déclaré Jean Dupré aux journalistes réunis devant le Conseil.",
      "Jean Dupré : « Nous ne reculerons pas sur les normes sanitaires qui protègent les consommateurs européens », a-t-il ajouté.",
    ]);
  });

  it("without the speaker step, a pronoun-attributed quote is still kept with its clause", () => {
    const result = summarizeDocument({ id: "x", text }, budget);
    expect(result.ok && result.summary.sentences.map((s) => s.text)).toContain(
      "« Cet accord protège nos agriculteurs et ouvre des marchés nouveaux à nos entreprises », a déclaré Jean Dupré aux journalistes réunis devant le Conseil.",
    );
  });
});

describe("summarizeArticle and quote speakers", () => {
  it("never picks a sentence whose quote nobody known said, and names a known speaker", () => {
    const built = article();
    const sentences = built.sentences.map((s, i) =>
      i === 1 ? { ...s, quoteSpeaker: null } : i === 2 ? { ...s, quoteSpeaker: "Jean Castex" } : s,
    );
    const summary = summarizeArticle({ ...built, sentences });
    expect(summary.sentences.map((s) => s.index)).not.toContain(1);
    expect(summary.sentences.find((s) => s.index === 2)?.text).toBe(`Jean Castex : ${BACKGROUND}`);
  });
});
