import type { Article } from "../src/corpus/types.js";
import { buildOfficialsIndex } from "../src/index/buildOfficialsIndex.js";
import { corpusQuoteCredits } from "../src/quotes/quoteCredits.js";
import type { SentencePerson } from "../src/summarize/articleToSummarize.js";
import { runAtOnce } from "../src/util/steps.js";
import type { QuoteSpeakers } from "./summarizeDocument.js";

/**
 * Who speaks in a document summarized on its own (`summarize`): the people and statements the
 * index would find in it (discovered people only: no config is read), turned into the speaker to
 * show for each sentence holding a quote it does not attribute itself (`quoted`), and the one
 * person each sentence names (`stated`: whom an attribution tail naming them is traded for).
 */
export function documentQuoteSpeakers(articles: readonly Article[]): QuoteSpeakers {
  const officials = buildOfficialsIndex(articles, []);
  const credits = runAtOnce(corpusQuoteCredits(articles, officials.statements, officials.byId));
  // Sentence id → the one person it names, with how it writes them; null when it names several.
  const named = new Map<string, SentencePerson | null>();
  for (const [personId, refs] of officials.mentions) {
    const person = officials.byId.get(personId);
    if (!person) continue;
    for (const ref of refs) {
      const known = named.get(ref.sentenceId);
      if (known === undefined)
        named.set(ref.sentenceId, { name: person.name, surfaces: [ref.surface] });
      else if (known !== null && known.name === person.name)
        named.set(ref.sentenceId, { ...known, surfaces: [...known.surfaces, ref.surface] });
      else named.set(ref.sentenceId, null);
    }
  }
  const stated = new Map<string, SentencePerson>();
  for (const [sentenceId, person] of named) if (person) stated.set(sentenceId, person);
  return {
    quoted: new Map([...credits].map(([id, credit]) => [id, credit.speaker])),
    stated,
  };
}
