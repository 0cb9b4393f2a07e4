import { answerKind } from "../src/index/answerCache.js";
import type { CorpusIndex } from "../src/index/corpusIndex.js";
import { byPriorThenCorpusOrder, type RankCandidate } from "../src/index/rankCandidate.js";
import { wordsHeldIn, wordsNeeded } from "../src/search/queryWords.js";
import { sentencePrior } from "../src/summarize/priors.js";

/**
 * The standalone sentences that hold the query's words (`queryWords` groups; all of them, or all
 * but one from three words on), best first: prior = share of the words held × the briefing's
 * position and wording prior. One pass over the sentences' terms; the prior only for matches.
 * Kept per index and words (`index.answers`): a chat question that names no command is looked up
 * once to choose the answer, then answered from the same list.
 */
export function searchSentences(
  index: CorpusIndex,
  words: readonly (readonly string[])[],
): readonly RankCandidate[] {
  if (words.length === 0) return [];
  return index.answers.get(SENTENCE_SEARCHES, words, () => scan(index, words));
}

const SENTENCE_SEARCHES = answerKind<readonly RankCandidate[]>("sentence search");

function scan(index: CorpusIndex, words: readonly (readonly string[])[]): RankCandidate[] {
  const needed = wordsNeeded(words);
  const found: RankCandidate[] = [];
  index.sentences.forEach((entry, i) => {
    if (!entry.standalone) return;
    const held = wordsHeldIn(words, entry.terms);
    if (held < needed) return;
    const prior = sentencePrior(
      { position: entry.position, display: entry.sentence.display, titleSimilarity: 0 },
      index.briefing.priorWeights,
    );
    found.push({ sentence: i, prior: (held / words.length) * prior });
  });
  return found.sort(byPriorThenCorpusOrder);
}
