import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type CliResult, cli, makeTempDir, REPO_ROOT, removeTempDirs } from "./cliHarness.js";

const TEXT = [
  "Les images sont impressionnantes.",
  "Le gouvernement a décidé de ne pas prolonger l'état d'urgence sanitaire au-delà du 10 juillet, a indiqué mardi Matignon à l'AFP.",
  "Mis en place le 24 mars pour lutter contre l'épidémie de coronavirus, l'état d'urgence sanitaire avait été prolongé le 11 mai pour deux mois.",
  "Mais les préfets garderont des pouvoirs pour limiter les rassemblements.",
  "La météo sera ensoleillée sur la Bretagne ce week-end.",
].join(" ");
// Matignon is no person the people step knows: the attribution tail, the only trace of who said
// it, stays (a tail is traded only for a person's name, see "trades the attribution tail…").
const LEAD =
  "Le gouvernement a décidé de ne pas prolonger l'état d'urgence sanitaire au-delà du 10 juillet, a indiqué mardi Matignon à l'AFP.";

/** `briefbot summarize …` in process, with `stdin` as standard input. */
function summarize(argv: readonly string[], stdin?: string, cwd = REPO_ROOT): Promise<CliResult> {
  return cli(["summarize", ...argv], stdin === undefined ? { cwd } : { cwd, stdin });
}

afterEach(removeTempDirs);

describe("briefbot summarize <file>", () => {
  it("prints the summary of a text file as one paragraph", async () => {
    const dir = makeTempDir({ "article.txt": TEXT });
    expect(await summarize(["article.txt"], undefined, dir)).toEqual({
      code: 0,
      stdout: `${LEAD}\n`,
      stderr: "",
    });
  });

  it("honours --sentences and --words, and prints JSON with --json", async () => {
    const dir = makeTempDir({ "article.txt": TEXT });
    const result = await summarize(["article.txt", "--sentences", "1", "--json"], undefined, dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      id: "article.txt",
      summary: LEAD,
      sentences: [LEAD],
    });
    expect((await summarize(["article.txt", "--words", "10"], undefined, dir)).stdout).toBe(
      `${LEAD}\n`,
    );
  });

  it("reads standard input for -", async () => {
    expect(await summarize(["-"], TEXT)).toEqual({
      code: 0,
      stdout: `${LEAD}\n`,
      stderr: "",
    });
  });

  it.each([
    [[], "briefbot: summarize needs one file, or - for standard input; found none\n"],
    [
      ["a.txt", "b.txt"],
      "briefbot: summarize needs one file, or - for standard input; found 'a.txt b.txt'\n",
    ],
    [
      ["a.txt", "--words", "lots"],
      "briefbot: --words must be a whole number from 1 to 1000, not 'lots'\n",
    ],
    [
      ["a.txt", "--words", "0"],
      "briefbot: --words must be a whole number from 1 to 1000, not '0'\n",
    ],
    [
      ["a.txt", "--sentences", "2.5"],
      "briefbot: --sentences must be a whole number from 1 to 50, not '2.5'\n",
    ],
    [["a.txt", "--limit", "3"], "briefbot: summarize takes no --limit (see --sentences)\n"],
    [["-"], "briefbot: standard input is not available here\n"],
  ])("summarize %j is a usage error (exit 2)", async (argv, message) => {
    expect(await summarize(argv)).toEqual({ code: 2, stdout: "", stderr: message });
  });

  it("exits 1 for a missing file, a folder and an empty text", async () => {
    const dir = makeTempDir({ "empty.txt": "  \n", "folder/x.txt": "x" });
    expect(await summarize(["missing.txt"], undefined, dir)).toEqual({
      code: 1,
      stdout: "",
      stderr: "briefbot: cannot read missing.txt: no such file\n",
    });
    expect((await summarize(["folder"], undefined, dir)).stderr).toBe(
      "briefbot: cannot read folder: it is a folder, not a file\n",
    );
    expect(await summarize(["empty.txt"], undefined, dir)).toEqual({
      code: 1,
      stdout: "",
      stderr: "briefbot: nothing to summarize in empty.txt: the text is empty\n",
    });
  });
});

describe("briefbot summarize --jsonl", () => {
  it("writes one line per article and reports bad lines with their number (exit 1)", async () => {
    const lines = [
      JSON.stringify({ id: "a", text: TEXT, title: "L'état d'urgence ne sera pas prolongé" }),
      "{not json",
      "",
      JSON.stringify({ id: "b" }),
      JSON.stringify({ id: "c", text: "   " }),
      JSON.stringify(["a", "b"]),
      JSON.stringify({ id: "d", text: "La météo sera ensoleillée sur la Bretagne ce week-end." }),
    ];
    const result = await summarize(["-", "--jsonl"], lines.join("\n"));
    expect(result.code).toBe(1);
    expect(
      result.stdout
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { id: "a", summary: LEAD, sentences: [LEAD] },
      {
        id: "d",
        summary: "La météo sera ensoleillée sur la Bretagne ce week-end.",
        sentences: ["La météo sera ensoleillée sur la Bretagne ce week-end."],
      },
    ]);
    expect(result.stderr.split("\n")).toEqual([
      expect.stringMatching(/^briefbot: stdin:2: invalid JSON \(.+\), skipped$/),
      'briefbot: stdin:4: expected "text" to be a string, found nothing, skipped',
      "briefbot: stdin:5: the text is empty, skipped",
      "briefbot: stdin:6: expected an object, found an array, skipped",
      "",
    ]);
  });

  it("exits 0 when every line is summarized", async () => {
    const dir = makeTempDir({ "dump.jsonl": `${JSON.stringify({ id: "a", text: TEXT })}\n` });
    expect(await summarize(["dump.jsonl", "--jsonl"], undefined, dir)).toEqual({
      code: 0,
      stdout: `${JSON.stringify({ id: "a", summary: LEAD, sentences: [LEAD] })}\n`,
      stderr: "",
    });
  });
});

describe("briefbot summarize as a process", () => {
  it("reads a piped standard input (dist/src/cli/main.js)", () => {
    const main = join(REPO_ROOT, "dist/src/cli/main.js");
    if (!existsSync(main)) throw new Error("dist/src/cli/main.js is missing — run npm run build");
    const result = spawnSync(process.execPath, [main, "summarize", "-"], {
      input: TEXT,
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${LEAD}\n`);
  });
});
