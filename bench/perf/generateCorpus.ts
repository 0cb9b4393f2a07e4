import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { chance, mulberry32, pick, type Random, randomInt } from "./prng.js";
import type { ClausePool, SourceMaterial, TextLanguage } from "./sourceMaterial.js";

export interface GenerateOptions {
  readonly count: number;
  readonly seed: number;
  /** Share of articles that are near-identical copies of an earlier story (0.1). */
  readonly duplicateShare?: number;
  /** Share of articles in English, the rest in French (0.15; the bundled corpus has ~9 %). */
  readonly englishShare?: number;
}

/** One synthetic article file and what the generator put in it (for tests and reports). */
export interface GeneratedArticle {
  /** File name in the corpus folder; path order is generation order, so a copy follows its story. */
  readonly file: string;
  readonly language: TextLanguage;
  /** ISO date in 2022. */
  readonly date: string;
  /** Where the date is given: a "Publié le …" line in the text, or `manifest.json`. */
  readonly dateIn: "text" | "manifest";
  /** The file this one is a near-identical copy of (same story, new headline and page furniture). */
  readonly duplicateOf: string | null;
  /** Boilerplate blocks from the bundled corpus's raw files placed in the page. */
  readonly boilerplateBlocks: number;
  /** The story's paragraphs, as written (a copy has its original's, the last one sometimes cut). */
  readonly paragraphs: readonly string[];
  readonly text: string;
}

interface Story {
  readonly file: string;
  readonly language: TextLanguage;
  readonly date: Date;
  readonly paragraphs: readonly string[];
}

const DAY_MS = 86_400_000;
const YEAR_START = Date.UTC(2022, 0, 1);
const PLACES: Readonly<Record<TextLanguage, readonly string[]>> = {
  fr: ["Genève", "Bruxelles", "Moscou", "Kiev", "Washington", "Vienne", "Paris", "Berlin"],
  en: ["Geneva", "Brussels", "Moscow", "Kyiv", "Washington", "Vienna", "Paris", "Berlin"],
};
const WEEKDAYS: Readonly<Record<TextLanguage, readonly string[]>> = {
  fr: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};
const FRENCH_MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];
const BYLINES: Readonly<Record<TextLanguage, readonly string[]>> = {
  fr: ["Par Marie Lefèvre", "Par Julien Moreau, envoyé spécial à Genève", "Par Claire Dubois"],
  en: ["By Jane Harper", "By Tom Ellis and Sarah Collins, Reuters"],
};

/**
 * A deterministic synthetic news corpus: `count` French and English articles made by
 * recombining the bundled corpus's cleaned sentences clause by clause (a sentence's opening, up to
 * two inner clauses and an ending from other sentences of the same language), with people,
 * places, weekdays and small numbers swapped, dated across 2022, dressed with the raw files'
 * boilerplate, and with `duplicateShare` of the files near-identical copies of an earlier story.
 * Splicing is what keeps the loader's near-duplicate filter from folding the corpus back to the
 * bundled 183 sentences; the sentences read like wire copy, not like sense. Same seed, same files.
 */
export function generateArticles(
  material: SourceMaterial,
  options: GenerateOptions,
): GeneratedArticle[] {
  const random = mulberry32(options.seed);
  const duplicates = duplicateSlots(random, options.count, options.duplicateShare ?? 0.1);
  const englishShare = options.englishShare ?? 0.15;
  const varier = sentenceVarier(material.people);
  const width = String(options.count).length;
  const stories: Story[] = [];
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < options.count; i++) {
    const file = `article-${String(i + 1).padStart(width, "0")}.txt`;
    const original = duplicates.has(i) && stories.length > 0 ? pick(random, stories) : null;
    const story = original
      ? copyOf(random, original, file)
      : newStory(random, material, varier, file, chance(random, englishShare) ? "en" : "fr");
    if (!original) stories.push(story);
    articles.push(renderArticle(random, material, story, original?.file ?? null));
  }
  return articles;
}

export interface WrittenCorpus {
  readonly files: number;
  /** Bytes written: the article files and the manifest. */
  readonly bytes: number;
}

/** Writes the articles as .txt files, and the dates that are not in the text as `manifest.json`. */
export async function writeCorpus(
  dir: string,
  articles: readonly GeneratedArticle[],
): Promise<WrittenCorpus> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  const batch = 64;
  for (let i = 0; i < articles.length; i += batch) {
    await Promise.all(
      articles.slice(i, i + batch).map((a) => {
        bytes += Buffer.byteLength(a.text);
        return writeFile(join(dir, a.file), a.text);
      }),
    );
  }
  const files: Record<string, { date: string }> = {};
  for (const a of articles) if (a.dateIn === "manifest") files[a.file] = { date: a.date };
  const manifest = `${JSON.stringify({ files }, null, 1)}\n`;
  await writeFile(join(dir, "manifest.json"), manifest);
  return { files: articles.length, bytes: bytes + Buffer.byteLength(manifest) };
}

function duplicateSlots(random: Random, count: number, share: number): Set<number> {
  const slots = Array.from({ length: Math.max(0, count - 1) }, (_, i) => i + 1);
  for (let i = slots.length - 1; i > 0; i--) {
    const j = randomInt(random, 0, i);
    [slots[i], slots[j]] = [slots[j] ?? 0, slots[i] ?? 0];
  }
  return new Set(slots.slice(0, Math.round(count * share)));
}

function newStory(
  random: Random,
  material: SourceMaterial,
  vary: SentenceVarier,
  file: string,
  language: TextLanguage,
): Story {
  const pool = material.clauses[language];
  const paragraphCount = language === "fr" ? randomInt(random, 3, 8) : randomInt(random, 2, 5);
  const paragraphs = Array.from({ length: paragraphCount }, () =>
    Array.from({ length: randomInt(random, 1, 3) }, () =>
      vary(random, splicedSentence(random, pool), language),
    ).join(" "),
  );
  return {
    file,
    language,
    date: new Date(YEAR_START + randomInt(random, 0, 364) * DAY_MS),
    paragraphs,
  };
}

/** The same story in another outlet: same paragraphs (the last one sometimes cut), a day or two later. */
function copyOf(random: Random, story: Story, file: string): Story {
  const cut = story.paragraphs.length > 2 && chance(random, 0.5);
  const later = Math.min(
    story.date.getTime() + randomInt(random, 0, 2) * DAY_MS,
    YEAR_START + 364 * DAY_MS,
  );
  return {
    file,
    language: story.language,
    date: new Date(later),
    paragraphs: cut ? story.paragraphs.slice(0, -1) : story.paragraphs,
  };
}

function splicedSentence(random: Random, pool: ClausePool): string {
  if (pool.heads.length === 0 || pool.tails.length === 0 || !chance(random, 0.95)) {
    return pick(random, pool.whole);
  }
  const roll = random();
  const innerCount = pool.inner.length === 0 ? 0 : roll < 0.5 ? 0 : roll < 0.85 ? 1 : 2;
  let sentence = pick(random, pool.heads);
  for (let i = 0; i < innerCount; i++) sentence += pick(random, pool.inner);
  return sentence + pick(random, pool.tails);
}

type SentenceVarier = (random: Random, sentence: string, language: TextLanguage) => string;

/** Swaps people, places, weekdays and small numbers, each occurrence with some probability. */
function sentenceVarier(people: readonly string[]): SentenceVarier {
  const names = [...people].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const personPattern = names.length > 0 ? new RegExp(names.join("|"), "gu") : null;
  return (random, sentence, language) => {
    let text = sentence;
    if (personPattern) {
      text = text.replace(personPattern, (name) =>
        chance(random, 0.35) ? pick(random, people) : name,
      );
    }
    for (const list of [PLACES[language], WEEKDAYS[language]]) {
      text = text.replace(new RegExp(`\\b(?:${list.join("|")})\\b`, "gu"), (word) =>
        chance(random, 0.5) ? pick(random, list) : word,
      );
    }
    // Whole numbers only ("14 000", "2,5" and years stay as they are): small counts and days.
    return text.replace(/\d+(?:[\s\u00a0\u202f.,]\d+)*/gu, (number) =>
      /^\d{1,2}$/.test(number) && chance(random, 0.7)
        ? String(randomInt(random, 1, Math.max(28, 2 * Number(number))))
        : number,
    );
  };
}

function renderArticle(
  random: Random,
  material: SourceMaterial,
  story: Story,
  duplicateOf: string | null,
): GeneratedArticle {
  const dateIn = chance(random, 0.8) ? "text" : "manifest";
  const blocks: string[] = [headline(random, material.clauses[story.language])];
  if (dateIn === "text") blocks.push(dateline(random, story.date, story.language));
  if (chance(random, 0.3)) blocks.push(pick(random, BYLINES[story.language]));
  let boilerplateBlocks = 0;
  story.paragraphs.forEach((paragraph, n) => {
    blocks.push(paragraph);
    const last = n === story.paragraphs.length - 1;
    if (material.boilerplate.length > 0 && chance(random, last ? 0.6 : 0.2)) {
      const run = pick(random, material.boilerplate);
      blocks.push(...run);
      boilerplateBlocks += run.length;
    }
  });
  return {
    file: story.file,
    language: story.language,
    date: story.date.toISOString().slice(0, 10),
    dateIn,
    duplicateOf,
    boilerplateBlocks,
    paragraphs: story.paragraphs,
    text: `${blocks.join("\n\n")}\n`,
  };
}

/** A sentence opening cut to at most 12 words, without closing punctuation: a headline. */
function headline(random: Random, pool: ClausePool): string {
  const source = pool.heads.length > 0 ? pick(random, pool.heads) : pick(random, pool.whole);
  const words = source
    .replace(/^[«"“\s]+/u, "")
    .split(/\s+/)
    .slice(0, 12)
    .join(" ");
  const trimmed = words.replace(/[\s,;:.!?…»"”)\]–-]+$/u, "");
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

function dateline(random: Random, date: Date, language: TextLanguage): string {
  const day = date.getUTCDate();
  const year = date.getUTCFullYear();
  if (language === "en") {
    const month = date.toLocaleString("en-US", { month: "long", timeZone: "UTC" });
    return `Published on ${month} ${day}, ${year}`;
  }
  const time = `${randomInt(random, 6, 22)}h${String(randomInt(random, 0, 59)).padStart(2, "0")}`;
  return `Publié le ${day} ${FRENCH_MONTHS[date.getUTCMonth()]} ${year} à ${time}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
