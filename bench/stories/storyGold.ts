import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** One labelled day pair of bench/gold/stories/ (its README gives the rules). */
export interface StoryGoldFile {
  readonly file: string;
  readonly half: "tuning" | "heldout";
  readonly days: readonly [string, string];
  /** Article id → story id. */
  readonly stories: ReadonlyMap<string, string>;
  /** Article id → title. */
  readonly titles: ReadonlyMap<string, string>;
}

export async function loadStoryGold(dir: string): Promise<StoryGoldFile[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  return Promise.all(
    files.map(async (file) => {
      const raw = JSON.parse(await readFile(join(dir, file), "utf8")) as {
        half: "tuning" | "heldout";
        days: [string, string];
        articles: { id: string; title: string; story: string }[];
      };
      return {
        file,
        half: raw.half,
        days: raw.days,
        stories: new Map(raw.articles.map((a) => [a.id, a.story])),
        titles: new Map(raw.articles.map((a) => [a.id, a.title])),
      };
    }),
  );
}
