import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSharedCorpus, type SharedArticle } from "./sharedCorpus.js";

/**
 * A temporary corpus folder: the articles `ids` of the shared corpus, one `<id>.json` file each
 * (so the engine's article id is the shared id), plus the first `background` other articles in
 * JSONL files, so that people are resolved among a realistic crowd of names.
 */
export async function writeRealCorpus(
  sharedFile: string,
  ids: ReadonlySet<string>,
  background: number,
): Promise<{ dir: string; missing: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), "briefbot-gold-"));
  const found = new Set<string>();
  let extra: SharedArticle[] = [];
  let part = 0;
  let written = 0;
  const flush = async () => {
    if (extra.length === 0) return;
    const lines = extra.map((a) => JSON.stringify({ title: a.title, date: a.date, text: a.text }));
    await writeFile(join(dir, `background-${part++}.jsonl`), `${lines.join("\n")}\n`);
    extra = [];
  };
  for await (const a of readSharedCorpus(sharedFile)) {
    if (ids.has(a.id)) {
      found.add(a.id);
      await writeFile(
        join(dir, `${a.id}.json`),
        JSON.stringify({ title: a.title, date: a.date, text: a.text }),
      );
    } else if (written < background) {
      extra.push(a);
      written++;
      if (extra.length === 500) await flush();
    }
    if (found.size === ids.size && written >= background) break;
  }
  await flush();
  return { dir, missing: [...ids].filter((id) => !found.has(id)) };
}
