import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, REPO_ROOT } from "./cliHarness.js";

const MAIN = "dist/src/cli/main.js";

/** How long a child may run before it is killed; the tests' own limit is above it. */
const SPAWN_TIMEOUT_MS = 120_000;

/** The parent's environment without chat credentials, so `start` and start-up stay offline. */
function offlineEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.startsWith("DISCORD_") || name.startsWith("SLACK_")) {
      delete env[name];
    }
  }
  return env;
}

function spawn(
  command: string,
  args: readonly string[],
  cwd: string = REPO_ROOT,
): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, {
    cwd,
    env: offlineEnv(),
    encoding: "utf8",
    // Generous: npm alone takes seconds on a loaded machine; a hung child still ends.
    timeout: SPAWN_TIMEOUT_MS,
  });
  if (result.error) throw result.error;
  return result;
}

/** Fails (never skips) when the CLI has not been built. */
function requireBuilt(): void {
  if (!existsSync(join(REPO_ROOT, MAIN))) {
    throw new Error(`${MAIN} is missing — run npm run build first`);
  }
}

/** Runs the built CLI with node from the repository root. */
function runBuilt(...args: string[]): SpawnSyncReturns<string> {
  requireBuilt();
  return spawn(process.execPath, [MAIN, ...args]);
}

describe("briefbot as a process (dist/src/cli/main.js)", {
  timeout: SPAWN_TIMEOUT_MS + 30_000,
}, () => {
  test("topics exits 0, prints the same as in process, and nothing at all on stderr", async () => {
    const result = runBuilt("topics");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe((await cli(["topics"])).stdout);
  });

  test("brief natoo exits 2 with the suggestion on stderr", () => {
    const result = runBuilt("brief", "natoo");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("briefbot: unknown topic 'natoo' — did you mean nato-unity?\n");
  });

  test("--corpus /nonexistent exits 1 saying the folder is not found", () => {
    const result = runBuilt("topics", "--corpus", "/nonexistent");
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("briefbot: corpus folder not found: /nonexistent\n");
  });
});

describe("briefbot as installed by npm (package.json bin)", () => {
  test("package.json bin.briefbot is the built CLI, which starts with a node shebang", () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as {
      bin?: Record<string, string>;
    };
    expect(pkg.bin).toEqual({ briefbot: MAIN });
    requireBuilt();
    expect(readFileSync(join(REPO_ROOT, MAIN), "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
  });

  test("linked as npm links it (node_modules/.bin/briefbot), topics runs from another folder", () => {
    requireBuilt();
    const project = mkdtempSync(join(tmpdir(), "briefbot-bin-"));
    try {
      const bin = join(project, "node_modules", ".bin", "briefbot");
      mkdirSync(dirname(bin), { recursive: true });
      symlinkSync(join(REPO_ROOT, MAIN), bin);
      const result = spawn(process.execPath, [bin, "topics"], project);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout.split("\n")[0]).toMatch(/^nato-unity +NATO unity — /);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  test("npm exec briefbot topics (npm's own lookup of the bin, offline) exits 0", () => {
    requireBuilt();
    const result = spawn("npm", ["exec", "--offline", "--no", "--", "briefbot", "topics"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split("\n")[0]).toMatch(/^nato-unity +NATO unity — /);
  });
});
