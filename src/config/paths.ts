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
