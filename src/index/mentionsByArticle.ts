import type { OfficialsIndex } from "./buildOfficialsIndex.js";

/** Person id → article id → how many times the article names the person. */
export function mentionsByArticle(officials: OfficialsIndex): Map<string, Map<string, number>> {
  const result = new Map<string, Map<string, number>>();
  for (const [personId, refs] of officials.mentions) {
    const byArticle = new Map<string, number>();
    for (const ref of refs) byArticle.set(ref.articleId, (byArticle.get(ref.articleId) ?? 0) + 1);
    result.set(personId, byArticle);
  }
  return result;
}
