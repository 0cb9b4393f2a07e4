import type { Article } from "../corpus/types.js";
import type { Mention, MentionFinder } from "./findMentions.js";

/** The sentence id title mentions are filed under: no paragraph sentence has it. */
export function titleSentenceId(articleId: string): string {
  return `${articleId}:title`;
}

/**
 * The people an article's title names, read as its sentences are: "La charge de Dati contre…"
 * names the Rachida Dati the article names in full. Titles name people by surname alone more
 * than paragraphs do, so a surname alone counts only for someone the article names in full, as
 * in any sentence (read off the mentions its paragraphs gave, `paragraphMentions`). A title the loader derived from the first sentence (the article had none) is
 * that sentence again and names nobody new: none is read then. Statements are never read from
 * titles.
 */
export function titleMentions(
  article: Article,
  finder: MentionFinder,
  paragraphMentions: Iterable<readonly Mention[]>,
): Mention[] {
  const title = article.title.trim();
  if (title === "" || !finder.mayName(title)) return [];
  const first = article.passages.find((p) => p.kind === "paragraph")?.sentences[0]?.display;
  if (isDerivedTitle(title, first ?? "")) return [];
  return finder.find(title, finder.namedInFull(paragraphMentions));
}

/** A title made from the first sentence: that sentence, or its start cut with an ellipsis. */
function isDerivedTitle(title: string, firstSentence: string): boolean {
  return firstSentence.startsWith(title.replace(/…$/u, ""));
}

/**
 * The people an article's subheadings name ("Au Mexique : Hugo, un crucifix"), read as its title
 * is (`titleMentions`), each with the id of the heading's sentence. Statements are never read
 * from headings.
 */
export function headingMentions(
  article: Article,
  finder: MentionFinder,
  paragraphMentions: Iterable<readonly Mention[]>,
): { sentenceId: string; mention: Mention }[] {
  const headings = article.passages.filter((p) => p.kind === "heading");
  if (headings.length === 0) return [];
  const known = finder.namedInFull(paragraphMentions);
  return headings.flatMap((passage) =>
    passage.sentences.flatMap((sentence) =>
      finder.mayName(sentence.display)
        ? finder
            .find(sentence.display, known)
            .map((mention) => ({ sentenceId: sentence.id, mention }))
        : [],
    ),
  );
}
