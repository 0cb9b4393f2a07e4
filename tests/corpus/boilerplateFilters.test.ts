import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hasSocialEmbedLink,
  isAppeal,
  isBoilerplateSentence,
  stripWireTag,
  WIRE_TAG,
} from "../../src/corpus/clean/boilerplate.js";

/** isShouted as first written (iterating strings, testing properties): the reference. */
function isShoutedByRegex(sentence: string): boolean {
  let letters = 0;
  let upper = 0;
  for (const c of sentence) {
    if (/^\p{L}$/u.test(c)) {
      letters++;
      if (/^\p{Lu}$/u.test(c)) upper++;
    }
  }
  if (letters < 12) return false;
  return upper / letters > 0.7 && sentence.split(/\s+/).length >= 3;
}

/** The two regular expressions as written before the filters: the reference. */
const APPEAL =
  /(?<![\p{L}\p{N}])(?:abonnez-vous|en vous abonnant|abonnement|abonnez|inscrivez-vous|s['’]inscrire|subscribe|subscription|newsletter|soutenez-nous|soutenir notre|support us|support our|faire un don|donate|donation|vos contributions|your contributions?|vous nous aiderez|help us|nous aider à|journalisme de qualité|quality journalism|independent journalism|journalisme indépendant)(?![\p{L}\p{N}])/iu;
const SOCIAL_EMBED =
  /pic\.twitter\.com|(?:twitter|x|instagram|facebook|tiktok|youtube)\.com\/|\bt\.co\/|\(@\w{1,15}\)|intégrer un tweet|embed(?:ded)? tweet|view this post on|voir cette publication/iu;

const PHRASES = [
  "abonnez-vous",
  "en vous abonnant",
  "abonnement",
  "abonnez",
  "inscrivez-vous",
  "s'inscrire",
  "s’inscrire",
  "subscribe",
  "subscription",
  "newsletter",
  "soutenez-nous",
  "soutenir notre",
  "support us",
  "support our",
  "faire un don",
  "donate",
  "donation",
  "vos contributions",
  "your contribution",
  "your contributions",
  "vous nous aiderez",
  "help us",
  "nous aider à",
  "journalisme de qualité",
  "quality journalism",
  "independent journalism",
  "journalisme indépendant",
  "pic.twitter.com/x",
  "x.com/",
  "instagram.com/",
  "t.co/",
  "(@handle)",
  "intégrer un tweet",
  "embed tweet",
  "embedded tweet",
  "view this post on",
  "voir cette publication",
];

/** A phrase with random case changes and the exotic case-fold partners ſ (s) and K (k). */
const variant = fc
  .tuple(fc.constantFrom(...PHRASES), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 40 }))
  .map(([phrase, changes]) =>
    Array.from(phrase, (ch, i) => {
      const change = changes[i] ?? 0;
      if (change === 1) return ch.toUpperCase();
      if (change === 2 && ch === "s") return "ſ";
      if (change === 2 && ch === "k") return "\u212a";
      if (change === 3 && ch === "é") return "É";
      return ch;
    }).join(""),
  );
const text = fc
  .array(
    fc.oneof(variant, fc.constantFrom(" ", "x", "é", "1", ".", "-"), fc.string({ maxLength: 3 })),
    {
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(""));

describe("boilerplate regex filters", () => {
  it("keep exact verdicts on tricky spellings", () => {
    expect(isAppeal("Abonnez-vous à notre newsletter")).toBe(true);
    expect(isAppeal("ſubſcribe now")).toBe(true);
    expect(isAppeal("JOURNALIſME INDÉPENDANT")).toBe(true);
    expect(isAppeal("nous aider àx")).toBe(false);
    expect(isAppeal("pour nous aider à tenir")).toBe(true);
    expect(isAppeal("unsubscribed")).toBe(false);
    expect(isAppeal("Il a écrit donc à Londres")).toBe(false);
    expect(isAppeal("")).toBe(false);
    expect(hasSocialEmbedLink("PIC.TWITTER.COM/abc")).toBe(true);
    expect(hasSocialEmbedLink("View thiſ poſt on Instagram")).toBe(true);
    expect(hasSocialEmbedLink("merci (@\u212aelvin)")).toBe(true);
    expect(hasSocialEmbedLink("Le tweet de Macron")).toBe(false);
    expect(hasSocialEmbedLink("")).toBe(false);
  });

  it("agree with the unfiltered regular expressions on random variants", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(isAppeal(t)).toBe(APPEAL.test(t));
        expect(hasSocialEmbedLink(t)).toBe(SOCIAL_EMBED.test(t));
      }),
      { numRuns: 5000 },
    );
  });

  it("finds shouted sentences exactly, and like the first version on random text", () => {
    expect(isBoilerplateSentence("INSCRIVEZ-VOUS MAINTENANT GALERIE DE PHOTOS")).toBe(true);
    expect(isBoilerplateSentence("ÉTAT D'URGENCE DÉCRÉTÉ À PARIS CE SOIR")).toBe(true);
    expect(isBoilerplateSentence("L'OTAN ET L'UE RÉAGISSENT à la crise ukrainienne")).toBe(false);
    expect(isBoilerplateSentence("𝐀𝐁𝐂𝐃𝐄𝐅 𝐆𝐇𝐈𝐉𝐊𝐋 𝐌𝐍")).toBe(true);
    expect(isBoilerplateSentence("ABCDEFGHIJKLMNOPQRSTUVWXYZ")).toBe(false);
    const shoutPart = fc.constantFrom("ABC ", "ÉTÉ ", "Œ", "𝐀", "ß", "é", "a", " ", "\ud835", "1 ");
    fc.assert(
      fc.property(fc.array(shoutPart, { maxLength: 30 }), (parts) => {
        const sentence = parts.join("");
        expect(isBoilerplateSentence(sentence)).toBe(
          APPEAL.test(sentence) || isShoutedByRegex(sentence),
        );
      }),
      { numRuns: 5000 },
    );
  });

  it("strips wire tags exactly as the replacement does", () => {
    expect(stripWireTag("Il a parlé. (AFP)")).toBe("Il a parlé.");
    expect(stripWireTag("Il a parlé. (Reuters) \u00a0\n")).toBe("Il a parlé.");
    expect(stripWireTag("Il a parlé (AFP)")).toBe("Il a parlé (AFP)");
    expect(stripWireTag("Il a parlé. (AFP) x")).toBe("Il a parlé. (AFP) x");
    expect(stripWireTag("")).toBe("");
    expect(stripWireTag(")")).toBe(")");
    const part = fc.constantFrom(
      ".",
      "»",
      "(",
      ")",
      "AFP",
      "ATS/DPA",
      "Reuters",
      " ",
      "\n",
      "\u00a0",
      "x",
      "É",
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(stripWireTag(text)).toBe(text.replace(WIRE_TAG, ""));
      }),
      { numRuns: 5000 },
    );
  });
});
