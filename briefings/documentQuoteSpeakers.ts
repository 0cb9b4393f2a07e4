import type { Article } from "../src/corpus/types.js";
import { buildOfficialsIndex } from "../src/officials/buildOfficialsIndex.js";
import { quoteCredits } from "../src/quotes/quoteCredits.js";
import type { QuoteSpeakers } from "../src/summarize/summarizeDocument.js";

/**
 * Who said the quotes of a document summarized on its own (`summarize`): the people and
 * statements the index would find in it, with the configured officials when given, turned into
 * the speaker to show for each sentence holding a quote it does not attribute itself.
 */
export function documentQuoteSpeakers(articles: readonly Article[]): QuoteSpeakers {
  const officials = buildOfficialsIndex(articles, []);
  const speakers = new Map<string, string | null>();
  for (const article of articles) {
    const said = officials.statements.filter((s) => s.articleId === article.id);
    for (const [id, credit] of quoteCredits(article, said, officials.byId)) {
      speakers.set(id, credit.speaker);
    }
  }
  return speakers;
}
