import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/nlp/index.js";
import { corpusText, lineContaining } from "./corpusText.js";

function sentences(text: string, language: "fr" | "en" | "und" = "und"): string[] {
  return splitSentences(text, language).map((span) => span.text);
}

describe("splitSentences: quotations", () => {
  it("keeps a « » quotation of two sentences together with its attribution", () => {
    expect(
      sentences(
        "«La discussion n'a pas été aisée. Les échanges ont été directs.», a expliqué Jens Stoltenberg à l'issue d'une réunion. Il est reparti.",
      ),
    ).toEqual([
      "«La discussion n'a pas été aisée. Les échanges ont été directs.», a expliqué Jens Stoltenberg à l'issue d'une réunion.",
      "Il est reparti.",
    ]);
  });

  it("keeps a “ ” quotation of two sentences together with its attribution", () => {
    expect(sentences("“We are ready. Talks go on,” Blinken said. He left.")).toEqual([
      "“We are ready. Talks go on,” Blinken said.",
      "He left.",
    ]);
  });

  it('keeps a straight "" quotation together and ends a sentence after it', () => {
    expect(sentences('He said: "It is over. We go home." Then he left.')).toEqual([
      'He said: "It is over. We go home."',
      "Then he left.",
    ]);
  });

  it("ends the sentence at a closing » that follows a period and precedes a capital", () => {
    expect(
      sentences(
        "un bon point de départ serait le retrait de ces forces aux frontières de l'Ukraine. » Il a également déclaré qu'il viendrait.",
      ),
    ).toEqual([
      "un bon point de départ serait le retrait de ces forces aux frontières de l'Ukraine. »",
      "Il a également déclaré qu'il viendrait.",
    ]);
  });

  it("does not let a lone « that never closes swallow the following sentences", () => {
    expect(
      sentences("La Russie peut « prétendre que rien. Blinken a parlé. Il est parti."),
    ).toEqual(["La Russie peut « prétendre que rien.", "Blinken a parlé.", "Il est parti."]);
  });

  it("does not pair quotation marks across a line break", () => {
    expect(sentences("« Il est temps. Nous partons.\nIls restent. » Fin.")).toEqual([
      "« Il est temps.",
      "Nous partons.",
      "Ils restent. »",
      "Fin.",
    ]);
  });

  it("does not pair quotation marks more than 600 characters apart", () => {
    const filler = "Ceci est une phrase de remplissage assez longue. ".repeat(14);
    const spans = sentences(`« Début. ${filler}Fin. » Après.`);
    expect(spans[0]).toBe("« Début.");
    expect(spans.at(-1)).toBe("Après.");
    expect(spans).toHaveLength(17);
  });
});

describe("splitSentences: abbreviations and initials", () => {
  it("does not split after French titles", () => {
    expect(
      sentences(
        "M. Lavrov, MM. Dupont et Durand, Mme Truss, Mlle Roux, Dr. Haliva et Pr. Blanc sont là. Ils parlent.",
        "fr",
      ),
    ).toEqual([
      "M. Lavrov, MM. Dupont et Durand, Mme Truss, Mlle Roux, Dr. Haliva et Pr. Blanc sont là.",
      "Ils parlent.",
    ]);
  });

  it("does not split after English titles", () => {
    expect(
      sentences(
        "Mr. Smith met Mrs. Jones, Ms. Lee, St. John, Gen. Milley, Sen. Cruz, Rep. Pelosi and Martin Luther King Jr. Today. Next.",
        "en",
      ),
    ).toEqual([
      "Mr. Smith met Mrs. Jones, Ms. Lee, St. John, Gen. Milley, Sen. Cruz, Rep. Pelosi and Martin Luther King Jr. Today.",
      "Next.",
    ]);
  });

  it("does not split after etc., vs., No., p., av. and apr. J.-C.", () => {
    expect(
      sentences(
        "Des chars, des avions, etc. Voir Biden vs. Trump, No. 10, p. 12, en 50 av. J.-C. et 70 apr. J.-C. Puis la suite.",
      ),
    ).toEqual([
      "Des chars, des avions, etc. Voir Biden vs. Trump, No. 10, p. 12, en 50 av. J.-C. et 70 apr. J.-C. Puis la suite.",
    ]);
  });

  it("does not split after U.S., U.K., U.N., e.g. and i.e.", () => {
    expect(
      sentences(
        "The U.S. and the U.K. Government asked the U.N. Council, e.g. Britain, i.e. London. Next one.",
        "en",
      ),
    ).toEqual([
      "The U.S. and the U.K. Government asked the U.N. Council, e.g. Britain, i.e. London.",
      "Next one.",
    ]);
  });

  it("does not split after single-letter initials", () => {
    expect(sentences("John F. Kennedy and J. Biden met. It rained.")).toEqual([
      "John F. Kennedy and J. Biden met.",
      "It rained.",
    ]);
  });

  it("does not split after a month abbreviation followed by a day", () => {
    expect(sentences("Stockholm, Sweden, Thursday, Dec. 2, 2021. Next.")).toEqual([
      "Stockholm, Sweden, Thursday, Dec. 2, 2021.",
      "Next.",
    ]);
  });

  it("still splits after No. when a word follows", () => {
    expect(sentences("He said No. Then he left.", "en")).toEqual(["He said No.", "Then he left."]);
  });
});

describe("splitSentences: numbers, URLs and glued sentences", () => {
  it("does not split inside decimals, grouped figures or domains", () => {
    expect(
      sentences(
        "Il a 3.5 ans, 1,5 kg, 100 000 euros, 100'000 et 100\u00a0000 soldats, 14 000 personnes. Voir pic.twitter.com/WEDdFFONbz et www.lemonde.fr. Fin.",
      ),
    ).toEqual([
      "Il a 3.5 ans, 1,5 kg, 100 000 euros, 100'000 et 100\u00a0000 soldats, 14 000 personnes.",
      "Voir pic.twitter.com/WEDdFFONbz et www.lemonde.fr.",
      "Fin.",
    ]);
  });

  it("splits sentences glued after a lowercase word or a digit", () => {
    expect(sentences("La loi date de 2019.Cette mesure a échoué.Les députés votent.")).toEqual([
      "La loi date de 2019.",
      "Cette mesure a échoué.",
      "Les députés votent.",
    ]);
  });

  it("does not split glued periods in U.S.A, initials or URLs", () => {
    expect(
      sentences("Aux U.S.A.Tout va bien, dit J.R.R.Tolkien sur https://exemple.fr/Page.Suite ici."),
    ).toEqual(["Aux U.S.A.Tout va bien, dit J.R.R.Tolkien sur https://exemple.fr/Page.Suite ici."]);
  });
});

describe("splitSentences: ellipses and stray punctuation", () => {
  it("splits after an ellipsis only before whitespace and a capital or a quote", () => {
    expect(sentences("Il hésite... Puis il part… « Non ! » Et encore... et encore…Fin.")).toEqual([
      "Il hésite...",
      "Puis il part…",
      "« Non ! »",
      "Et encore... et encore…Fin.",
    ]);
  });

  it("does not split at an ellipsis followed by lowercase inside parentheses", () => {
    expect(sentences("Il faut tourner la page Trump.\n\n( … la suite sur le Monde)")).toEqual([
      "Il faut tourner la page Trump.",
      "( … la suite sur le Monde)",
    ]);
  });

  it("attaches a stray period to the sentence before it", () => {
    expect(
      sentences("de futures négociations. . « Je lui ai dit. » Et cela. . fais le »."),
    ).toEqual(["de futures négociations. .", "« Je lui ai dit. »", "Et cela. . fais le »."]);
  });

  it("attaches punctuation-only paragraphs to a neighbouring sentence", () => {
    expect(sentences(". Début.\n\n.\n\nFin.")).toEqual([". Début.\n\n.", "Fin."]);
    expect(sentences(" . « » ")).toEqual([". « »"]);
  });

  it("ends a sentence at ? and ! followed by a capital, not before lowercase", () => {
    expect(sentences("Pourquoi ? Parce que ! « Quoi ? », demanda-t-il. Fin!")).toEqual([
      "Pourquoi ?",
      "Parce que !",
      "« Quoi ? », demanda-t-il.",
      "Fin!",
    ]);
  });
});

describe("splitSentences: lines, headings and lists", () => {
  it("makes each list item its own sentence", () => {
    expect(
      sentences(
        "Les demandes :\n- pas d'élargissement\n– retrait des troupes\n• garanties\n* dialogue\n1. premier point\n2) second point",
      ),
    ).toEqual([
      "Les demandes :",
      "- pas d'élargissement",
      "– retrait des troupes",
      "• garanties",
      "* dialogue",
      "1. premier point",
      "2) second point",
    ]);
  });

  it("ends a heading line without final punctuation before a capital, digit or quote", () => {
    expect(
      sentences(
        "Propositions de Moscou\nLe Kremlin a parlé.\nPrès de 100'000 soldats\n2022 sera tendue\nEntre alliés\n« Non », dit-il.",
      ),
    ).toEqual([
      "Propositions de Moscou",
      "Le Kremlin a parlé.",
      "Près de 100'000 soldats",
      "2022 sera tendue",
      "Entre alliés",
      "« Non », dit-il.",
    ]);
  });

  it("joins a line wrapped before a lowercase word", () => {
    expect(
      sentences(
        "Les deux parties ont cherché\nà faire baisser la température, dit-il\npuis il partit. Fin.",
      ),
    ).toEqual([
      "Les deux parties ont cherché\nà faire baisser la température, dit-il\npuis il partit.",
      "Fin.",
    ]);
  });

  it("ends a sentence at a blank line even without punctuation or after M.", () => {
    expect(sentences("Publié le\n\nmardi matin\r\n\r\nM.\n\nLavrov")).toEqual([
      "Publié le",
      "mardi matin",
      "M.",
      "Lavrov",
    ]);
  });

  it("continues after a line ending with a comma", () => {
    expect(sentences("Il a déclaré,\nLavrov présent, que tout allait bien.")).toEqual([
      "Il a déclaré,\nLavrov présent, que tout allait bien.",
    ]);
  });
});

describe("splitSentences: spans", () => {
  it("returns offsets such that text is the slice of the input without surrounding whitespace", () => {
    const input = "  Un. \n Deux ?  ";
    expect(splitSentences(input)).toEqual([
      { text: "Un.", start: 2, end: 5 },
      { text: "Deux ?", start: 8, end: 14 },
    ]);
  });

  it("returns no span for empty or whitespace-only input", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\t\u00a0 ")).toEqual([]);
  });
});

describe("splitSentences: bundled corpus", () => {
  it("keeps the multi-sentence «» quote of corpus 002 with its attribution", () => {
    const line = lineContaining(corpusText("002"), "«La discussion n’a pas été aisée.");
    expect(sentences(line, "fr")).toEqual([line]);
  });

  it("keeps the three-sentence quote of corpus 002 in one sentence", () => {
    const line = lineContaining(
      corpusText("002"),
      "«Le risque d’un nouveau conflit armé est réel.",
    );
    expect(sentences(line, "fr")).toEqual([
      "«Le risque d’un nouveau conflit armé est réel. La sortie de crise incombe à la Russie. Elle doit s’engager dans la désescalade», a aussi fait valoir le chef de l’OTAN.",
    ]);
  });

  it("splits the corpus 001 line whose quote lost its opening mark, not after M.", () => {
    const line = lineContaining(corpusText("001"), "M. Lavrov me l’a répété aujourd’hui »");
    expect(sentences(line, "fr")).toEqual([
      "Nous avons entendu des responsables russes dire qu’ils n’avaient pas l’intention d’envahir l’Ukraine.",
      "En effet, M. Lavrov me l’a répété aujourd’hui », a déclaré Blinken aux journalistes après la réunion.",
    ]);
  });

  it("does not split at Dec. 2 in corpus 000 but before the photo credit", () => {
    const line = lineContaining(corpusText("000"), "Thursday, Dec. 2, 2021");
    expect(sentences(line, "en")).toEqual([
      "US Secretary of State Antony Blinken attends a press conference during an Organization for Security and Co-operation in Europe (OSCE) meeting, in Stockholm, Sweden, Thursday, Dec. 2, 2021.",
      "(Jonathan Nackstrand/Pool Photo via AP)",
    ]);
  });

  it("ends the English quotation with « » in corpus 000 before the next sentence", () => {
    const line = lineContaining(corpusText("000"), "Baerbock said Europe");
    expect(sentences(line, "en").map((s) => s.replace(/\u00a0/g, " "))).toEqual([
      "Baerbock said Europe and the United States had a joint message, that « Russian action comes with a clear price tag, and the only way out of the crisis is through dialogue. »",
      "Moscow has been warned repeatedly in previous weeks against any military intervention, by Washington, NATO and various European partners.",
    ]);
  });

  it("makes the 100’000 heading of corpus 002 its own sentence", () => {
    const text = corpusText("002");
    const start = text.indexOf("Près de 100’000 soldats");
    const excerpt = text.slice(start, text.indexOf("intention dont se défend Moscou.", start) + 32);
    expect(sentences(excerpt, "fr")).toEqual([
      "Près de 100’000 soldats",
      "Les Occidentaux accusent la Russie d’avoir amassé ces dernières semaines quelque 100’000 soldats à la frontière avec l’Ukraine pour préparer une attaque contre ce pays, une intention dont se défend Moscou.",
    ]);
  });

  it("keeps the stray '. .' of corpus 003 out of its own sentence", () => {
    const line = lineContaining(corpusText("003"), "futures négociations. .");
    const spans = sentences(line, "fr");
    expect(spans).toHaveLength(2);
    expect(spans[0]?.endsWith("de futures négociations. .")).toBe(true);
    expect(spans[1]?.startsWith("« Je lui ai dit")).toBe(true);
  });

  it("splits the tweet block of corpus 001 at the URL line and the dash attribution", () => {
    const text = corpusText("001");
    const start = text.indexOf("Ensemble, nous défendrons");
    const excerpt = text.slice(
      start,
      text.indexOf("Le ministre britannique des Affaires étrangères et", start),
    );
    expect(sentences(excerpt, "fr")).toEqual([
      "Ensemble, nous défendrons et promouvrons la liberté dans la région et à travers 🌎 pic.twitter.com/WEDdFFONbz",
      "– Liz Truss (@trussliz) 20 janvier 2022",
    ]);
  });

  it("splits every corpus file without producing a punctuation-only sentence", () => {
    for (const prefix of ["000", "001", "002", "003", "004"]) {
      const spans = sentences(corpusText(prefix));
      expect(spans.length).toBeGreaterThan(10);
      expect(spans.filter((s) => /^[\p{P}\s]+$/u.test(s))).toEqual([]);
    }
  });
});
