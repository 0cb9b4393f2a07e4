import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadEngine } from "../../src/app.js";
import { backgroundSpans, mainClauses } from "../../src/topics/backgroundClauses.js";
import { CONFIG_DIR } from "../helpers/engine.js";

describe("mainClauses", () => {
  it("drops a clause opened by 'depuis que' up to the end of the sentence", () => {
    expect(
      mainClauses(
        "Les arrestations se sont multipliées depuis que Washington a dénoncé l'accord sur le nucléaire iranien.",
        "fr",
      ),
    ).toBe("Les arrestations se sont multipliées  ");
  });

  it("drops an opening 'Alors que …' clause up to its comma and keeps the main clause", () => {
    expect(
      mainClauses(
        "Alors que l'accord sur le nucléaire iranien était l'un des enjeux de la visite, l'ambassadeur a refusé de serrer la main de la journaliste.",
        "fr",
      ),
    ).toBe(" , l'ambassadeur a refusé de serrer la main de la journaliste.");
  });

  it("drops a dated prepositional phrase ('après le retrait … en 2018'), keeps an undated one that names the event", () => {
    expect(
      mainClauses(
        "La Cour a été saisie après le retrait des États-Unis de l'accord en 2018, a rappelé l'avocat.",
        "fr",
      ),
    ).toBe("La Cour a été saisie  , a rappelé l'avocat.");
    const event =
      "Cela s'est produit après les entretiens avec Sergueï Lavrov à Genève, en Suisse.";
    expect(mainClauses(event, "fr")).toBe(event);
  });

  it("drops a dated place phrase ('près d'un site … inspecté en 2015 par … (AIEA)') with its acronym, keeps an undated one", () => {
    expect(
      mainClauses(
        "Un réservoir de gaz a explosé à Parchin, près d'un site militaire inspecté en 2015 par l'Agence internationale de l'énergie atomique (AIEA), selon le ministère.",
        "fr",
      ),
    ).toBe("Un réservoir de gaz a explosé à Parchin,  , selon le ministère.");
    const event = "Un incendie s'est déclaré près du site nucléaire de Natanz, selon l'agence.";
    expect(mainClauses(event, "fr")).toBe(event);
  });

  it("reads a phrase that ends on an elided article ('à la suite d'une …', 'depuis l'annonce …')", () => {
    expect(
      mainClauses(
        "Les sanctions ont été rétablies à la suite d'une décision prise en 2018, a-t-il dit.",
        "fr",
      ),
    ).toBe("Les sanctions ont été rétablies  , a-t-il dit.");
    expect(backgroundSpans("Rien n'a changé depuis l'annonce du retrait en 2018.", "fr")).toEqual([
      [16, 52],
    ]);
  });

  it("keeps a sentence whose topic is in its main clause, cutting only the trailing background", () => {
    expect(
      mainClauses(
        "Le nucléaire iranien reste un sujet épineux, notamment depuis que Donald Trump a décidé de sortir de l'accord.",
        "fr",
      ),
    ).toBe("Le nucléaire iranien reste un sujet épineux, notamment  ");
  });

  it("reads English 'since the … 2018' and 'whereas', not 'while'", () => {
    expect(
      backgroundSpans(
        "Tensions rose sharply since the US withdrawal from the deal in 2018, officials said.",
        "en",
      ),
    ).toEqual([[22, 67]]);
    const simultaneous =
      "The US won't allow Tehran to drag out talks while advancing its nuclear program.";
    expect(mainClauses(simultaneous, "en")).toBe(simultaneous);
  });

  it("drops a dated phrase whose year stands before it in its clause", () => {
    expect(
      mainClauses(
        "La Cour n'était pas compétente dans la procédure, engagée par l'Iran en 2018 après le retrait des Etats-Unis de l'accord sur le nucléaire, qui a suivi.",
        "fr",
      ),
    ).toBe(
      "La Cour n'était pas compétente dans la procédure, engagée par l'Iran en 2018  , qui a suivi.",
    );
    const undated = "Un accord a été trouvé, après les entretiens de Vienne sur le nucléaire.";
    expect(mainClauses(undated, "fr")).toBe(undated);
  });

  it("drops a thing named as an example or as what describes someone", () => {
    expect(
      mainClauses(
        "Le déplacement sera dominé par des enjeux tels que l'accord sur le nucléaire iranien et le conflit commercial, deux sujets de désaccord.",
        "fr",
      ),
    ).toBe("Le déplacement sera dominé par des enjeux  , deux sujets de désaccord.");
    expect(
      mainClauses(
        "Les dirigeants des pays signataires de l'accord sur le nucléaire iranien - avec la Russie - ont insisté sur la sécurité du Golfe.",
        "fr",
      ),
    ).toBe("Les dirigeants des pays   - avec la Russie - ont insisté sur la sécurité du Golfe.");
    const subject = "L'accord sur le nucléaire iranien est menacé, ont dit ses signataires.";
    expect(mainClauses(subject, "fr")).toBe(subject);
  });

  it("leaves a sentence of an undetermined language alone", () => {
    expect(backgroundSpans("depuis que tout a changé en 2018", "und")).toEqual([]);
  });
});

describe("topics judge a sentence on its main clauses", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  async function briefingTopics(text: string): Promise<Map<string, readonly string[]>> {
    const dir = mkdtempSync(join(tmpdir(), "briefbot-background-"));
    dirs.push(dir);
    writeFileSync(join(dir, "article.txt"), text);
    const index = await loadEngine({ corpusDir: dir, configDir: CONFIG_DIR });
    const byTopic = new Map<string, string[]>();
    for (const entry of index.sentences) {
      for (const topic of entry.topics.keys()) {
        byTopic.set(topic, [...(byTopic.get(topic) ?? []), entry.sentence.display]);
      }
    }
    return byTopic;
  }

  it("does not file an article about arrests under the Iran nuclear talks for recalling the deal in its background clauses", async () => {
    const topics = await briefingTopics(
      [
        "Un chercheur iranien arrêté à Téhéran",
        "",
        "Un chercheur iranien a été arrêté mardi à Téhéran, a annoncé sa famille.",
        "",
        "Les arrestations de binationaux en Iran se sont multipliées depuis que Washington a dénoncé l'accord sur le nucléaire iranien en 2018.",
        "",
        "Sa famille réclame sa libération alors que Paris tente de sauver l'accord sur le nucléaire iranien.",
        "",
        "Son avocat n'a pas pu le rencontrer.",
      ].join("\n"),
    );
    expect(topics.get("iran-talks")).toBeUndefined();
  });

  it("files the same deal under the Iran talks when a main clause is about it", async () => {
    const topics = await briefingTopics(
      [
        "L'Iran s'affranchit de l'accord sur le nucléaire",
        "",
        "L'Iran a annoncé dimanche qu'il s'affranchissait d'un nouvel engagement de l'accord sur le nucléaire iranien.",
        "",
        "Téhéran va enrichir de l'uranium au-delà du seuil fixé par l'accord, a déclaré son porte-parole.",
      ].join("\n"),
    );
    expect(topics.get("iran-talks")).toEqual([
      "L'Iran a annoncé dimanche qu'il s'affranchissait d'un nouvel engagement de l'accord sur le nucléaire iranien.",
      "Téhéran va enrichir de l'uranium au-delà du seuil fixé par l'accord, a déclaré son porte-parole.",
    ]);
  });
});
