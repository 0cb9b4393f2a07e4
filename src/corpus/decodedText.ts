import type { FileAnalysis } from "./analyseDocuments.js";
import { displaySlices } from "./sharedDisplay.js";
import type { Passage, Sentence } from "./types.js";

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * `displaySlices` on every passage of an analysis decoded from a saved index, in place: decoding
 * gives each sentence's display, its text and its passage's display their own copy of the same
 * words (three copies of an article where a build keeps one). What changes is which string
 * holds the words, never the words: harmless to an object already in use.
 */
export function shareDecodedText(analysis: FileAnalysis): void {
  for (const document of analysis.documents) {
    for (const article of document.articles) {
      for (const passage of article.passages) {
        const { display, slices } = displaySlices(passage.sentences.map((s) => s.display));
        (passage as Writable<Passage>).display = display;
        passage.sentences.forEach((sentence, i) => {
          const slice = slices[i] ?? sentence.display;
          if (sentence.text === sentence.display) (sentence as Writable<Sentence>).text = slice;
          (sentence as Writable<Sentence>).display = slice;
        });
      }
    }
  }
}
