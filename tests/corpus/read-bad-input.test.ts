import { afterEach, describe, expect, test } from "vitest";
import {
  type CorpusFs,
  DEFAULT_MAX_FILE_BYTES,
  nodeCorpusFs,
  readCorpusFolder,
} from "../../src/corpus/read/index.js";
import { makeTempCorpus, removeTempCorpora } from "../fixtures/read/tempCorpus.js";

afterEach(removeTempCorpora);

/** A corpus with one good file next to `files`, so the folder is never empty. */
async function readWithGoodFile(
  files: Record<string, string | Uint8Array>,
  options: { maxFileBytes?: number; fs?: CorpusFs } = {},
) {
  const dir = await makeTempCorpus({ "good.txt": "A good article.", ...files });
  return readCorpusFolder(dir, options);
}

function utf16(text: string, order: "le" | "be"): Buffer {
  const le = Buffer.from(text, "utf16le");
  const body = order === "le" ? le : Buffer.from(le).swap16();
  return Buffer.concat([Buffer.from(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

describe("readCorpusFolder: files that are skipped with one warning", () => {
  test("an empty file is skipped with 'empty file, skipped'", async () => {
    const { documents, warnings } = await readWithGoodFile({ "empty.txt": "" });
    expect(documents.map((d) => d.file)).toEqual(["good.txt"]);
    expect(warnings).toEqual([{ file: "empty.txt", reason: "empty file, skipped" }]);
  });

  test("a whitespace-only file is skipped with 'empty file, skipped'", async () => {
    const { documents, warnings } = await readWithGoodFile({ "blank.md": " \n\t\r\n  \n" });
    expect(documents.map((d) => d.file)).toEqual(["good.txt"]);
    expect(warnings).toEqual([{ file: "blank.md", reason: "empty file, skipped" }]);
  });

  test("a file with NUL bytes is skipped as binary", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00]);
    const { documents, warnings } = await readWithGoodFile({ "image.txt": png });
    expect(documents.map((d) => d.file)).toEqual(["good.txt"]);
    expect(warnings).toEqual([{ file: "image.txt", reason: "binary file, skipped" }]);
  });

  test("a file with more than 10% control characters is skipped as binary", async () => {
    const bytes = Buffer.from("abcdefgh\x01\x02".repeat(50), "latin1");
    const { warnings } = await readWithGoodFile({ "noise.txt": bytes });
    expect(warnings).toEqual([{ file: "noise.txt", reason: "binary file, skipped" }]);
  });

  test("a file with a few control characters (10% or less) still loads", async () => {
    const { documents, warnings } = await readWithGoodFile({ "ok.txt": "abcdefghi\x01" });
    expect(documents.find((d) => d.file === "ok.txt")?.text).toBe("abcdefghi\x01");
    expect(warnings).toEqual([]);
  });

  test("a file over the size limit is skipped without being read", async () => {
    const read: string[] = [];
    const fs: CorpusFs = {
      ...nodeCorpusFs,
      readFile: (path) => {
        read.push(path);
        return nodeCorpusFs.readFile(path);
      },
    };
    const { documents, warnings } = await readWithGoodFile(
      { "big.txt": "x".repeat(2048) },
      { maxFileBytes: 1024, fs },
    );
    expect(documents.map((d) => d.file)).toEqual(["good.txt"]);
    expect(warnings).toEqual([
      { file: "big.txt", reason: "2.0 KB, over the 1.0 KB limit, skipped" },
    ]);
    expect(read.some((path) => path.endsWith("big.txt"))).toBe(false);
  });

  test("the default size limit is 5 MiB and is reported in MB", async () => {
    expect(DEFAULT_MAX_FILE_BYTES).toBe(5 * 1024 * 1024);
    const size = Math.round(12.3 * 1024 * 1024);
    const fs: CorpusFs = {
      ...nodeCorpusFs,
      lstat: async (path) => {
        const stats = await nodeCorpusFs.lstat(path);
        if (!path.endsWith("huge.txt")) return stats;
        return { size, isFile: () => true, isDirectory: () => false };
      },
    };
    const { warnings } = await readWithGoodFile({ "huge.txt": "small on disk" }, { fs });
    expect(warnings).toEqual([
      { file: "huge.txt", reason: "12.3 MB, over the 5.0 MB limit, skipped" },
    ]);
  });

  test("a file that cannot be read (EACCES) is skipped with the error code", async () => {
    const fs: CorpusFs = {
      ...nodeCorpusFs,
      readFile: (path) =>
        path.endsWith("secret.txt")
          ? Promise.reject(
              Object.assign(new Error(`EACCES: permission denied, open '${path}'`), {
                code: "EACCES",
              }),
            )
          : nodeCorpusFs.readFile(path),
    };
    const { documents, warnings } = await readWithGoodFile({ "secret.txt": "Secret." }, { fs });
    expect(documents.map((d) => d.file)).toEqual(["good.txt"]);
    expect(warnings).toEqual([
      { file: "secret.txt", reason: "cannot read file: EACCES (permission denied), skipped" },
    ]);
  });

  test("a read failure without an error code is reported with its message", async () => {
    const fs: CorpusFs = {
      ...nodeCorpusFs,
      readFile: (path) =>
        path.endsWith("odd.txt")
          ? Promise.reject(new Error("device went away"))
          : nodeCorpusFs.readFile(path),
    };
    const { warnings } = await readWithGoodFile({ "odd.txt": "x" }, { fs });
    expect(warnings).toEqual([
      { file: "odd.txt", reason: "cannot read file: device went away, skipped" },
    ]);
  });

  test("a file with an unsupported extension is skipped naming the expected types", async () => {
    const { documents, warnings } = await readWithGoodFile({
      "report.PDF": "%PDF-1.4",
      notes: "no extension",
    });
    expect(documents.map((d) => d.file)).toEqual(["good.txt"]);
    expect(warnings).toEqual([
      {
        file: "notes",
        reason: "unsupported file type (no extension) (expected .txt, .md, .html, .json or .jsonl)",
      },
      {
        file: "report.PDF",
        reason: "unsupported file type .pdf (expected .txt, .md, .html, .json or .jsonl)",
      },
    ]);
  });
});

describe("readCorpusFolder: decoding", () => {
  test("Windows-1252 bytes load as text with one warning: 'caf\\xe9' becomes 'café'", async () => {
    const { documents, warnings } = await readWithGoodFile({
      "latin.txt": Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35]),
    });
    expect(documents.find((d) => d.file === "latin.txt")?.text).toBe("café €5");
    expect(warnings).toEqual([
      { file: "latin.txt", reason: "not valid UTF-8; decoded as Windows-1252" },
    ]);
  });

  test("UTF-16 LE with a BOM is decoded without a warning", async () => {
    const { documents, warnings } = await readWithGoodFile({
      "utf16le.txt": utf16("Élysée\r\nTwo", "le"),
    });
    expect(documents.find((d) => d.file === "utf16le.txt")?.text).toBe("Élysée\nTwo");
    expect(warnings).toEqual([]);
  });

  test("UTF-16 BE with a BOM is decoded without a warning", async () => {
    const { documents, warnings } = await readWithGoodFile({ "utf16be.txt": utf16("Ça va", "be") });
    expect(documents.find((d) => d.file === "utf16be.txt")?.text).toBe("Ça va");
    expect(warnings).toEqual([]);
  });

  test("UTF-16 with a BOM but an odd byte count is skipped as invalid UTF-16", async () => {
    const bytes = Buffer.concat([utf16("abc", "le"), Buffer.from([0x41])]);
    const { warnings } = await readWithGoodFile({ "broken16.txt": bytes });
    expect(warnings).toEqual([{ file: "broken16.txt", reason: "not valid UTF-16, skipped" }]);
  });

  test("a UTF-8 BOM is removed and CRLF / CR line endings become \\n", async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("Title\r\n\r\nLine one\rLine two\n"),
    ]);
    const { documents, warnings } = await readWithGoodFile({ "bom.txt": bytes });
    expect(documents.find((d) => d.file === "bom.txt")?.text).toBe("Title\n\nLine one\nLine two\n");
    expect(warnings).toEqual([]);
  });

  test("typography is kept as decoded: no-break spaces, curly quotes and dashes", async () => {
    const text = "« Bonjour » — l’OTAN\u202f: oui\u00a0!";
    const { documents } = await readWithGoodFile({ "typo.txt": text });
    expect(documents.find((d) => d.file === "typo.txt")?.text).toBe(text);
  });

  test("a Windows-1252 file that is empty after decoding gives only 'empty file, skipped'", async () => {
    const dir = await makeTempCorpus({ "good.txt": "A", "nbsp.txt": Buffer.from([0xa0, 0x0a]) });
    const { warnings } = await readCorpusFolder(dir);
    expect(warnings).toEqual([{ file: "nbsp.txt", reason: "empty file, skipped" }]);
  });
});
