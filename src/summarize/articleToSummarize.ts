import type { Language } from "../nlp/language.js";

/** One sentence of the article, as the corpus cleaning gives it (see `Sentence`). */
export interface ArticleSentence {
  /** Typographically normalised text, for analysis. */
  readonly text: string;
  /** Text as shown. */
  readonly display: string;
  readonly language: Language;
  /**
   * Set when the sentence holds a quote it does not attribute itself: the speaker's name, shown
   * in front of it, or null when nobody known said it (the sentence is then never picked).
   */
  readonly quoteSpeaker?: string | null;
  /**
   * The one person the sentence names, as the people step found them: when its attribution tail
   * ("…, a estimé Jean Castex devant les préfets.") is where they are named, a summary may show
   * "Jean Castex : …" instead of the tail.
   */
  readonly statedBy?: SentencePerson;
  /** Whether the sentence opens its paragraph (unknown: only the first sentence is taken to). */
  readonly paragraphStart?: boolean;
}

/** A person a sentence names: their name, and how the sentence writes it ("M. Castex"). */
export interface SentencePerson {
  readonly name: string;
  readonly surfaces: readonly string[];
}

export interface ArticleToSummarize {
  readonly title: string | null;
  /** The article's paragraph sentences, in order (headings left out). */
  readonly sentences: readonly ArticleSentence[];
}
