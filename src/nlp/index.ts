/** Language tools used by the engine: normalization, sentences, tokens, terms, language ID. */

export { detectLanguage } from "./detectLanguage.js";
export type { Language } from "./language.js";
export { foldDiacritics, normalizeTypography, stripInvisibles } from "./normalize.js";
export { type SentenceSpan, splitSentences } from "./sentences.js";
export { canonical as canonicalTerm, stem, terms } from "./stem.js";
export { isStopword } from "./stopwords.js";
export { tokenize } from "./tokens.js";
