import { buildCorpus } from "../../src/corpus/loadCorpus.js";
import { buildOfficialsIndex } from "../../src/index/buildOfficialsIndex.js";
import type { OfficialDefinition } from "../../src/officials/officialsConfig.js";

/** Runs the whole pipeline (cleaning, people, quotes) on one short text. */
export function statementsOf(text: string, officials: OfficialDefinition[] = []) {
  const corpus = buildCorpus([{ file: "excerpt.txt", format: "txt", text, record: 0 }]);
  const index = buildOfficialsIndex(corpus.articles, officials);
  const name = (id: string | null) => (id === null ? null : (index.byId.get(id)?.name ?? id));
  return {
    direct: index.statements
      .filter((s) => s.kind === "direct")
      .map((s) => ({ text: s.text, speaker: name(s.speakerId) })),
    indirect: index.statements
      .filter((s) => s.kind === "indirect")
      .map((s) => ({ text: s.text, speaker: name(s.speakerId) })),
    people: index.people.map((p) => p.name),
  };
}

/** The direct quotations of a corpus of files (as `buildCorpus` reads them) and their speakers. */
export function directQuotesOf(files: Parameters<typeof buildCorpus>[0]) {
  const index = buildOfficialsIndex(buildCorpus(files).articles, []);
  return index.statements
    .filter((s) => s.kind === "direct")
    .map((s) => ({
      text: s.text,
      speaker: s.speakerId === null ? null : (index.byId.get(s.speakerId)?.name ?? s.speakerId),
    }));
}
