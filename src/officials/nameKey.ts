import { foldDiacritics } from "../nlp/index.js";

/** Honorifics and titles ignored in names and queries ("M. Lavrov", "Secretary Blinken"). */
const HONORIFICS = new Set([
  "me",
  "m",
  "mr",
  "mme",
  "mrs",
  "ms",
  "mlle",
  "dr",
  "pr",
  "sir",
  "dame",
  "gen",
  "general",
  "secretary",
  "minister",
  "ministre",
  "president",
  "presidente",
  "le",
  "la",
  "l",
  "the",
  "monsieur",
  "madame",
  // "Mgr Chauvet" and "Monseigneur Chauvet" are one bishop.
  "mgr",
  "monseigneur",
  // Titles of royalty and religion: "le prince Charles" is Charles, "prince Charles" in a list.
  "prince",
  "princesse",
  "roi",
  "reine",
  "pape",
  "duc",
  "duchesse",
]);

/** Lower-case, accent- and punctuation-free words of a name: "M. Sergueï Lavrov" → ["sergueI"…]. */
export function nameWords(text: string): string[] {
  return foldDiacritics(text.toLowerCase())
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "");
}

/** The words of a name without honorifics or titles. */
export function significantWords(text: string): string[] {
  const words = nameWords(text);
  const kept = words.filter((w) => !HONORIFICS.has(w));
  return kept.length > 0 ? kept : words;
}

/**
 * A transliteration-insensitive key for one name word, so the French, English and German
 * spellings of Russian and other names meet: "ou" → "u" (Poutine/Putin, Grouchko/Grushko),
 * "gu" before e/i → "g" (Sergueï/Sergei), y → i (Sergey, Ryabkov, Dmitry), "ch"/"sch" → "sh",
 * "kh" → "h", doubled letters single, a final silent "e" dropped, "-re" → "-er" (Alexandre).
 */
export function wordKey(word: string): string {
  return word
    .replace(/sch/g, "sh")
    .replace(/ch/g, "sh")
    .replace(/kh/g, "h")
    .replace(/ou/g, "u")
    .replace(/gu(?=[ei])/g, "g")
    .replace(/y/g, "i")
    .replace(/ph/g, "f")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/re$/, "er")
    .replace(/(?<=[a-z]{3})e$/, "");
}

/** Key of a whole name: its significant words' keys joined by spaces. */
export function nameKey(text: string): string {
  return significantWords(text).map(wordKey).join(" ");
}
