/** Languages the engine has tokenizers, stopwords and stemmers for; "und" = undetermined. */
export type Language = "fr" | "en" | "und";
