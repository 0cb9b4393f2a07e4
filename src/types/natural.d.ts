/**
 * Types for the few natural files imported directly. Importing "natural" itself loads every
 * module of the library (database-backed storage, a .env loader), so briefbot imports the
 * stemmer and stopword files by path; they are CommonJS, so only a default export exists.
 */

declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  /** Porter (1980) stemmer for English; lowercases its input. */
  const porterStemmer: { stem(token: string): string };
  export default porterStemmer;
}

declare module "natural/lib/natural/stemmers/porter_stemmer_fr.js" {
  /** Snowball French stemmer; lowercases its input and keeps accents in the stem. */
  const porterStemmerFr: { stem(token: string): string };
  export default porterStemmerFr;
}

declare module "natural/lib/natural/util/stopwords.js" {
  const stopwordsEn: { readonly words: readonly string[] };
  export default stopwordsEn;
}

declare module "natural/lib/natural/util/stopwords_fr.js" {
  const stopwordsFr: { readonly words: readonly string[] };
  export default stopwordsFr;
}
