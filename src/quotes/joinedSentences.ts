import type { Passage } from "../corpus/types.js";

/**
 * A passage's sentences joined by one space, as quotation spans and attributions are searched
 * (a quote and its attribution clause may sit in different sentences), with each sentence's
 * offset in the joined text.
 */
export function joinedSentences(passage: Passage): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = "";
  for (const sentence of passage.sentences) {
    if (text !== "") text += " ";
    starts.push(text.length);
    text += sentence.display;
  }
  return { text, starts };
}
