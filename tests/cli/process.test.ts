import { type SpawnSyncReturns, spawn as spawnAsync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { FakeSlack } from "../fakes/slack/fakeSlack.js";
import { cli, REPO_ROOT } from "./cliHarness.js";

const MAIN = "dist/src/cli/main.js";

/** How long a child may run before it is killed; the tests' own limit is above it. */
const SPAWN_TIMEOUT_MS = 120_000;

/**
 * The parent's environment without chat credentials, so `start` and start-up stay offline, and
 * without a shared index (DATABASE_URL, set for the PostgreSQL tests): each child keeps its own.
 */
function offlineEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.startsWith("DISCORD_") || name.startsWith("SLACK_") || name === "DATABASE_URL") {
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
      // As npm leaves it; a project folder also keeps the saved index in its ./data.
      writeFileSync(join(project, "package.json"), "{}");
      symlinkSync(join(REPO_ROOT, MAIN), bin);
      const result = spawn(process.execPath, [bin, "topics"], project);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout.split("\n")[0]).toMatch(/^nato-unity +NATO unity — /);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  test("chat answers lines piped to it, then exits 0 at the end of input", () => {
    requireBuilt();
    const data = mkdtempSync(join(tmpdir(), "briefbot-chat-"));
    try {
      const result = spawnSync(process.execPath, [MAIN, "chat"], {
        cwd: REPO_ROOT,
        env: { ...offlineEnv(), BRIEFBOT_DATA_DIR: data },
        input: "/topics\n",
        encoding: "utf8",
        timeout: SPAWN_TIMEOUT_MS,
      });
      expect(result.status, result.stderr).toBe(0);
      const lines = result.stdout.split("\n");
      expect(lines[0]).toMatch(/^briefbot chat — /);
      expect(lines.some((line) => /^nato-unity +NATO unity — /.test(line))).toBe(true);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });

  test("npm exec briefbot topics (npm's own lookup of the bin, offline) exits 0", () => {
    requireBuilt();
    const result = spawn("npm", ["exec", "--offline", "--no", "--", "briefbot", "topics"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split("\n")[0]).toMatch(/^nato-unity +NATO unity — /);
  });
});

describe("serve as a process, stopped during start-up", {
  timeout: SPAWN_TIMEOUT_MS + 60_000,
}, () => {
  test("the first SIGTERM ends it while Socket Mode still retries its connection", async () => {
    requireBuilt();
    const fake = await FakeSlack.start();
    const data = mkdtempSync(join(tmpdir(), "briefbot-sigterm-"));
    try {
      // A recoverable error: the Socket Mode client waits 5 s, 10 s, ... and asks again, forever.
      fake.failNext({ method: "apps.connections.open", error: "internal_error", times: 1000 });
      const child = spawnAsync(process.execPath, [MAIN, "serve"], {
        cwd: REPO_ROOT,
        env: {
          ...offlineEnv(),
          SLACK_BOT_TOKEN: fake.botToken,
          SLACK_APP_TOKEN: fake.appToken,
          SLACK_API_URL: fake.apiUrl,
          BRIEFBOT_DATA_DIR: data,
        },
      });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString("utf8");
      });
      const exited = new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
      const deadline = Date.now() + SPAWN_TIMEOUT_MS;
      while (fake.calls("apps.connections.open").length === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(fake.calls("apps.connections.open").length, stderr).toBeGreaterThan(0);
      child.kill("SIGTERM");
      // Generous for a loaded machine; without the fix the process outlives any bound.
      const code = await Promise.race([
        exited,
        new Promise<"still running">((r) => setTimeout(() => r("still running"), 20_000)),
      ]);
      if (code === "still running") child.kill("SIGKILL");
      expect(code, stderr).toBe(0);
      expect(stderr).toContain('"msg":"shutting down","reason":"SIGTERM","during":"start-up"');
    } finally {
      await fake.stop();
      rmSync(data, { recursive: true, force: true });
    }
  });
});
