import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../cli/cliHarness.js";
import { FakeSlack } from "../fakes/slack/fakeSlack.js";
import { CORPUS_DIR } from "../helpers/engine.js";
import {
  DATABASE_URL,
  type TestSchema,
  testSchema,
  warnWithoutPostgres,
} from "../support/postgres.js";

warnWithoutPostgres("tests/e2e/sharedIndex.test.ts");
const REDIS_URL = process.env.REDIS_URL ?? "";
if (REDIS_URL === "")
  console.warn("tests/e2e/sharedIndex.test.ts: REDIS_URL is not set; skipping.");

const MAIN = join(REPO_ROOT, "dist/src/cli/main.js");
/** Only in the third article of the bundled corpus. */
const LATE_SENTENCE = "La discussion n’a pas été aisée";

interface Instance {
  readonly child: ChildProcess;
  readonly fake: FakeSlack;
  readonly port: number;
  stderr(): string;
}

const running: Instance[] = [];
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const instance of running.splice(0)) {
    if (instance.child.exitCode === null) instance.child.kill("SIGKILL");
    await instance.fake.stop();
  }
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** `briefbot serve` as a process of its own, with its own data folder, answering on Slack. */
async function serve(
  args: readonly string[],
  env: Record<string, string>,
  dataDir: string,
): Promise<Instance> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing — run npm run build first`);
  const fake = await FakeSlack.start();
  const child = spawn(process.execPath, [MAIN, "serve", ...args], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: dataDir,
      BRIEFBOT_DATA_DIR: dataDir,
      BRIEFBOT_WORKERS: "1",
      BRIEFBOT_COOLDOWN_SECONDS: "0",
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: fake.signingSecret,
      SLACK_API_URL: fake.apiUrl,
      SLACK_PORT: "0",
      SLACK_HOST: "127.0.0.1",
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const instance = { child, fake, port: 0, stderr: () => stderr };
  running.push(instance);
  const port = await until(
    `slack listening (${args.join(" ")})`,
    () => {
      const line = stderr.split("\n").find((l) => l.includes('"slack listening"'));
      return line ? (JSON.parse(line) as { port: number }).port : null;
    },
    () => stderr,
  );
  return { ...instance, port };
}

/** What `/search words` answers on the instance (its response_url post, as text). */
async function search(instance: Instance, words: string): Promise<string> {
  const responseUrl = instance.fake.responseUrl();
  const delivery = await instance.fake
    .client(`http://127.0.0.1:${instance.port}/slack/events`)
    .slashCommand({ command: "/search", text: words, responseUrl });
  expect(delivery.status).toBe(200);
  return JSON.stringify((await instance.fake.waitForResponse(responseUrl, 30_000)).body);
}

/** Polls until `found` gives a value; a generous deadline for a loaded machine. */
async function until<T>(
  what: string,
  found: () => T | null | Promise<T | null>,
  log: () => string,
) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const value = await found();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`never: ${what}\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on("exit", (code) => resolve(code));
  });
}

describe.skipIf(DATABASE_URL === "" || REDIS_URL === "")(
  "two serve processes sharing PostgreSQL and Redis (DATABASE_URL, REDIS_URL)",
  () => {
    it("both answer; what the leading one reads from its folder is answered by the other", async () => {
      const schema: TestSchema = await testSchema();
      cleanups.push(() => schema.drop());
      const work = await mkdtemp(join(tmpdir(), "briefbot-shared-"));
      cleanups.push(() => rm(work, { recursive: true, force: true }));
      const leaderCorpus = join(work, "leader-corpus");
      const followerCorpus = join(work, "follower-corpus");
      await mkdir(leaderCorpus);
      await mkdir(followerCorpus);
      for (const file of ["000_3ab86442644f17d1.txt", "001_af7f786ff45170bb.txt"]) {
        await copyFile(join(CORPUS_DIR, file), join(leaderCorpus, file));
      }
      // A password in the URL (the server trusts loopback and ignores it): never printed.
      const url = new URL(schema.url);
      url.password = "hunter2";
      const shared = {
        DATABASE_URL: url.toString(),
        BRIEFBOT_INDEX_NAME: "newsroom",
        KEYV_URL: REDIS_URL,
      };
      // Nothing shared but the two servers: folders, data folders and Slack apps of their own.
      const leader = await serve(
        ["--watch", "--corpus", leaderCorpus],
        shared,
        join(work, "leader-data"),
      );
      const follower = await serve(
        ["--corpus", followerCorpus],
        shared,
        join(work, "follower-data"),
      );
      for (const instance of [leader, follower]) {
        const answer = await search(instance, "Lavrov");
        expect(answer).toContain("Sergueï Lavrov");
        expect(await search(instance, "aisée")).toContain("Nothing in the corpus matches");
      }

      await copyFile(
        join(CORPUS_DIR, "002_9c2d094854075071.txt"),
        join(leaderCorpus, "002_9c2d094854075071.txt"),
      );
      for (const instance of [leader, follower]) {
        const answer = await until(
          "the new article answered",
          async () => {
            const text = await search(instance, "aisée");
            return text.includes(LATE_SENTENCE) ? text : null;
          },
          () => `${leader.stderr()}\n---\n${follower.stderr()}`,
        );
        expect(answer).toContain("Jens Stoltenberg");
      }
      expect(follower.stderr()).toContain('"msg":"corpus updated"');
      expect(leader.stderr() + follower.stderr()).not.toContain("hunter2");

      for (const instance of [follower, leader]) {
        instance.child.kill("SIGTERM");
        expect(await exited(instance.child)).toBe(0);
      }
    }, 240_000);
  },
);
