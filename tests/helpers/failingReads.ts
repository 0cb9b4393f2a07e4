import { type CorpusFs, nodeCorpusFs } from "../../src/corpus/read/corpusFs.js";

/**
 * The real file system, except that reading `file` fails with EIO while `failing` is set: a
 * read error a test process cannot cause for real (running as root, `chmod 000` still reads).
 */
export function failingReads(file: string): { fs: CorpusFs; failing: boolean } {
  const control = {
    failing: false,
    fs: {
      ...nodeCorpusFs,
      readFile: (path: string) =>
        control.failing && path === file
          ? Promise.reject(Object.assign(new Error("i/o"), { code: "EIO" }))
          : nodeCorpusFs.readFile(path),
    },
  };
  return control;
}
