import { type ChildProcess, fork } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mulberry32 } from "../../bench/perf/prng.js";
import { openStore } from "../../src/store/openStore.js";
import { digestRunKey, subscriptionKey } from "../../src/store/records.js";
import type { RecordStore } from "../../src/store/store.js";
import type { ChaosAction } from "../fakes/discord/fakeDiscord.js";
import { CONFIG_DIR } from "../helpers/engine.js";
import { faultyDiscord, judgeRound, roundDropper, subscribeRound } from "./chaosShared.js";
import { RedisProxy } from "./redisProxy.js";

/**
 * Delivery under real process kills (issue 18): two digest instances, each its own Node process
 * (`instanceProcess.mjs`, the built scheduler), share a store (Redis through a proxy that drops
 * connections, or one SQLite file) and post through discord.js to a fake Discord on 127.0.0.1
 * that stalls, answers 503 and cuts connections before or after creating a message. The parent
 * sends SIGKILL to most instances (4 in 5) within 0.4 s of their start of work and to a random
 * one every 0.15–1.15 s — while it loads, sweeps, holds a lock or waits on a post — and starts a new one after
 * a random pause. Every round is one slot
 * for `channels` fresh subscriptions; when its runs are finished, each channel's messages are
 * read back by their `digest i/n · ref` mark: a slot is lost when a part is missing (or its run
 * failed), doubled when a part is there twice.
 */
export interface ProcessChaosOptions {
  readonly seed: number;
  readonly backend: "redis" | "sqlite";
  readonly redisUrl?: string;
  readonly channels: number;
  readonly rounds: number;
  /** Give up on a round after this long (a hang is a failure, not a pass). */
  readonly roundTimeoutMs?: number;
}

export interface ProcessChaosReport {
  readonly seed: number;
  readonly backend: "redis" | "sqlite";
  readonly slots: number;
  readonly lost: string[];
  readonly doubled: string[];
  readonly messages: number;
  readonly kills: number;
  readonly redisDrops: number;
  readonly faults: Readonly<Record<ChaosAction["kind"], number>>;
  readonly durationMs: number;
}

const DAY_MS = 86_400_000;
const FIRST_SLOT = Date.parse("2026-01-16T08:00:00.000Z");
const INSTANCE = fileURLToPath(new URL("./instanceProcess.mjs", import.meta.url));
const CORPUS_DIR = fileURLToPath(new URL("../../corpus", import.meta.url));
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runProcessChaos(options: ProcessChaosOptions): Promise<ProcessChaosReport> {
  const started = Date.now();
  const platformRandom = mulberry32(options.seed * 11 + 1);
  const killRandom = mulberry32(options.seed * 11 + 2);
  const dropRandom = mulberry32(options.seed * 11 + 3);
  const total = options.channels * options.rounds;
  const { fake, faults } = await faultyDiscord(total, platformRandom);
  const dataDir = mkdtempSync(join(tmpdir(), "briefbot-pchaos-"));
  const prefix = `briefbot-pchaos-${options.seed}-${randomUUID().slice(0, 8)}:`;
  const proxy =
    options.backend === "redis"
      ? await RedisProxy.start(options.redisUrl ?? "redis://127.0.0.1:6379")
      : null;
  const observer = await openStore({
    url: options.backend === "redis" ? (options.redisUrl ?? null) : null,
    dataDir,
    logger: quiet,
    redisKeyPrefix: prefix,
  });
  const channelIds = fake.guilds.map((g) => g.textChannelId);
  const paged = channelIds.filter((_, i) => i % 2 === 0);
  const dropper = roundDropper(proxy, dropRandom);

  let kills = 0;
  let generation = 0;
  let messages = 0;
  const lost: string[] = [];
  const doubled: string[] = [];
  const children = new Set<ChildProcess>();
  try {
    for (let round = 0; round < options.rounds; round++) {
      const slot = FIRST_SLOT + round * DAY_MS;
      const roundStart = Date.now();
      dropper.newRound();
      const ids = channelIds.slice(round * options.channels, (round + 1) * options.channels);
      const subscriptions = await subscribeRound(observer, ids, slot);
      let closing = false;
      let calmAt = Number.POSITIVE_INFINITY;
      const working = new Set<ChildProcess>();
      const spawnInstance = (): void => {
        if (closing) return;
        const child = fork(
          INSTANCE,
          [
            JSON.stringify({
              corpusDir: CORPUS_DIR,
              configDir: CONFIG_DIR,
              storeUrl: proxy?.url ?? null,
              dataDir,
              prefix,
              apiUrl: fake.apiUrl,
              token: fake.token,
              instanceId: `process-${++generation}`,
              slot,
              roundStart,
              paged,
            }),
          ],
          { stdio: "ignore" },
        );
        children.add(child);
        // Most instances are killed soon after they start working: mid-sweep, holding a lock,
        // between a post and its record, or while a post stalls.
        child.once("message", () => {
          working.add(child);
          if (Date.now() < calmAt && killRandom() < 0.8) {
            const timer = setTimeout(
              () => {
                if (!closing && child.kill("SIGKILL")) kills++;
              },
              Math.floor(killRandom() * 400),
            );
            child.once("exit", () => clearTimeout(timer));
          }
        });
        child.once("exit", () => {
          children.delete(child);
          working.delete(child);
          // A killed instance is replaced after a pause, as a supervisor would.
          if (!closing) void pause(Math.floor(killRandom() * 400)).then(spawnInstance);
        });
      };
      const keys = ids.map((id) => digestRunKey("discord", id, new Date(slot).toISOString()));
      const deadline = Date.now() + (options.roundTimeoutMs ?? 120_000);
      // Kills stop for the last 40 % of the round: on a slow or loaded machine an instance may
      // need seconds to start, and the round must still end with every slot judged (a slot that
      // is never posted after the calm is then lost for real, not for want of time).
      calmAt = Date.now() + 0.6 * (options.roundTimeoutMs ?? 120_000);
      spawnInstance();
      spawnInstance();
      let nextKill = Date.now() + 150 + killRandom() * 1000;
      while (Date.now() < deadline) {
        const runs = await Promise.all(keys.map((k) => observer.runs.get(k)));
        if (runs.every((r) => r !== null && r.status !== "running")) break;
        if (Date.now() < calmAt && Date.now() >= nextKill && working.size > 0) {
          // Only instances that have started work: killing one still loading its modules tests
          // nothing and, on a slow machine, keeps any from ever starting.
          const victims = [...working];
          const victim = victims[Math.floor(killRandom() * victims.length)];
          if (victim?.kill("SIGKILL")) kills++;
          nextKill = Date.now() + 150 + killRandom() * 1000;
        }
        await pause(50);
      }
      closing = true;
      for (const child of children) child.kill("SIGKILL");
      await Promise.all(
        [...children].map((c) => new Promise((resolve) => c.once("exit", resolve))),
      );
      const judged = await judgeRound(fake, observer, keys, ids);
      lost.push(...judged.lost);
      doubled.push(...judged.doubled);
      messages += judged.messages;
      for (const s of subscriptions)
        await observer.subscriptions.delete(subscriptionKey("discord", s.channelId));
    }
  } finally {
    dropper.stop();
    for (const child of children) child.kill("SIGKILL");
    if (options.backend === "redis") {
      for (const ns of [observer.subscriptions, observer.runs, observer.cursors]) {
        for (const { key } of await (ns as RecordStore<unknown>).list()) await ns.delete(key);
      }
    }
    await observer.close();
    await proxy?.stop();
    await fake.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return {
    seed: options.seed,
    backend: options.backend,
    slots: total,
    lost,
    doubled,
    messages,
    kills,
    redisDrops: proxy?.drops ?? 0,
    faults,
    durationMs: Date.now() - started,
  };
}
