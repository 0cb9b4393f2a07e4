import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package root (the folder holding package.json), found from this file in src/ or dist/src/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error("briefbot: cannot find package.json above the installed code");
    dir = parent;
  }
  return dir;
}

export const defaultCorpusDir = (): string => join(packageRoot(), "corpus");
export const defaultConfigDir = (): string => join(packageRoot(), "config");

/**
 * A worker's compiled script: `beside` (a URL next to the calling module, which is the script
 * once built), else the build's copy at `dist/<distPath>` (the test runner runs TypeScript
 * sources); null when neither exists (no build: the caller works in its own thread).
 */
export function compiledScript(beside: URL, ...distPath: string[]): string | null {
  const next = fileURLToPath(beside);
  if (existsSync(next)) return next;
  const built = join(packageRoot(), "dist", ...distPath);
  return existsSync(built) ? built : null;
}
