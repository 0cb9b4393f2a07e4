import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type ProcessChaosReport, runProcessChaos } from "./processChaos.js";

/**
 * kill -9 chaos: real processes, killed with SIGKILL. The short form (seed 5, 2 rounds of 4
 * channels per backend) runs in `npm test`; the full form runs from scripts/delivery-chaos.sh
 * with PROCESS_CHAOS_SEEDS, CHAOS_CHANNELS and CHAOS_ROUNDS. The instances run the built code
 * (dist/, made by the build step of `npm test`); without it the test fails, saying so.
 */
const REDIS_URL = process.env.REDIS_URL;
const SEEDS = (process.env.PROCESS_CHAOS_SEEDS ?? "5")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isSafeInteger(n));
const CHANNELS = Number(process.env.PROCESS_CHAOS_SEEDS ? (process.env.CHAOS_CHANNELS ?? 6) : 4);
const ROUNDS = Number(process.env.PROCESS_CHAOS_SEEDS ? (process.env.CHAOS_ROUNDS ?? 2) : 2);
const ROUND_TIMEOUT_MS = 120_000;
const TEST_TIMEOUT_MS = SEEDS.length * ROUNDS * (ROUND_TIMEOUT_MS + 30_000);
const BUILT = fileURLToPath(new URL("../../dist/src/schedule/scheduler.js", import.meta.url));

if (!REDIS_URL) console.warn("REDIS_URL is not set: the Redis kill -9 chaos runs are skipped.");

function summary(r: ProcessChaosReport): string {
  const f = r.faults;
  return [
    `kill -9 chaos seed=${r.seed} backend=${r.backend}: ${r.slots} channel-slots, lost ${r.lost.length}, doubled ${r.doubled.length}`,
    `  ${r.messages} messages; SIGKILLs ${r.kills}; redis drops ${r.redisDrops}; 503 ${f.status}, stalls ${f.stall}, cut before ${f["cut-before"]}, accepted-then-cut ${f["cut-after"]}; ${(r.durationMs / 1000).toFixed(1)} s`,
    ...r.lost.map((l) => `  LOST ${l}`),
    ...r.doubled.map((d) => `  DOUBLED ${d}`),
  ].join("\n");
}

describe("delivery under kill -9: instances as processes, killed with SIGKILL", () => {
  for (const backend of ["sqlite", "redis"] as const) {
    for (const seed of SEEDS) {
      it.skipIf(backend === "redis" && !REDIS_URL)(
        `${backend}, seed ${seed}: every slot posted exactly once`,
        async () => {
          expect(existsSync(BUILT), "the instances run dist/: run npm run build first").toBe(true);
          const report = await runProcessChaos({
            seed,
            backend,
            ...(REDIS_URL ? { redisUrl: REDIS_URL } : {}),
            channels: CHANNELS,
            rounds: ROUNDS,
            roundTimeoutMs: ROUND_TIMEOUT_MS,
          });
          console.log(summary(report));
          expect({ lost: report.lost, doubled: report.doubled }).toEqual({ lost: [], doubled: [] });
          expect(report.slots).toBe(CHANNELS * ROUNDS);
        },
        TEST_TIMEOUT_MS,
      );
    }
  }
});
