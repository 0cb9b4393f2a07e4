import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/nlp/index.js";

/** Excerpts shaped like OrangeSum articles (bench/data): scraped text, paragraphs glued. */
function sentences(text: string): string[] {
  return splitSentences(text, "fr").map((span) => span.text);
}

describe("splitSentences on OrangeSum text: glued sentences", () => {
  it("splits after a lowercase word, a digit, an acronym or a closing quote", () => {
    expect(
      sentences(
        'Le bilan est lourd.Tokyo a réagi en 2019.Cette mesure est confirmée à RTL.Mischa Aznavour parle de "titres".Son fils approuve.',
      ),
    ).toEqual([
      "Le bilan est lourd.",
      "Tokyo a réagi en 2019.",
      "Cette mesure est confirmée à RTL.",
      'Mischa Aznavour parle de "titres".',
      "Son fils approuve.",
    ]);
  });

  it("splits before an elided article, the preposition A, a title M. and a number", () => {
    expect(
      sentences(
        "Il est parti.L'équipe reste.A la fin, rien.Le G7 discute depuis 48 heures.M.Zarif est arrivé.Les salariés.11,3 millions attendent.",
      ),
    ).toEqual([
      "Il est parti.",
      "L'équipe reste.",
      "A la fin, rien.",
      "Le G7 discute depuis 48 heures.",
      "M.Zarif est arrivé.",
      "Les salariés.",
      "11,3 millions attendent.",
    ]);
  });

  it("splits before a glued capitalised heading, a bullet and a '> ' heading", () => {
    expect(
      sentences(
        "Il l'a installé dans son bureau.HOLLANDE, LE GRAND OUBLIÉ ?Jacques Chirac est loin d'être le seul.Il a critiqué Nicolas Sarkozy.• CHÔMAGE : la baisse continue. Les Français jugent. > La fiscalité",
      ),
    ).toEqual([
      "Il l'a installé dans son bureau.",
      "HOLLANDE, LE GRAND OUBLIÉ ?",
      "Jacques Chirac est loin d'être le seul.",
      "Il a critiqué Nicolas Sarkozy.",
      "• CHÔMAGE : la baisse continue.",
      "Les Français jugent.",
      "> La fiscalité",
    ]);
  });

  it("splits a heading glued to the next sentence without punctuation, not camel-case names", () => {
    expect(
      sentences(
        "Les registres transportés aux Invalides dimancheLes registres seront exposés. La visite de Biarritz à BiarritzLe président arrive. Trois morts en quinze joursL'institut avait averti. YouTube, WarnerMedia et l'iPhone restent entiers.",
      ),
    ).toEqual([
      "Les registres transportés aux Invalides dimanche",
      "Les registres seront exposés.",
      "La visite de Biarritz à Biarritz",
      "Le président arrive.",
      "Trois morts en quinze jours",
      "L'institut avait averti.",
      "YouTube, WarnerMedia et l'iPhone restent entiers.",
    ]);
  });

  it("keeps U.S.A., initials and URLs whole as before", () => {
    expect(
      sentences("Aux U.S.A.Tout va bien, dit J.R.R.Tolkien sur https://exemple.fr/Page.Suite ici."),
    ).toEqual(["Aux U.S.A.Tout va bien, dit J.R.R.Tolkien sur https://exemple.fr/Page.Suite ici."]);
  });
});

describe("splitSentences on OrangeSum text: straight quotes", () => {
  it('reads a quote glued after a period as opening ("finale."En tous les cas")', () => {
    expect(
      sentences(
        'Ils peuvent gagner dimanche en finale."En tous les cas, ils sont en finale. C\'est déjà exceptionnel", a estimé Zidane.',
      ),
    ).toEqual([
      "Ils peuvent gagner dimanche en finale.",
      '"En tous les cas, ils sont en finale. C\'est déjà exceptionnel", a estimé Zidane.',
    ]);
  });

  it("reads a glued quote as closing while a quotation is open", () => {
    expect(sentences('Il a dit "c\'est fini."Le lendemain, il est revenu.')).toEqual([
      'Il a dit "c\'est fini."',
      "Le lendemain, il est revenu.",
    ]);
  });

  it('closes a quote preceded by a space before a comma ("du quotidien ", a déclaré")', () => {
    expect(
      sentences(
        "\"Je suis content. J'aime le contact, de traiter les problèmes du quotidien \", a déclaré le président.À Quartier d'Orléans, il a discuté.",
      ),
    ).toEqual([
      '"Je suis content. J\'aime le contact, de traiter les problèmes du quotidien ", a déclaré le président.',
      "À Quartier d'Orléans, il a discuté.",
    ]);
  });

  it("makes a quoted sub-heading glued between two paragraphs its own sentence", () => {
    expect(
      sentences(
        'Il a perdu son père, un ancien médecin."L\'unité nationale est la condition pour tenir"François Hollande a rendu hommage aux soignants.',
      ),
    ).toEqual([
      "Il a perdu son père, un ancien médecin.",
      '"L\'unité nationale est la condition pour tenir"',
      "François Hollande a rendu hommage aux soignants.",
    ]);
  });

  it("splits a heading glued before a quoted paragraph", () => {
    expect(
      sentences(
        'Un "cluster" potentiel"Il y a trop de risque. Tout le monde est l\'un sur l\'autre", a justifié le maire.',
      ),
    ).toEqual([
      'Un "cluster" potentiel',
      "\"Il y a trop de risque. Tout le monde est l'un sur l'autre\", a justifié le maire.",
    ]);
  });

  it("splits a quoted heading glued to the quotation that opens the next paragraph", () => {
    expect(
      sentences(
        'Il a réagi samedi."Sortir de la culture du déni""Il y a une perte de repères", a regretté Paul Martin.',
      ),
    ).toEqual([
      "Il a réagi samedi.",
      '"Sortir de la culture du déni"',
      '"Il y a une perte de repères", a regretté Paul Martin.',
    ]);
  });

  it("keeps together a list of single quoted words", () => {
    expect(sentences('Ils sont qualifiés de "traîtres""Judas" par les militants.')).toEqual([
      'Ils sont qualifiés de "traîtres""Judas" par les militants.',
    ]);
  });
});

describe("splitSentences on OrangeSum text: attributions", () => {
  it("keeps an inverted speech verb with its quotation, hyphenated or not", () => {
    expect(
      sentences(
        '"Ce sont des citoyens comme vous et moi. Ils sortent", a-t-il commenté. "Ce séjour s\'est bien déroulé", a t-il encore ajouté. "C\'est fini !" estime-t-elle. "Chez lui, j\'ai été ému", confie t-il.',
      ),
    ).toEqual([
      '"Ce sont des citoyens comme vous et moi. Ils sortent", a-t-il commenté.',
      '"Ce séjour s\'est bien déroulé", a t-il encore ajouté.',
      '"C\'est fini !" estime-t-elle.',
      '"Chez lui, j\'ai été ému", confie t-il.',
    ]);
  });

  it('keeps a closing "selon X" and splits before a leading one', () => {
    expect(
      sentences(
        'Le projet est abandonné, selon BFMTV.Selon Le Canard enchaîné, un "épais fichier" a été constitué. "Nous partirons." Selon le ministre, rien n\'est décidé.',
      ),
    ).toEqual([
      "Le projet est abandonné, selon BFMTV.",
      'Selon Le Canard enchaîné, un "épais fichier" a été constitué.',
      '"Nous partirons."',
      "Selon le ministre, rien n'est décidé.",
    ]);
  });
});
