import { describe, expect, it } from "vitest";
import {
  lengthPrior,
  positionPrior,
  sentencePrior,
  wordCount,
} from "../../src/summarize/priors.js";
import {
  hasUnmatchedQuote,
  isCutSentence,
  startsWithConnective,
} from "../../src/summarize/sentenceQuality.js";

const NEUTRAL = {
  lead: 0,
  leadDecay: 1,
  anaphoraPenalty: 1,
  connectivePenalty: 1,
  quotePenalty: 1,
  title: 0,
  shortWords: 0,
  shortFloor: 1,
};

describe("positionPrior", () => {
  it("gives the lead 1 + lead and decays by (1 + position)^decay", () => {
    expect(positionPrior(0, 1, 0.5)).toBe(2);
    expect(positionPrior(3, 1, 0.5)).toBe(1.5);
    expect(positionPrior(1, 0.3, 1)).toBeCloseTo(1.15, 10);
    expect(positionPrior(7, 0, 1)).toBe(1);
  });
});

describe("lengthPrior", () => {
  it("is 1 from shortWords up and falls linearly to the floor at one word", () => {
    expect(lengthPrior(12, 12, 0.3)).toBe(1);
    expect(lengthPrior(40, 12, 0.3)).toBe(1);
    expect(lengthPrior(1, 12, 0.3)).toBeCloseTo(0.3, 10);
    expect(lengthPrior(6.5, 12, 0.3)).toBeCloseTo(0.65, 10);
    expect(lengthPrior(3, 0, 0.3)).toBe(1);
  });

  it("counts whitespace-separated words", () => {
    expect(wordCount("  Les images sont  impressionnantes. ")).toBe(4);
    expect(wordCount("")).toBe(0);
  });
});

describe("sentencePrior", () => {
  const features = {
    position: 3,
    display:
      "Mais le gouvernement a refusé de prolonger l'état d'urgence sanitaire au-delà du 10 juillet.",
    titleSimilarity: 0.5,
  };

  it("is 1 when every weight is neutral", () => {
    expect(sentencePrior(features, NEUTRAL)).toBe(1);
  });

  it("multiplies the position, title, length and penalty factors", () => {
    expect(sentencePrior(features, { ...NEUTRAL, lead: 1, leadDecay: 0.5 })).toBe(1.5);
    expect(sentencePrior(features, { ...NEUTRAL, title: 3 })).toBe(2.5);
    expect(sentencePrior(features, { ...NEUTRAL, connectivePenalty: 0.5 })).toBe(0.5);
    expect(sentencePrior(features, { ...NEUTRAL, anaphoraPenalty: 0.6 })).toBe(1);
    expect(
      sentencePrior(
        { position: 0, display: 'Il a dit "non.', titleSimilarity: 0 },
        { ...NEUTRAL, anaphoraPenalty: 0.6, quotePenalty: 0.5, shortWords: 4, shortFloor: 0.4 },
      ),
    ).toBeCloseTo(0.3, 10);
  });
});

describe("sentence quality checks", () => {
  it.each([
    ["Mais les Français ne sont pas encore convaincus.", true],
    ["Cependant, la mesure reste contestée.", true],
    ["Quant à la dose de proportionnelle, François Bayrou la juge insuffisante.", true],
    ["« Et pourtant elle tourne », a-t-il dit.", true],
    ["He also said the talks would resume.", true],
    ["Il a également rappelé que rien n'était décidé.", true],
    ["Alors qu'il pleut sur le pays, Météo France a placé 16 départements en alerte.", false],
    ["Ainsi que l'a rappelé le ministre, la loi s'applique.", false],
    ["Etats-Unis et Chine ont signé l'accord.", false],
    ["Mainz a battu Cologne samedi.", false],
  ])("%s starts with a dangling connective: %s", (sentence, expected) => {
    expect(startsWithConnective(sentence)).toBe(expected);
  });

  it("spots quotation marks that do not pair up", () => {
    expect(hasUnmatchedQuote("Nous prendrons l'option du masque\", a-t-elle conclu.")).toBe(true);
    expect(hasUnmatchedQuote("« Nous partirons, a-t-il dit.")).toBe(true);
    expect(hasUnmatchedQuote('Une mort "sans lien apparent", a-t-il précisé.')).toBe(false);
    expect(hasUnmatchedQuote("« Non », a-t-il dit, “jamais”.")).toBe(false);
  });

  it("spots sentences cut at either end", () => {
    expect(isCutSentence("Les registres transportés aux Invalides dimanche")).toBe(true);
    expect(isCutSentence("parce que ses occupants constituent une menace.")).toBe(true);
    expect(isCutSentence('"Ce séjour s\'est bien déroulé".')).toBe(false);
    expect(isCutSentence("« Quoi ? »")).toBe(false);
  });
});
