import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

export type EntityType = "person" | "organisation" | "media" | "place";

export interface GoldEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly variants: readonly string[];
  readonly role: string | null;
}

/** One article's annotation (bench/gold/quotes/README.md gives the rules). */
export interface GoldArticle {
  readonly id: string;
  readonly half: "tuning" | "heldout";
  readonly entities: readonly GoldEntity[];
  readonly quotes: readonly { readonly text: string; readonly speaker: string | null }[];
  readonly statements: readonly {
    readonly text: string;
    readonly speaker: string;
    readonly verb: string;
  }[];
}

const TYPES = new Set<string>(["person", "organisation", "media", "place"]);

/** Every annotation of `dir`, checked: a speaker must be one of the article's entities. */
export async function loadRealGold(dir: string): Promise<GoldArticle[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  const out: GoldArticle[] = [];
  for (const file of files) {
    const g = JSON.parse(await readFile(join(dir, file), "utf8")) as GoldArticle;
    const names = new Set(g.entities.map((e) => e.name));
    const bad = (what: string) => new Error(`${join(dir, file)}: ${what}`);
    if (g.half !== "tuning" && g.half !== "heldout") throw bad(`half '${String(g.half)}'`);
    for (const e of g.entities) if (!TYPES.has(e.type)) throw bad(`entity type '${e.type}'`);
    for (const q of [...g.quotes, ...g.statements]) {
      if (q.speaker !== null && !names.has(q.speaker)) throw bad(`unknown speaker '${q.speaker}'`);
    }
    out.push(g);
  }
  return out;
}
