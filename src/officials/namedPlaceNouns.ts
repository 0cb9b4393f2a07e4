/**
 * Nouns of the places, buildings, institutions and awards French names after people: "le
 * gymnase Pablo Picasso", "la rue Victor Hugo", "le lycée Jean Moulin", "le restaurant Jo
 * Goldenberg", "le prix Albert Londres". A name right after one of them (and its determiner or
 * preposition) names the place, not the person. Common nouns of French, not names from any
 * article.
 */
const NAMED_PLACE_NOUNS = new Set(
  (
    "rue avenue boulevard place quai allée impasse chemin route pont square parc jardin " +
    "lycée collège école université institut fondation hôpital clinique centre gymnase stade " +
    "piscine salle musée théâtre cinéma gare aéroport station port restaurant hôtel éditions " +
    "galerie bibliothèque médiathèque église cathédrale basilique mosquée synagogue prix " +
    "trophée rond-point cité résidence caserne campus complexe espace palais"
  ).split(" "),
);

/** A determiner or preposition and one of `NAMED_PLACE_NOUNS`, right before a name. */
const PLACE_NOUN_BEFORE =
  /(?:^|[\s(«"“'’])(?:le|la|les|l['’]|du|des|au|aux|de|d['’]|un|une)\s*([\p{Ll}-]+)\s+$/u;

/** Whether the text before a name ends on a noun of a place named after someone ("le gymnase "). */
export function namesPlaceBefore(before: string): boolean {
  const noun = PLACE_NOUN_BEFORE.exec(before)?.[1];
  return noun !== undefined && NAMED_PLACE_NOUNS.has(noun);
}
