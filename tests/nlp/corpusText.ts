import { readdirSync, readFileSync } from "node:fs";

const CORPUS_DIR = new URL("../../corpus/", import.meta.url);

/** Text of the bundled corpus file whose name starts with `prefix` ("000", "002"…). */
export function corpusText(prefix: string): string {
  const file = readdirSync(CORPUS_DIR).find(
    (name) => name.startsWith(prefix) && name.endsWith(".txt"),
  );
  if (file === undefined)
    throw new Error(`expected a corpus file starting with ${prefix}, found none`);
  return readFileSync(new URL(file, CORPUS_DIR), "utf8");
}

/** The first line of `text` that contains `fragment` (corpus 002 repeats some paragraphs). */
export function lineContaining(text: string, fragment: string): string {
  const line = text.split("\n").find((candidate) => candidate.includes(fragment));
  if (line === undefined)
    throw new Error(`expected a line containing ${JSON.stringify(fragment)}, found none`);
  return line;
}
