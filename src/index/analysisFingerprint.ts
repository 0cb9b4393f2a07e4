import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Packages whose code shapes the analyses (the stemmers and stop-word lists of `src/nlp/`): their
 * versions are hashed with the code.
 */
const ANALYSIS_PACKAGES = ["natural"];

export interface CodeFingerprints {
  /**
   * A hash of the code that turns files into analyses (`src/corpus/`, `src/nlp/`, and the
   * helpers they use, with the versions of `ANALYSIS_PACKAGES`): a saved analysis is reused only
   * by the code that made it. Hashing the code itself, rather than a version number someone must
   * remember to bump, means any change to cleaning or splitting invalidates saved indexes.
   */
  readonly analysis: string;
  /**
   * A hash of all the engine's code (`src/`): what a saved index keeps of the work done on top of
   * the analyses (topic scores, statements, priors, people found per sentence) is reused only by
   * the very code that did it.
   */
  readonly engine: string;
}

/** Reads the code (a few hundred kB): taken once by whoever stamps saved work with it. */
export function codeFingerprints(): CodeFingerprints {
  return {
    analysis: codeFingerprint(["corpus", "nlp", "text", "util"]),
    engine: codeFingerprint([""]),
  };
}

function codeFingerprint(folders: readonly string[]): string {
  const src = dirname(dirname(fileURLToPath(import.meta.url)));
  const hash = createHash("sha256");
  const require = createRequire(import.meta.url);
  for (const name of ANALYSIS_PACKAGES) {
    hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
  }
  for (const folder of folders) {
    for (const file of codeFiles(join(src, folder))) {
      hash.update(file.slice(src.length));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

function codeFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return names
    .filter((n) => /\.(?:js|ts)$/.test(n) && !n.endsWith(".d.ts"))
    .sort()
    .map((n) => join(dir, n));
}
