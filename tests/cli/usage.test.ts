import { describe, expect, test } from "vitest";
import { cli } from "./cliHarness.js";

const MAIN_USAGE = "Usage: briefbot <command> [options]";

describe("briefbot help", () => {
  test.each([["--help"], ["-h"], ["help"]])(
    "%s exits 0 with the main usage, listing every command, on stdout",
    async (flag) => {
      const result = await cli([flag]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      expect(result.stdout.startsWith("briefbot — per-topic news briefings with citations\n")).toBe(
        true,
      );
      expect(result.stdout).toContain(MAIN_USAGE);
      for (const command of [
        "topics",
        "brief <topic or story>",
        "stories [--limit n]",
        "search <words>",
        "digest",
        "start",
        "help [command]",
      ]) {
        expect(result.stdout).toContain(`\n  ${command} `);
      }
      for (const option of ["--corpus <dir>", "--config <dir>", "--json", "--limit <n>"]) {
        expect(result.stdout).toContain(option);
      }
    },
  );

  test.each([
    ["help", "brief"],
    ["brief", "--help"],
    ["brief", "-h"],
    ["--help", "brief"],
  ])("%s %s exits 0 with the usage of brief on stdout", async (...argv) => {
    const result = await cli(argv);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(
      result.stdout.startsWith(
        "Usage: briefbot brief <topic> [--limit n] [--since <since>] [--json]\n",
      ),
    ).toBe(true);
  });

  test.each([
    ["topics", "Usage: briefbot topics [action] [--json]"],
    ["digest", "Usage: briefbot digest [--limit n] [--since <since>] [--json]"],
    ["start", "Usage: briefbot start"],
  ])("help %s exits 0 with that command's usage", async (command, usage) => {
    const result = await cli(["help", command]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(`${usage}\n`)).toBe(true);
  });

  test("--help does not read the corpus, so it works with a missing --corpus", async () => {
    const result = await cli(["brief", "--help", "--corpus", "/nonexistent/briefbot-corpus"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
  });

  test("no arguments exits 2 with the main usage on stderr and nothing on stdout", async () => {
    const result = await cli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(MAIN_USAGE);
  });
});

describe("briefbot: bad command lines", () => {
  test("an unknown flag (--foo) exits 2 and names the flag", async () => {
    const result = await cli(["topics", "--foo"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^briefbot: unknown option '--foo' \(see briefbot --help\)\n$/);
    expect(result.stderr).toContain("(see briefbot --help)");
  });

  test("--limit on a command without sentences (topics) exits 2 instead of being ignored", async () => {
    expect(await cli(["topics", "--limit", "2"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "briefbot: topics takes no --limit\n",
    });
  });

  test("a misspelt command (digets) exits 2 and suggests digest", async () => {
    expect(await cli(["digets"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "briefbot: unknown command 'digets' — did you mean digest? (see briefbot --help)\n",
    });
  });

  test("a command unlike any other (frobnicate) exits 2 without a suggestion", async () => {
    expect(await cli(["frobnicate"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "briefbot: unknown command 'frobnicate' (see briefbot --help)\n",
    });
  });

  test("--limit with no value exits 2 and names the option", async () => {
    const result = await cli(["brief", "geneva", "--limit"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("--limit");
  });

  test("an empty --corpus exits 2 saying it needs a folder path", async () => {
    expect(await cli(["topics", "--corpus", ""])).toEqual({
      code: 2,
      stdout: "",
      stderr: "briefbot: --corpus needs a folder path\n",
    });
  });
});
