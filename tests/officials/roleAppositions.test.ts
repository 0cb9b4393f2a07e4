import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/corpus/loadCorpus.js";
import { buildOfficialsIndex } from "../../src/index/buildOfficialsIndex.js";

/** Each person the text names, with the role its article gives them ("" for none). */
function rolesOf(text: string): Record<string, string> {
  const corpus = buildCorpus([{ file: "a.txt", format: "txt", text, record: 0 }]);
  const index = buildOfficialsIndex(corpus.articles, []);
  return Object.fromEntries(
    index.people
      .filter((p) => (index.mentions.get(p.id) ?? []).length > 0)
      .map((p) => [p.name, index.roles.get(p.id)?.[0]?.role ?? ""]),
  );
}

describe("roles in apposition: the whole phrase, and only the named person's", () => {
  it("takes the first post of 'le porte-parole du président, X' and a title without comma", () => {
    expect(rolesOf("Le porte-parole du président, Jean Dupont, a dit non.")).toEqual({
      "Jean Dupont": "porte-parole du président",
    });
    expect(rolesOf("La Chine du président Xi Jinping a accru sa surveillance.")).toEqual({
      "Xi Jinping": "président",
    });
    expect(
      rolesOf(
        "Les visiteurs ont découvert la vie du fondateur de la marque, Enzo Ferrari, à Modène.",
      ),
    ).toEqual({ "Enzo Ferrari": "fondateur de la marque" });
  });

  it("gives no role from a relation's complement ('le fils du président américain, X')", () => {
    expect(
      rolesOf("Mais le fils du président américain, Donald Trump Jr et son épouse ont divorcé."),
    ).toEqual({ "Donald Trump Jr": "" });
  });

  it("gives no role from a phrase of the other gender or after a preposition", () => {
    expect(
      rolesOf(
        "Isabelle Saporta a comparé les deux villes. Comme la maire de Paris, Alain Juppé peut être la cible de critiques.",
      ),
    ).toEqual({ "Isabelle Saporta": "", "Alain Juppé": "" });
    expect(
      rolesOf(
        "Dans une lettre publiée par un journaliste de l'AFP, Thierry Ardisson a répondu à Stéphane Guillon.",
      ),
    ).toEqual({ "Thierry Ardisson": "", "Stéphane Guillon": "" });
  });

  it("takes no role from 'le parti de X' nor another person's role after a name", () => {
    expect(
      rolesOf(
        "Laurent Wauquiez refuse une alliance avec le parti de Marine Le Pen. Marine Le Pen a répondu. " +
          "Le parti a voté. Une partie a refusé. Le chanteur Yodélice, alias Maxim Nucci, la productrice Anne Marcassus et Vincent Lindon sont venus.",
      ),
    ).toMatchObject({ "Marine Le Pen": "", "Maxim Nucci": "", "Anne Marcassus": "productrice" });
  });

  it("keeps a long title whole and leaves dates and verbs out of it", () => {
    expect(
      rolesOf(
        "C'est Marlène Schiappa, secrétaire d'État à l'Égalité entre les femmes et les hommes qui lui a répondu. " +
          "« Il n'y aura pas de porosité », a assuré Virginie Calmels, vice-présidente de LR dimanche 11 mars.",
      ),
    ).toEqual({
      "Marlène Schiappa": "secrétaire d'État à l'Égalité entre les femmes et les hommes",
      "Virginie Calmels": "vice-présidente de LR",
    });
  });

  it("takes no role from what befell someone (', mort le 25 mai à Minneapolis')", () => {
    expect(
      rolesOf(
        "George Floyd, mort le 25 mai à Minneapolis alors qu'un policier le maintenait au sol, a été enterré. L'actrice Julie Dupont a parlé. Le mort est un homme. La morte est une femme.",
      ),
    ).toEqual({ "George Floyd": "", "Julie Dupont": "actrice" });
  });

  it("takes no role from a surname that is a post ('Bruno Le Maire, Nicolas Sarkozy') nor from a new clause's subject", () => {
    expect(
      rolesOf(
        "Contrairement à ses rivaux François Fillon ou encore Bruno Le Maire, Nicolas Sarkozy a des dettes. " +
          "Le Premier ministre britannique, David Cameron, a parlé.",
      ),
    ).toMatchObject({ "Nicolas Sarkozy": "", "David Cameron": "Premier ministre britannique" });
    expect(
      rolesOf(
        "La séquence était centrée ce matin sur l'acteur Laurent Gerra, l'ancien maire de Lyon a été interrogé sur sa carrière.",
      ),
    ).toMatchObject({ "Laurent Gerra": "acteur" });
  });

  it("gives a man no feminine title ('présidente de la commission des Lois')", () => {
    expect(
      rolesOf(
        "Richard Ferrand a été élu. La présidente de la commission des Lois Richard Ferrand a parlé, dit-on.",
      ),
    ).toEqual({ "Richard Ferrand": "" });
  });
});
