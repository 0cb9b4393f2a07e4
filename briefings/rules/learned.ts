/**
 * How much the learned sentence scorer (`sentenceSalience`: how well a sentence would summarise
 * its own article) weighs in a briefing's ranking: a candidate's prior (topic relevance × position
 * prior × recency) is multiplied by salience^LEARNED_WEIGHT before LexRank and MMR. 0.5, the
 * exponent single-article summaries use (chosen on validation articles, README), so a lead that
 * states the news outranks a background sentence of the same topic score without the scorer
 * overriding the topic's relevance.
 */
export const LEARNED_WEIGHT = 0.5;
