import { describe, expect, it } from "vitest";
import {
  removeParentheticals,
  trimAttributionTail,
  trimLeadingConnective,
  trimSentence,
} from "../../src/summarize/trimSentence.js";

describe("trimAttributionTail", () => {
  it.each([
    [
      "Des dizaines d'automobilistes ont passé une nuit de galère sur l'autoroute A10, a-t-on appris mardi 21 janvier de sources concordantes.",
      "Des dizaines d'automobilistes ont passé une nuit de galère sur l'autoroute A10.",
    ],
    [
      "L'Espagne a refusé de récupérer dix-neuf migrants arrêtés lundi sur l'autoroute A63, rapporte Le Parisien mardi 13 novembre.",
      "L'Espagne a refusé de récupérer dix-neuf migrants arrêtés lundi sur l'autoroute A63.",
    ],
    [
      "Moussavi Majd a été exécuté lundi matin pour espionnage, a indiqué le site officiel de la justice iranienne, Mizan Online.",
      "Moussavi Majd a été exécuté lundi matin pour espionnage.",
    ],
    [
      "L'homme a été évacué vers l'hôpital et son pronostic vital est réservé, selon une source proche.",
      "L'homme a été évacué vers l'hôpital et son pronostic vital est réservé.",
    ],
    [
      "Thierry Gaubert a été mis en examen vendredi dans l'enquête, a-t-on appris lundi de sources judiciaires, confirmant une information du Point.",
      "Thierry Gaubert a été mis en examen vendredi dans l'enquête.",
    ],
  ])("trims the attribution of %s", (sentence, trimmed) => {
    expect(trimAttributionTail(sentence)).toBe(trimmed);
  });

  it.each([
    [
      'Une mort "sans lien apparent avec le Covid-19", a-t-il précisé lors de cet entretien téléphonique.',
      "the tail says who spoke the quotation",
    ],
    [
      '"Ce sont des citoyens comme vous et moi, tous sans exception", estime-t-elle.',
      "the tail says who spoke the quotation",
    ],
    ['"C\'est fini !", a-t-il lancé.', "what is left would be a fragment"],
    [
      "Le projet de loi sur les retraites, a précisé le ministre, sera présenté en conseil des ministres mardi.",
      "the attribution is an incise and the sentence goes on",
    ],
    [
      '"Nous partirons demain matin à l\'aube", a-t-il dit, "sans attendre".',
      "the tail opens a new quotation",
    ],
    ["Il est parti, selon X.", "what is left would be a fragment"],
    [
      "Selon Le Canard enchaîné, un épais fichier a été constitué par des proches.",
      "a leading attribution is content",
    ],
  ])("leaves %s unchanged: %s", (sentence) => {
    expect(trimAttributionTail(sentence)).toBe(sentence);
  });
});

describe("trimLeadingConnective", () => {
  it.each([
    [
      "Et c'est à Saint-Martin, ravagée il y a un an par l'ouragan Irma, qu'il met en oeuvre son style.",
      "C'est à Saint-Martin, ravagée il y a un an par l'ouragan Irma, qu'il met en oeuvre son style.",
    ],
    [
      "Alors, quand ils ont entendu François Fillon, les supporters d'Alain Juppé ont sifflé.",
      "Quand ils ont entendu François Fillon, les supporters d'Alain Juppé ont sifflé.",
    ],
    [
      "Mais les Français ne sont pas encore convaincus.",
      "Les Français ne sont pas encore convaincus.",
    ],
  ])("trims %s", (sentence, trimmed) => {
    expect(trimLeadingConnective(sentence)).toBe(trimmed);
  });

  it.each([
    "Alors qu'il pleut sur le pays, Météo France a placé 16 départements en alerte.",
    "Mais pourquoi donc ?",
    "Etienne Dupont a été élu maire de la ville dimanche soir.",
    "« Et pourtant elle tourne », a-t-il dit devant les juges.",
  ])("leaves %s unchanged", (sentence) => {
    expect(trimLeadingConnective(sentence)).toBe(sentence);
  });
});

describe("removeParentheticals", () => {
  it("drops short asides and ellipses but keeps figures and long asides", () => {
    expect(
      removeParentheticals(
        "Ils sont sortis du centre de Carry-le-Rouet (Bouches-du-Rhône) où 181 personnes (76 %) étaient en quarantaine (...) depuis le 31 janvier (après leur retour de Wuhan en Chine).",
        3,
      ),
    ).toBe(
      "Ils sont sortis du centre de Carry-le-Rouet où 181 personnes (76 %) étaient en quarantaine depuis le 31 janvier (après leur retour de Wuhan en Chine).",
    );
  });
});

describe("trimSentence", () => {
  const sentence =
    "Force ouvrière (FO) a confirmé l'existence du fichier interne sur ses cadres, a indiqué mardi Le Canard enchaîné.";

  it("applies only the trims it is asked for", () => {
    expect(
      trimSentence(sentence, { connective: false, attribution: false, parentheticalWords: 0 }),
    ).toBe(sentence);
    expect(
      trimSentence(sentence, { connective: false, attribution: true, parentheticalWords: 0 }),
    ).toBe("Force ouvrière (FO) a confirmé l'existence du fichier interne sur ses cadres.");
    expect(
      trimSentence(sentence, { connective: false, attribution: true, parentheticalWords: 2 }),
    ).toBe("Force ouvrière a confirmé l'existence du fichier interne sur ses cadres.");
  });
});
