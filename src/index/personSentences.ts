import type { Steps } from "../util/steps.js";
import type { OfficialsIndex } from "./buildOfficialsIndex.js";
import type { IndexedSentence } from "./indexedSentence.js";

export interface PersonSentences {
  /** Person id → positions in `OfficialsIndex.statements` of their statements, in corpus order. */
  readonly statements: ReadonlyMap<string, readonly number[]>;
  /**
   * Person id → positions in `CorpusIndex.sentences` of the sentences naming them or holding one
   * of their statements, each once, in corpus order.
   */
  readonly about: ReadonlyMap<string, readonly number[]>;
  /** Sentence id → position of the entry `sentenceById` gives (the last with that id). */
  readonly positionOf: (sentenceId: string) => number | undefined;
}

/**
 * What an official profile reads, grouped by person once per corpus version, so a profile no
 * longer filters every statement and every sentence of the corpus.
 */
export function* buildPersonSentences(
  sentences: readonly IndexedSentence[],
  officials: OfficialsIndex,
): Steps<PersonSentences> {
  const positions = yield* sentencePositions(sentences);
  const named = new Map<string, number[]>();
  const addAll = (personId: string, sentenceId: string): void => {
    const list = named.get(personId) ?? [];
    named.set(personId, list);
    list.push(...positions.all(sentenceId));
  };
  for (const [personId, refs] of officials.mentions) {
    for (const ref of refs) addAll(personId, ref.sentenceId);
    yield;
  }
  const statements = new Map<string, number[]>();
  for (const [i, statement] of officials.statements.entries()) {
    if (i % 1024 === 0) yield;
    if (statement.speakerId === null) continue;
    const list = statements.get(statement.speakerId) ?? [];
    list.push(i);
    statements.set(statement.speakerId, list);
    addAll(statement.speakerId, statement.sentenceId);
  }
  const about = new Map<string, number[]>();
  for (const [personId, list] of named) {
    about.set(personId, sortedUnique(list));
    yield;
  }
  return {
    statements,
    about,
    positionOf: positions.last,
  };
}

/** Where each sentence id stands in the corpus. */
interface SentencePositions {
  /** Its positions in corpus order: one, unless two articles gave their sentences the same ids. */
  all(sentenceId: string): readonly number[];
  /** The last of them: the entry `sentenceById` gives. */
  last(sentenceId: string): number | undefined;
}

function* sentencePositions(sentences: readonly IndexedSentence[]): Steps<SentencePositions> {
  const first = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  for (const [i, s] of sentences.entries()) {
    if (i % 1024 === 0) yield;
    const id = s.sentence.id;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else repeated.set(id, [...(repeated.get(id) ?? [earlier]), i]);
  }
  return {
    all: (id) => {
      const at = first.get(id);
      return at === undefined ? [] : (repeated.get(id) ?? [at]);
    },
    last: (id) => repeated.get(id)?.at(-1) ?? first.get(id),
  };
}

function sortedUnique(list: readonly number[]): number[] {
  const sorted = Int32Array.from(list).sort();
  const out: number[] = [];
  for (const n of sorted) if (out[out.length - 1] !== n) out.push(n);
  return out;
}
