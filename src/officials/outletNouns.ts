/**
 * Nouns of an outlet or an organisation, which French writes right before its name ("le
 * quotidien Yediot Aharonoth", "l'agence Bloomberg", "le think tank Terra Nova") and which, as a
 * subject, say that no person spoke ("écrit l'hebdomadaire", "précise le site").
 */
export const OUTLET_NOUNS: readonly string[] = [
  "quotidien",
  "journal",
  "hebdomadaire",
  "mensuel",
  "magazine",
  "site",
  "chaîne",
  "radio",
  "agence",
  "tabloïd",
  "think tank",
  "cabinet",
  "marque",
  "société",
  "entreprise",
  "groupe",
  "constructeur",
  "fondation",
  "association",
  "ONG",
];
