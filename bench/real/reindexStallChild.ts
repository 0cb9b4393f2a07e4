import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** What bench/reindexStall.ts measured (its --out file). */
export interface ReindexStall {
  readonly articles: number;
  readonly added: number;
  readonly sync: { readonly seconds: number; readonly longestStallMs: number };
  readonly save: { readonly seconds: number; readonly longestStallMs: number };
  readonly targetMs: number;
  readonly pass: boolean;
}

const SCRIPT = fileURLToPath(new URL("../reindexStall.js", import.meta.url));

/**
 * Runs bench/reindexStall.ts in a child process (its own heap and event loop) on the shared
 * corpus; null when the corpus is not here (a user's clone has none).
 */
export async function measureReindexStall(
  corpus: string,
  log: (line: string) => void,
): Promise<ReindexStall | null> {
  if (!existsSync(corpus)) return null;
  const dir = await mkdtemp(join(tmpdir(), "briefbot-stall-result-"));
  try {
    const out = join(dir, "stall.json");
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
      execFile(
        process.execPath,
        [SCRIPT, "--corpus", corpus, "--out", out],
        { maxBuffer: 1 << 20 },
        (error, stdout) => (error ? reject(error) : resolve({ stdout })),
      );
    });
    for (const line of stdout.trim().split("\n")) log(line);
    return JSON.parse(await readFile(out, "utf8")) as ReindexStall;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The target line for the report. */
export function stallTargetLine(s: ReindexStall): string {
  const worst = Math.max(s.sync.longestStallMs, s.save.longestStallMs);
  return `${s.pass ? "PASS" : "FAIL"}  commands held up at most ${worst} ms while ${s.added} new articles join ${s.articles} real ones (sync ${s.sync.seconds.toFixed(1)} s, save ${s.save.seconds.toFixed(1)} s; target <= ${s.targetMs} ms)`;
}
