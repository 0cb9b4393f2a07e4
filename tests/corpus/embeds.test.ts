import { describe, expect, it } from "vitest";
import { articleOfText, summarizeDocument } from "../../briefings/summarizeDocument.js";
import { findEmbedPieces, proseAroundEmbeds } from "../../src/corpus/clean/embeds.js";

/** The paragraph sentences cleaning keeps of a text, as `briefbot summarize` reads it. */
function sentencesOf(text: string): string[] {
  return articleOfText({ id: "a", text })?.sentences.map((s) => s.display) ?? [];
}

describe("embeds glued to prose: the embed goes, the prose stays", () => {
  it("keeps a one-paragraph article whose text has a tweet link glued to it", () => {
    const text =
      "La mairie a fermé le pont de la Gare pour deux semaines.https://twitter.com/villedemo/status/1234567890123456789Les travaux doivent renforcer les piles, a précisé l'adjoint chargé de la voirie.";
    expect(summarizeDocument({ id: "a", text }).ok).toBe(true);
    expect(sentencesOf(text)).toEqual([
      "La mairie a fermé le pont de la Gare pour deux semaines.",
      "Les travaux doivent renforcer les piles, a précisé l'adjoint chargé de la voirie.",
    ]);
  });

  it("keeps a short paragraph ending on a link to a post (the post's text is not in it)", () => {
    expect(
      sentencesOf(
        "Le club a annoncé le départ de son entraîneur.https://www.instagram.com/p/AbCdEf123/",
      ),
    ).toEqual(["Le club a annoncé le départ de son entraîneur."]);
  });

  it("drops an embedded tweet's text, picture link and credit from the middle of a paragraph", () => {
    const text =
      "Le feu a pris vers 19 heures dans un entrepôt du port. Quelle fumée au-dessus du quai ce soir pic.twitter.com/AbC123xyZ9— Jean Dupont (@jdupont) 3 mars 2019 Les pompiers ont maîtrisé l'incendie dans la nuit.";
    expect(sentencesOf(text)).toEqual([
      "Le feu a pris vers 19 heures dans un entrepôt du port.",
      "Les pompiers ont maîtrisé l'incendie dans la nuit.",
    ]);
  });

  it("drops a credit that opens the text, glued to the first sentence", () => {
    expect(
      sentencesOf(
        "— Info Ville (@infoville) 11 octobre 2016Un incendie a touché un immeuble du centre. Personne n'a été blessé.",
      ),
    ).toEqual(["Un incendie a touché un immeuble du centre.", "Personne n'a été blessé."]);
  });

  it("drops a credit line on its own while the paragraph before it stays", () => {
    const text = [
      "Le ministre a défendu sa réforme devant les députés mardi soir.",
      "Une réforme juste et attendue pic.twitter.com/Zx81Qw0pLm",
      "— Jean Dupont (@jdupont) 3 mars 2019",
      "Le texte sera voté la semaine prochaine.",
    ].join("\n\n");
    expect(sentencesOf(text)).toEqual([
      "Le ministre a défendu sa réforme devant les députés mardi soir.",
      "Le texte sera voté la semaine prochaine.",
    ]);
  });

  it("removes a handle in brackets from a sentence that names the account", () => {
    expect(
      sentencesOf("Un témoin a publié des photos sur son compte Twitter (@temoin_42) mardi."),
    ).toEqual(["Un témoin a publié des photos sur son compte Twitter mardi."]);
  });

  it("gives back the word of the next sentence glued to a link, and drops [EMBED] shortcodes", () => {
    const text =
      'Le musée a publié un message.[EMBED url="https://www.facebook.com/musee/posts/42"]Le directeur répond aux critiques.https://www.facebook.com/musee/photos/a.1/2/?type=3&theaterMais les associations restent opposées au projet.';
    expect(sentencesOf(text)).toEqual([
      "Le musée a publié un message.",
      "Le directeur répond aux critiques.",
      "Mais les associations restent opposées au projet.",
    ]);
  });

  it("keeps a long article whose sub-headings open with a pictograph, without the pictograph", () => {
    const text =
      "♦ BUDGET Le conseil municipal a voté mardi le budget de l'année prochaine après un long débat. ♦ TRANSPORTS Les lignes de bus seront prolongées jusqu'au nouveau quartier. Deux parkings relais ouvriront aussi aux entrées de la ville. ♦ ÉCOLES Trois écoles primaires seront rénovées pendant les vacances d'été, pour un coût total de quatre millions d'euros.";
    expect(sentencesOf(text)).toEqual([
      "BUDGET Le conseil municipal a voté mardi le budget de l'année prochaine après un long débat.",
      "TRANSPORTS Les lignes de bus seront prolongées jusqu'au nouveau quartier.",
      "Deux parkings relais ouvriront aussi aux entrées de la ville.",
      "ÉCOLES Trois écoles primaires seront rénovées pendant les vacances d'été, pour un coût total de quatre millions d'euros.",
    ]);
  });
});

describe("blocks that are only an embed still go whole", () => {
  it.each([
    "Great meeting today! 👍 pic.twitter.com/abcdef",
    "— Jane Minister (@janeminister) March 3, 2023",
    "Jane Minister (@janeminister) March 3, 2023",
    "Une soirée formidable avec les bénévoles du quartier https://t.co/Ab12Cd34Ef",
    "🇫🇷🇧🇪 Ravi de retrouver mon homologue Intégrer un tweet. Nous avons parlé d'énergie et de sécurité.",
    "View this post on Instagram",
  ])("%s", (block) => {
    expect(proseAroundEmbeds(block)).toBeNull();
  });

  it("a tweet's text before its credit is part of the embed", () => {
    expect(
      proseAroundEmbeds(
        "Bravo aux équipes pour ce sauvetage pic.twitter.com/Q1w2E3r4T5 — Préfecture (@prefecture) 2 juin 2020",
      ),
    ).toBeNull();
  });
});

describe("video embeds glued into the text: the caption and its credit go, the prose stays", () => {
  it("cuts a video's title and 'par <outlet>' glued between two sentences", () => {
    expect(
      sentencesOf(
        "Les dirigeants se sont rencontrés mardi à New York. Que retenir de la rencontre Macron-Rohani à New York ?par BFMTVLes trois pays européens ont insisté sur la sécurité dans le Golfe.",
      ),
    ).toEqual([
      "Les dirigeants se sont rencontrés mardi à New York.",
      "Les trois pays européens ont insisté sur la sécurité dans le Golfe.",
    ]);
  });

  it("reads an outlet with a bracket and the next sentence glued after it", () => {
    expect(
      sentencesOf(
        "Le collège a été évacué mardi matin par la police. Attention danger, des obus dorment dans le lac Lémanpar euronews (en français)Le collégien a expliqué aux policiers avoir trouvé l'obus dans un champ.",
      ),
    ).toEqual([
      "Le collège a été évacué mardi matin par la police.",
      "Le collégien a expliqué aux policiers avoir trouvé l'obus dans un champ.",
    ]);
  });

  it("cuts a caption credited at the end of a long block, drops a short block that is only a caption, and takes the bullet after a credit", () => {
    const prose =
      "Le chanteur a donné son dernier concert samedi à Paris devant dix mille personnes, après quarante ans de carrière et plus de trois cents émissions de télévision. Ses musiciens l'ont rejoint sur scène pour un dernier rappel, et le public est resté debout pendant de longues minutes.";
    expect(
      sentencesOf(
        `${prose} Le plus grand cabaret du monde : il tire sa révérence (vidéo)par Non Stop Zapping`,
      ),
    ).toEqual([
      "Le chanteur a donné son dernier concert samedi à Paris devant dix mille personnes, après quarante ans de carrière et plus de trois cents émissions de télévision.",
      "Ses musiciens l'ont rejoint sur scène pour un dernier rappel, et le public est resté debout pendant de longues minutes.",
    ]);
    expect(proseAroundEmbeds("A quoi sert le brevet ? - 27/06/2018par CNEWS")).toBeNull();
    expect(
      sentencesOf(
        "Le masque reste obligatoire dans les transports en commun cet été. Comment concilier masque et chaleur ?par franceinfo• Les médecins conseillent de changer de masque toutes les quatre heures.",
      ),
    ).toEqual([
      "Le masque reste obligatoire dans les transports en commun cet été.",
      "Les médecins conseillent de changer de masque toutes les quatre heures.",
    ]);
  });

  it("takes the zero-width spaces a credit may trail", () => {
    expect(
      sentencesOf(
        "Le premier tour a eu lieu dimanche dans toute la France. Des malades ont-ils attrapé le virus au bureau de vote ?par BFMTV\u200b\u200b\u200bSelon plusieurs médias, le report a été envisagé.",
      ),
    ).toEqual([
      "Le premier tour a eu lieu dimanche dans toute la France.",
      "Selon plusieurs médias, le report a été envisagé.",
    ]);
  });

  it("leaves 'par' after a space or a quotation mark alone, and an outlet named in prose", () => {
    const prose =
      'L\'agence a suspendu "par précaution" les essais. Le ministre a été interrogé par BFMTV mardi.';
    expect(findEmbedPieces(prose)).toEqual([]);
    expect(sentencesOf(prose)).toEqual([
      'L\'agence a suspendu "par précaution" les essais.',
      "Le ministre a été interrogé par BFMTV mardi.",
    ]);
  });
});

describe("findEmbedPieces", () => {
  it("tells a tweet's links and credit from a link to a post, a marker and residue", () => {
    const text =
      "Texte pic.twitter.com/AbC123xyZ9— Jean Dupont (@jdupont) 3 mars 2019 puis https://twitter.com/jdupont/status/123 et (@autre) 👍 Intégrer un tweet";
    expect(findEmbedPieces(text).map((p) => [text.slice(p.start, p.end), p.kind] as const)).toEqual(
      [
        ["pic.twitter.com/AbC123xyZ9", "tweet-end"],
        ["— Jean Dupont (@jdupont) 3 mars 2019", "tweet-end"],
        ["https://twitter.com/jdupont/status/123", "post-link"],
        ["(@autre)", "residue"],
        ["👍", "marker"],
        ["Intégrer un tweet", "marker"],
      ],
    );
  });

  it("does not take a hyphenated word or a netflix.com link for an embed", () => {
    const text = "Dans l'arrière-pays, la série est sur netflix.com/title/1 depuis lundi.";
    expect(findEmbedPieces(text)).toEqual([]);
  });
});
