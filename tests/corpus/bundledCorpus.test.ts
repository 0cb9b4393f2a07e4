import { describe, expect, it } from "vitest";
import { allSentences, bundled, sentencesOf } from "../helpers/engine.js";

const LISTING = "000_3ab86442644f17d1";

describe("bundled corpus, cleaned", () => {
  it("finds five articles in the listing page and one in each other file", async () => {
    const { corpus } = await bundled();
    const perFile = new Map<string, number>();
    for (const a of corpus.articles) perFile.set(a.file, (perFile.get(a.file) ?? 0) + 1);
    expect(Object.fromEntries(perFile)).toEqual({
      "000_3ab86442644f17d1.txt": 5,
      "001_af7f786ff45170bb.txt": 1,
      "002_9c2d094854075071.txt": 1,
      "003_763ac30657c09442.txt": 1,
      "004_6d22544932a82c8b.txt": 1,
    });
    expect(corpus.warnings).toEqual([]);
  });

  it("gives each article of the listing its own headline as title", async () => {
    const { corpus } = await bundled();
    const titles = corpus.articles.filter((a) => a.id.startsWith(LISTING)).map((a) => a.title);
    expect(titles).toEqual([
      "Ukraine : les membres de l’OTAN affichent leur unité avant les pourparlers américano-russes",
      "Germany’s new Foreign Minister Annalena Baerbock meets US counterpart Antony Blinken",
      "Blinken says nuclear talks halted because Iran ‘doesn’t seem serious’",
      "Tsahal : l’Iran se rapproche de l’arme nucléaire, mais nous allons les contrer",
      "A l’OTAN, l’administration Biden rassure ses alliés européens",
    ]);
  });

  it("uses a headline line as title and derives one from the lead otherwise", async () => {
    const { corpus } = await bundled();
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    expect(byId.get("004_6d22544932a82c8b")?.title).toBe(
      "Les États-Unis et l’OTAN adoptent une position ferme avant les pourparlers russes sur l’Ukraine",
    );
    expect(byId.get("002_9c2d094854075071")?.title).toBe(
      "À l’issue d’une réunion avec la Russie visant à éviter un nouveau conflit en Ukraine, le secrétaire…",
    );
  });

  it("takes dates from the manifest and detects English articles inside the French page", async () => {
    const { corpus } = await bundled();
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    expect(byId.get("002_9c2d094854075071")?.date).toBe("2022-01-12");
    expect(byId.get(`${LISTING}#2`)?.language).toBe("en");
    expect(byId.get(`${LISTING}#3`)?.language).toBe("en");
    expect(byId.get(`${LISTING}#1`)?.language).toBe("fr");
  });

  it.each([
    ["publication markers", /^Publié le$/],
    ["teaser links", /Lire la suite|lire l’intégralité|la suite sur le Monde/],
    ["sharing widgets", /Share Post/],
    ["related-stories blocks", /Stay Connected|More Updates|You might also enjoy/],
    [
      "subscription and donation calls",
      /abonnant|INSCRIVEZ|Soutenez-nous|contributions|journalisme de qualité/,
    ],
    [
      "donation-box fragments",
      /^Pas de nouvelles, mauvaises nouvelles$|^les treillis$|prise en charge des magazines/,
    ],
    ["embedded tweets and social links", /pic\.twitter\.com|@trussliz|Intégrer un tweet|🇫🇷/],
    [
      "photo credits",
      /ANDRIY DUBCHAK|YVES HERMAN|Nackstrand|EPA\/SERGEY|^Source : AP$|Crédit : Armée/,
    ],
    [
      "photo captions",
      /Des troupes d’infanterie navale|Un convoi de véhicules blindés|présente les grades|lors d’une photo de groupe/,
    ],
    ["wire-agency copyright lines", /Agence France Presse|\(ATS\)|©/],
  ])("removes %s", async (_kind, pattern) => {
    const { corpus } = await bundled();
    const hits = [...allSentences(corpus), ...corpus.articles.map((a) => a.title)].filter((s) =>
      pattern.test(s),
    );
    expect(hits).toEqual([]);
  });

  it("drops the repeated half of the NATO–Russia Council file", async () => {
    const { corpus } = await bundled();
    const article = corpus.articles.find((a) => a.id === "002_9c2d094854075071");
    const sentences = article ? sentencesOf(article) : [];
    // 41 lines: a standfirst, then 20 paragraphs that the file repeats word for word.
    expect(article?.passages).toHaveLength(21);
    expect(sentences).toHaveLength(28);
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(
      sentences.filter((s) =>
        s.startsWith("Les États-Unis et leurs alliés européens ont constaté"),
      ),
    ).toHaveLength(1);
  });

  it("keeps the wire story's last sentence but strips its agency tag", async () => {
    const { corpus } = await bundled();
    expect(allSentences(corpus)).toContain(
      "«Nous ne sommes pas une alliance militaire, mais nous avons les moyens de faire avancer nos intérêts de sécurité et ceux de nos partenaires», a-t-il déclaré.",
    );
  });

  it("keeps the longer of two near-duplicate sentences (standfirst repeated by the lead)", async () => {
    const { corpus } = await bundled();
    const sentences = allSentences(corpus);
    expect(
      sentences.some((s) => s.startsWith("La Russie a massé au cours des derniers mois")),
    ).toBe(false);
    expect(
      sentences.some((s) => s.startsWith("La Russie, qui a massé ces derniers mois des dizaines")),
    ).toBe(true);
  });

  it("never shows the same sentence twice across the corpus", async () => {
    const { corpus } = await bundled();
    const sentences = allSentences(corpus);
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it("keeps original typography for display and normalises it for analysis", async () => {
    const { corpus } = await bundled();
    const sentence = corpus.articles
      .flatMap((a) => a.passages.flatMap((p) => p.sentences))
      .find((s) => s.display.startsWith("«Tout élargissement de l’OTAN inquiète la Russie»"));
    expect(sentence?.text.startsWith("«Tout élargissement de l'OTAN inquiète la Russie»")).toBe(
      true,
    );
  });

  it("splits a broken-extraction seam so the fragment is not shown as a sentence start", async () => {
    const { corpus } = await bundled();
    const sentences = allSentences(corpus);
    expect(sentences).toContain(
      "les pourparlers se concentreraient sur « l’agression de Moscou envers l’Ukraine ».",
    );
  });
});
