import type { Article } from "../src/corpus/types.js";
import { buildOfficialsIndex } from "../src/index/buildOfficialsIndex.js";
import { corpusQuoteCredits } from "../src/quotes/quoteCredits.js";
import type { QuoteSpeakers } from "./summarizeDocument.js";

/**
 * Who said the quotes of a document summarized on its own (`summarize`): the people and
 * statements the index would find in it (discovered people only: no config is read), turned into
 * the speaker to show for each sentence holding a quote it does not attribute itself.
 */
export function documentQuoteSpeakers(articles: readonly Article[]): QuoteSpeakers {
  const officials = buildOfficialsIndex(articles, []);
  const credits = corpusQuoteCredits(articles, officials.statements, officials.byId);
  return new Map([...credits].map(([id, credit]) => [id, credit.speaker]));
}
