import { describe, expect, it } from "vitest";
import { splitBlocks } from "../../src/corpus/clean/blocks.js";
import {
  classifyBlock,
  classifyBlocks,
  isBoilerplateSentence,
} from "../../src/corpus/clean/boilerplate.js";
import { parseDate } from "../../src/corpus/clean/dateline.js";
import { dropRepeatedBlocks } from "../../src/corpus/clean/dedup.js";
import { findNearDuplicates } from "../../src/corpus/clean/nearDuplicates.js";
import { segmentDocument } from "../../src/corpus/clean/segments.js";

describe("splitBlocks", () => {
  it("splits on blank lines and on lines that end a sentence, but joins hard-wrapped lines", () => {
    const text =
      "Titre du jour\n\nLe ministre a parlé\nlonguement hier soir.\nUn autre paragraphe.\r\n\r\n\n Fin. ";
    expect(splitBlocks(text)).toEqual([
      "Titre du jour",
      "Le ministre a parlé longuement hier soir.",
      "Un autre paragraphe.",
      "Fin.",
    ]);
  });
});

describe("classifyBlock: general boilerplate rules", () => {
  it.each([
    ["Partager : Facebook | Twitter | E-mail", "share-widget"],
    ["Share this article", "share-widget"],
    ["À lire aussi", "related-links"],
    ["Most read", "related-links"],
    ["Read more »", "teaser-link"],
    ["(… lire la suite de l’article)", "teaser-link"],
    ["Photo : AFP", "photo-credit"],
    ["REUTERS/JANE DOE", "photo-credit"],
    ["Des manifestants à Paris, le 3 mars 2023. JEAN DUPONT / AFP", "photo-caption"],
    [
      "Le président lors d’un discours, le 1er mai. (Photo by Jane Roe/Getty Images)",
      "photo-caption",
    ],
    ["© Reuters 2023. Tous droits réservés.", "copyright"],
    ["With reporting by Reuters.", "copyright"],
    ["Great meeting today! 👍 pic.twitter.com/abcdef", "social-embed"],
    ["— Jane Minister (@janeminister) March 3, 2023", "social-embed"],
    ["Abonnez-vous à notre newsletter pour ne rien manquer.", "appeal"],
    ["Support our independent journalism: donate today.", "appeal"],
    ["Par Marie Martin, envoyée spéciale à Kiev", "byline"],
    ["By Jane Doe and John Roe, Reuters", "byline"],
  ])("%s → %s", (block, kind) => {
    expect(classifyBlock(block)).toBe(kind);
  });

  it.each([
    "Le ministre a déclaré que les négociations reprendraient lundi à Bruxelles.",
    "Les pourparlers se poursuivront jeudi (heure locale).",
    "Le sommet s’est achevé sur un accord. (ATS)",
    "Il a cité l’OTAN et l’UE comme partenaires.",
    "Par ailleurs, le ministre a rencontré son homologue Jean Dupont.",
  ])("keeps prose: %s", (block) => {
    expect(classifyBlock(block)).toBeNull();
  });

  it("drops the headline links under a related-stories heading, then stops at prose", () => {
    const kinds = classifyBlocks([
      "Le conseil s’est réuni pendant quatre heures sans parvenir à un accord sur le texte final.",
      "Sur le même sujet",
      "Un autre titre d’article",
      "Encore un titre",
    ]).map((b) => b.boilerplate);
    expect(kinds).toEqual([null, "related-links", "related-links", "related-links"]);
  });

  it("treats the short lines around a donation call as part of the same box", () => {
    const kinds = classifyBlocks([
      "Le texte de l’article se termine ici, avec une phrase complète.",
      "Chaque don compte",
      "Soutenez-nous maintenant",
      "merci",
      "Un nouveau paragraphe commence, sans rapport avec l’encadré.",
    ]).map((b) => b.boilerplate);
    expect(kinds).toEqual([null, "appeal", "appeal", "appeal", null]);
  });

  it("treats a one-sentence line above a credit line as a caption", () => {
    const kinds = classifyBlocks([
      "Le débat a duré trois heures et s’est terminé tard dans la nuit, selon les participants.",
      "Les deux délégations devant le palais des Nations.",
      "Source : Reuters",
    ]).map((b) => b.boilerplate);
    expect(kinds).toEqual([null, "photo-caption", "photo-credit"]);
  });

  it("flags subscription calls and shouted calls to action as boilerplate sentences", () => {
    expect(isBoilerplateSentence("En vous abonnant, vous soutenez notre rédaction.")).toBe(true);
    expect(isBoilerplateSentence("CLIQUEZ ICI POUR VOIR LA GALERIE")).toBe(true);
    expect(isBoilerplateSentence("L’OTAN et l’UE ont publié un communiqué commun.")).toBe(false);
  });
});

describe("segmentDocument", () => {
  it("splits a listing page at each headline followed by a publication marker", () => {
    const segments = segmentDocument([
      "Nom de la rubrique",
      "Premier titre",
      "Publié le 3 mars 2023",
      "Texte du premier article.",
      "Second titre",
      "Published on March 4, 2023",
      "Text of the second article.",
    ]);
    expect(segments).toEqual([
      { headline: "Premier titre", date: "2023-03-03", blocks: ["Texte du premier article."] },
      { headline: "Second titre", date: "2023-03-04", blocks: ["Text of the second article."] },
    ]);
  });

  it("keeps a document without markers whole", () => {
    expect(segmentDocument(["Un.", "Deux."])).toEqual([
      { headline: null, date: null, blocks: ["Un.", "Deux."] },
    ]);
  });
});

describe("parseDate", () => {
  it.each([
    ["2022-01-07", "2022-01-07"],
    ["2022-01", "2022-01"],
    ["07/01/2022", "2022-01-07"],
    ["le 1er février 2022 à 10h", "2022-02-01"],
    ["Thursday, Dec. 2, 2021", "2021-12-02"],
    ["no date here", null],
  ])("%s → %s", (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});

describe("deduplication", () => {
  it("drops a paragraph repeated with different spacing, case or quotes", () => {
    expect(
      dropRepeatedBlocks(["« Bonjour », dit-il.", "Autre chose.", "«Bonjour»,   DIT-IL."]),
    ).toEqual(["« Bonjour », dit-il.", "Autre chose."]);
  });

  it("finds near-duplicates by term containment and keeps the richer sentence", () => {
    const set = (s: string) => new Set(s.split(" "));
    const dropped = findNearDuplicates([
      set("russie masse soldats frontiere ukraine garanties securite"),
      set("sommet bruxelles ministres accord texte final adopte"),
      set("russie masse soldats frontiere ukraine garanties securite georgie elargissement"),
      set("russie soldats"),
    ]);
    expect([...dropped]).toEqual([0]);
  });
});
