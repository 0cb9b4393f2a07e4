import { cp, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, test } from "vitest";
import { type CorpusFs, nodeCorpusFs, readCorpusFolder } from "../../src/corpus/read/index.js";
import { OUTSIDE_LINK } from "../../src/corpus/read/walkCorpus.js";
import { UserError } from "../../src/errors.js";
import { makeTempCorpus, removeTempCorpora } from "../fixtures/read/tempCorpus.js";

const BUNDLED_CORPUS = join(dirname(fileURLToPath(import.meta.url)), "../../corpus");
const BUNDLED_FILES = [
  "000_3ab86442644f17d1.txt",
  "001_af7f786ff45170bb.txt",
  "002_9c2d094854075071.txt",
  "003_763ac30657c09442.txt",
  "004_6d22544932a82c8b.txt",
];
const LOOKED_FOR = "(looked for .txt, .md, .html, .json, .jsonl files)";

afterEach(removeTempCorpora);

async function expectUserError(promise: Promise<unknown>, code: string, message: string) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UserError);
  expect(error).toMatchObject({ code, message });
}

describe("readCorpusFolder: the bundled corpus", () => {
  test("loads exactly the five .txt articles, in file order, with no warnings", async () => {
    const { documents, warnings } = await readCorpusFolder(BUNDLED_CORPUS);
    expect(documents.map((d) => d.file)).toEqual(BUNDLED_FILES);
    expect(documents.every((d) => d.format === "txt" && d.record === 0)).toBe(true);
    expect(warnings).toEqual([]);
  });

  test("keeps the text exactly as in the file", async () => {
    const { documents } = await readCorpusFolder(BUNDLED_CORPUS);
    for (const document of documents) {
      const raw = await readFile(join(BUNDLED_CORPUS, document.file), "utf8");
      expect(document.text).toBe(raw.replace(/\r\n?/g, "\n"));
    }
    expect(documents[0]?.text.startsWith("Blinken\n\nUkraine : les membres de l’OTAN")).toBe(true);
  });

  test("does not load README.md or manifest.json as documents, even when both are present", async () => {
    const dir = await makeTempCorpus();
    await cp(BUNDLED_CORPUS, dir, { recursive: true });
    await writeFile(join(dir, "README.md"), "# About this corpus\n\nFive articles.\n");
    await writeFile(
      join(dir, "manifest.json"),
      JSON.stringify({ files: { [BUNDLED_FILES[1] ?? ""]: { date: "2022-01-21" } } }),
    );
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents.map((d) => d.file)).toEqual(BUNDLED_FILES);
    expect(warnings).toEqual([]);
  });

  test("takes dates and language from the bundled manifest", async () => {
    const { documents } = await readCorpusFolder(BUNDLED_CORPUS);
    const manifest = JSON.parse(await readFile(join(BUNDLED_CORPUS, "manifest.json"), "utf8")) as {
      files: Record<string, { date?: string; language?: string }>;
    };
    for (const document of documents) {
      const entry = manifest.files[document.file];
      expect(document.date).toBe(entry?.date);
      expect(document.language).toBe(entry?.language);
    }
  });
});

describe("readCorpusFolder: walking the folder", () => {
  test("reads subfolders recursively and sorts documents by relative path", async () => {
    const dir = await makeTempCorpus({
      "b.txt": "B",
      "a/z.txt": "AZ",
      "a/b/c.txt": "ABC",
      "a.txt": "A",
      "B.txt": "upper B",
    });
    const { documents } = await readCorpusFolder(dir);
    expect(documents.map((d) => [d.file, d.text])).toEqual([
      ["B.txt", "upper B"],
      ["a.txt", "A"],
      ["a/b/c.txt", "ABC"],
      ["a/z.txt", "AZ"],
      ["b.txt", "B"],
    ]);
  });

  test("skips hidden files and folders, README/LICENSE/NOTICE files and the root manifest, without warnings", async () => {
    const dir = await makeTempCorpus({
      "article.txt": "Text.",
      ".hidden.txt": "hidden",
      ".git/HEAD": "ref: refs/heads/main",
      "README.md": "# Readme",
      "readme.txt": "readme",
      LICENSE: "MIT",
      "LICENSE-CC-BY.txt": "CC",
      "NOTICE.txt": "notice",
      "sub/README": "readme",
      "manifest.json": '{ "files": {} }',
    });
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents.map((d) => d.file)).toEqual(["article.txt"]);
    expect(warnings).toEqual([]);
  });

  test("loads a file whose name only starts with 'notice' and a manifest.json in a subfolder", async () => {
    const dir = await makeTempCorpus({
      "notice_of_strike.txt": "Strike.",
      "sub/manifest.json": '{ "text": "An article named manifest.json." }',
    });
    const { documents } = await readCorpusFolder(dir);
    expect(documents.map((d) => d.file)).toEqual(["notice_of_strike.txt", "sub/manifest.json"]);
  });

  test("walks into a folder named x.txt instead of reading it as a file", async () => {
    const dir = await makeTempCorpus({ "a.txt": "A", "x.txt/inner.txt": "Inner." });
    await mkdir(join(dir, "empty.txt"));
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents.map((d) => d.file)).toEqual(["a.txt", "x.txt/inner.txt"]);
    expect(warnings).toEqual([]);
  });

  test("warns once about a dangling symbolic link and loads the rest", async () => {
    const dir = await makeTempCorpus({ "a.txt": "A" });
    await symlink(join(dir, "missing.txt"), join(dir, "broken.txt"));
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents.map((d) => d.file)).toEqual(["a.txt"]);
    expect(warnings).toEqual([
      {
        file: "broken.txt",
        reason: "cannot read file: ENOENT (no such file, or a broken symbolic link), skipped",
      },
    ]);
  });

  test("follows a symbolic link to a file and does not loop on a link to a parent folder", async () => {
    const dir = await makeTempCorpus({ "sub/a.txt": "A" });
    await symlink(join(dir, "sub/a.txt"), join(dir, "link.txt"));
    await symlink(dir, join(dir, "sub/loop"));
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents.map((d) => d.file)).toEqual(["link.txt", "sub/a.txt"]);
    expect(warnings).toEqual([]);
  });

  test("skips a symbolic link to a file outside the folder, with a warning, and never reads it", async () => {
    const outside = await makeTempCorpus({ "secret.txt": "Outside secret." });
    const dir = await makeTempCorpus({ "a.txt": "A" });
    await symlink(join(outside, "secret.txt"), join(dir, "secret.txt"));
    await symlink(join(outside, "secret.txt"), join(dir, "chain.txt"));
    await symlink(join(dir, "chain.txt"), join(dir, "via-inside.txt"));
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents.map((d) => d.text)).toEqual(["A"]);
    expect(warnings).toEqual([
      { file: "chain.txt", reason: OUTSIDE_LINK },
      { file: "secret.txt", reason: OUTSIDE_LINK },
      { file: "via-inside.txt", reason: OUTSIDE_LINK },
    ]);
    expect(OUTSIDE_LINK).toBe("symbolic link to a place outside the corpus folder, skipped");
  });

  test("skips a symbolic link to a folder outside, even one holding the corpus folder", async () => {
    const outside = await makeTempCorpus({ "notes/b.txt": "Outside note." });
    const dir = await makeTempCorpus({ "a.txt": "A" });
    await symlink(join(outside, "notes"), join(dir, "notes"));
    await symlink(join(dir, ".."), join(dir, "up"));
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents.map((d) => d.file)).toEqual(["a.txt"]);
    expect(warnings).toEqual([
      { file: "notes", reason: OUTSIDE_LINK },
      { file: "up", reason: OUTSIDE_LINK },
    ]);
  });

  test("a corpus folder reached through a symbolic link still reads its own links inside", async () => {
    const dir = await makeTempCorpus({ "sub/a.txt": "A" });
    await symlink(join(dir, "sub/a.txt"), join(dir, "link.txt"));
    const viaLink = `${dir}-link`;
    await symlink(dir, viaLink);
    try {
      const { documents, warnings } = await readCorpusFolder(viaLink);
      expect(documents.map((d) => d.file)).toEqual(["link.txt", "sub/a.txt"]);
      expect(warnings).toEqual([]);
    } finally {
      await rm(viaLink);
    }
  });

  test("warns once about a subfolder that cannot be listed", async () => {
    const dir = await makeTempCorpus({ "a.txt": "A", "locked/b.txt": "B" });
    const fs: CorpusFs = {
      ...nodeCorpusFs,
      readdir: (path) =>
        path.endsWith("locked")
          ? Promise.reject(Object.assign(new Error("EACCES"), { code: "EACCES" }))
          : nodeCorpusFs.readdir(path),
    };
    const { documents, warnings } = await readCorpusFolder(dir, { fs });
    expect(documents.map((d) => d.file)).toEqual(["a.txt"]);
    expect(warnings).toEqual([
      { file: "locked", reason: "cannot read folder: EACCES (permission denied), skipped" },
    ]);
  });
});

describe("readCorpusFolder: user errors", () => {
  test("a missing folder is CORPUS_NOT_FOUND 'corpus folder not found'", async () => {
    const dir = join(await makeTempCorpus(), "nope");
    await expectUserError(
      readCorpusFolder(dir),
      "CORPUS_NOT_FOUND",
      `corpus folder not found: ${dir}`,
    );
  });

  test("a file given as the folder is CORPUS_NOT_FOUND 'corpus path is not a folder'", async () => {
    const dir = await makeTempCorpus({ "a.txt": "A" });
    const file = join(dir, "a.txt");
    await expectUserError(
      readCorpusFolder(file),
      "CORPUS_NOT_FOUND",
      `corpus path is not a folder: ${file}`,
    );
  });

  test("a folder that cannot be listed is CORPUS_NOT_FOUND with the error code", async () => {
    const dir = await makeTempCorpus({ "a.txt": "A" });
    const fs: CorpusFs = {
      ...nodeCorpusFs,
      readdir: () => Promise.reject(Object.assign(new Error("EACCES"), { code: "EACCES" })),
    };
    await expectUserError(
      readCorpusFolder(dir, { fs }),
      "CORPUS_NOT_FOUND",
      `cannot open corpus folder ${dir}: EACCES (permission denied)`,
    );
  });

  test("an empty folder is CORPUS_EMPTY without a skipped-files part", async () => {
    const dir = await makeTempCorpus();
    await expectUserError(
      readCorpusFolder(dir),
      "CORPUS_EMPTY",
      `no articles found in ${dir} ${LOOKED_FOR}`,
    );
  });

  test("a folder with only documentation is CORPUS_EMPTY without a skipped-files part", async () => {
    const dir = await makeTempCorpus({ "README.md": "# Corpus", "manifest.json": '{"files":{}}' });
    await expectUserError(
      readCorpusFolder(dir),
      "CORPUS_EMPTY",
      `no articles found in ${dir} ${LOOKED_FOR}`,
    );
  });

  test("a folder with only bad files is CORPUS_EMPTY listing the first three reasons", async () => {
    const dir = await makeTempCorpus({
      "a.txt": "",
      "b.pdf": "%PDF",
      "c.json": "{",
      "d.txt": "   \n",
      "e.bin": "x",
    });
    let jsonMessage = "";
    try {
      JSON.parse("{");
    } catch (error) {
      jsonMessage = (error as Error).message;
    }
    await expectUserError(
      readCorpusFolder(dir),
      "CORPUS_EMPTY",
      `no articles found in ${dir} ${LOOKED_FOR}; 5 file(s) skipped: a.txt: empty file; ` +
        "b.pdf: unsupported file type .pdf (expected .txt, .md, .html, .json or .jsonl); " +
        `c.json: invalid JSON: ${jsonMessage}; and 2 more`,
    );
  });

  test("a single bad file is named in the CORPUS_EMPTY message", async () => {
    const dir = await makeTempCorpus({ "only.txt": Buffer.from([0x00, 0x01, 0x02]) });
    await expectUserError(
      readCorpusFolder(dir),
      "CORPUS_EMPTY",
      `no articles found in ${dir} ${LOOKED_FOR}; 1 file(s) skipped: only.txt: binary file`,
    );
  });
});

describe("readCorpusFolder: manifest.json", () => {
  test("fills metadata the file does not give; the file's own metadata wins", async () => {
    const dir = await makeTempCorpus({
      "a.txt": "Plain text.",
      "b.json": JSON.stringify({ text: "Body.", title: "From the file", date: "2022-01-02" }),
      "manifest.json": JSON.stringify({
        files: {
          "a.txt": {
            title: "Manifest title",
            date: "2022-01-21",
            url: "https://example.org/a",
            outlet: "Le Monde",
            language: "fr",
            description: "for people",
          },
          "b.json": { title: "Manifest title", date: "2022-01-21", outlet: "AFP" },
        },
      }),
    });
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents).toEqual([
      {
        file: "a.txt",
        format: "txt",
        text: "Plain text.",
        record: 0,
        title: "Manifest title",
        date: "2022-01-21",
        url: "https://example.org/a",
        outlet: "Le Monde",
        language: "fr",
      },
      {
        file: "b.json",
        format: "json",
        text: "Body.",
        record: 0,
        title: "From the file",
        date: "2022-01-02",
        outlet: "AFP",
      },
    ]);
    expect(warnings).toEqual([]);
  });

  test("an entry for a file that does not exist gives one warning and the rest applies", async () => {
    const dir = await makeTempCorpus({
      "a.txt": "A",
      "manifest.json": JSON.stringify({
        files: { "a.txt": { outlet: "AFP" }, "gone.txt": { outlet: "AP" } },
      }),
    });
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents[0]?.outlet).toBe("AFP");
    expect(warnings).toEqual([
      { file: "manifest.json", reason: 'files["gone.txt"]: no such file in the corpus folder' },
    ]);
  });

  test("a field of the wrong type gives one warning with its path and the manifest is ignored", async () => {
    const dir = await makeTempCorpus({
      "a.txt": "A",
      "manifest.json": JSON.stringify({ files: { "a.txt": { outlet: "AFP", date: 20220121 } } }),
    });
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents[0]?.outlet).toBeUndefined();
    expect(warnings).toEqual([
      {
        file: "manifest.json",
        reason: 'files["a.txt"].date: expected a string, found 20220121; manifest ignored',
      },
    ]);
  });

  test("a date that is not ISO, plus a second problem, gives one warning counting the rest", async () => {
    const dir = await makeTempCorpus({
      "a.txt": "A",
      "manifest.json": JSON.stringify({
        files: { "a.txt": { date: "21 janvier 2022", title: "" } },
      }),
    });
    const { warnings } = await readCorpusFolder(dir);
    expect(warnings).toEqual([
      {
        file: "manifest.json",
        reason:
          'files["a.txt"].title: expected a non-empty string, found ""' +
          " (and 1 more problem(s)); manifest ignored",
      },
    ]);
  });

  test("a manifest without a files object gives one warning and is ignored", async () => {
    const dir = await makeTempCorpus({ "a.txt": "A", "manifest.json": "[]" });
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents).toHaveLength(1);
    expect(warnings).toEqual([
      { file: "manifest.json", reason: "expected an object, found an array; manifest ignored" },
    ]);
  });

  test("a manifest that is not valid JSON gives one warning and is ignored", async () => {
    const dir = await makeTempCorpus({ "a.txt": "A", "manifest.json": "{ files: " });
    let jsonMessage = "";
    try {
      JSON.parse("{ files: ");
    } catch (error) {
      jsonMessage = (error as Error).message;
    }
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents).toHaveLength(1);
    expect(warnings).toEqual([
      { file: "manifest.json", reason: `invalid JSON: ${jsonMessage}; manifest ignored` },
    ]);
  });
});
