import { resolveTopic } from "../briefings/resolveTopic.js";
import { searchSentences } from "../briefings/searchSentences.js";
import type { CorpusIndex } from "../src/index/corpusIndex.js";
import { foldDiacritics, terms } from "../src/nlp/index.js";
import { resolveName } from "../src/officials/resolveName.js";
import { queryWords } from "../src/search/queryWords.js";
import { findStories } from "../src/stories/findStories.js";
import { compileTopic } from "../src/topics/compileTerms.js";
import { brief } from "./brief.js";
import type { DefinedCommand } from "./defineCommand.js";
import { digest } from "./digest.js";
import { help } from "./index.js";
import { official } from "./official.js";
import { search } from "./search.js";
import type { Since } from "./sinceOption.js";
import { topics } from "./topics.js";
import type { Command, CommandInput } from "./types.js";

export interface Interpretation {
  readonly command: Command;
  readonly input: CommandInput;
}

/** The raw input of a parsed one: what a person types for each option (`since` as text). */
type RawInput<Input> = { readonly [K in keyof Input]: Input[K] extends Since ? string : Input[K] };

/** A command with input its definition accepts: the compiler checks the option names and types. */
function ask<Input>(
  command: DefinedCommand<Input, never>,
  input: NoInfer<RawInput<Input>> & CommandInput,
): Interpretation {
  return { command, input };
}

const STOP = new Set(
  "what did say said about on the a an of to is are was who briefing brief news latest tell me give quoi qu que a dit de du des la le les sur sur briefing resume résumé dernieres dernières nouvelles donne moi please stp svp".split(
    " ",
  ),
);

/**
 * Maps a free-text question to a command, the way a person would ask in chat:
 * "what did Lavrov say about Ukraine?" → /official Lavrov; "briefing on Iran" → /brief iran-talks;
 * "digest" → /digest; "topics" → /topics. A name of a known official wins over a topic word;
 * other words the corpus holds → /search ("tell me about sanctions"); nothing → null (the
 * adapter answers with help).
 */
export function interpretQuestion(text: string, index: CorpusIndex): Interpretation | null {
  const clean = text.replace(/<@!?\d+>|@\S+/g, " ").trim();
  const words = foldDiacritics(clean.toLowerCase())
    .replace(/[^a-z0-9' -]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return null;
  if (words.includes("digest") || words.includes("today")) return ask(digest, {});
  if (words.length <= 2 && (words.includes("topics") || words.includes("sujets")))
    return ask(topics, {});
  if (words.length <= 2 && (words.includes("help") || words.includes("aide"))) return ask(help, {});

  // Capitalised words are name candidates: try runs of up to three, longest first.
  const capitalised = [...clean.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/gu)].map(
    (m) => m[0],
  );
  for (const candidate of capitalised) {
    const resolved = resolveName(candidate, index.officials.matcher);
    if (resolved.ok) {
      const subject = subjectOf(clean, index);
      return ask(official, { name: resolved.person.name, ...subject });
    }
  }
  for (const word of words.filter((w) => !STOP.has(w) && w.length >= 3)) {
    const topic = resolveTopic(word, index.topics);
    if (topic.ok) return ask(brief, { topic: topic.topic.id });
  }
  // The topics' own seed terms: "quoi de neuf sur Genève ?" is about the Geneva talks.
  const best = topicBySeeds(clean, index);
  if (best) return ask(brief, { topic: best });
  // Words that name no command: what the corpus says about them, when it says anything.
  const rest = clean
    .split(/\s+/u)
    .filter((w) => !STOP.has(foldDiacritics(w.toLowerCase()).replace(/[^a-z0-9']+/g, "")))
    .join(" ")
    .replace(/[?!.,;:]+/gu, " ")
    .trim();
  const groups = queryWords(rest);
  if (rest.length < 2 || groups.length === 0) return null;
  const found =
    findStories(index.stories, rest).length > 0 || searchSentences(index, groups).length > 0;
  return found ? ask(search, { words: rest.slice(0, 100) }) : null;
}

/** Words that open a question's subject: "what did Lavrov say about NATO?", "… sur l'Iran". */
const ABOUT = /\b(?:about|on|regarding|sur|concernant|à propos de|au sujet de)\s+(.+)$/iu;

/**
 * The subject a question about a person names after "about"/"sur": a topic (a word names one, or
 * holds its seed terms), or a story by its id; none when it names neither.
 */
function subjectOf(text: string, index: CorpusIndex): { topic?: string; story?: string } {
  const words = ABOUT.exec(text)?.[1]
    ?.replace(/[?!.]+$/u, "")
    .trim();
  if (!words) return {};
  for (const word of words.split(/\s+/u)) {
    const bare = word.replace(/^(?:l|d)['’]/iu, "");
    if (bare.length < 3 || STOP.has(foldDiacritics(bare.toLowerCase()))) continue;
    const topic = resolveTopic(bare, index.topics);
    if (topic.ok) return { topic: topic.topic.id };
  }
  const seeded = topicBySeeds(words, index);
  if (seeded) return { topic: seeded };
  // A story by its id only: headline words would narrow a question to one story of many.
  const story = index.stories.byId.get(words.toLowerCase());
  return story ? { story: story.id } : {};
}

/** The topic whose strong seed terms the text holds most of ("Genève", "OTAN"), or null. */
function topicBySeeds(text: string, index: CorpusIndex): string | null {
  const asked = new Set([...terms(text, "fr"), ...terms(text, "en")]);
  let best: { id: string; hits: number } | null = null;
  for (const topic of index.topics) {
    const compiled = compileTopic(topic);
    const seeds = [...compiled.byLanguage.fr, ...compiled.byLanguage.en].filter(
      (s) => s.strength === "strong",
    );
    const hits = new Set(
      seeds.filter((s) => s.stems.every((stem) => asked.has(stem))).map((s) => s.source),
    ).size;
    if (hits > 0 && (best === null || hits > best.hits)) best = { id: topic.id, hits };
  }
  return best?.id ?? null;
}
