import { describe, expect, it } from "vitest";
import { type ChaosReport, runDeliveryChaos } from "./deliveryChaos.js";

/**
 * The short form runs in `npm test`: seed 7 on each backend, 2 rounds of 6 channels. The full form
 * (scripts/delivery-chaos.sh) sets CHAOS_SEEDS, CHAOS_CHANNELS and CHAOS_ROUNDS. Replay a run
 * with the seed it prints: CHAOS_SEEDS=<seed> sh scripts/delivery-chaos.sh.
 */
const REDIS_URL = process.env.REDIS_URL;
const SEEDS = (process.env.CHAOS_SEEDS ?? "7")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isSafeInteger(n));
const CHANNELS = Number(process.env.CHAOS_CHANNELS ?? 6);
const ROUNDS = Number(process.env.CHAOS_ROUNDS ?? 2);
/** Generous: a round ends when its runs do; this only turns a hang into a failure. */
const ROUND_TIMEOUT_MS = 120_000;
const TEST_TIMEOUT_MS = SEEDS.length * ROUNDS * (ROUND_TIMEOUT_MS + 30_000);

if (!REDIS_URL) console.warn("REDIS_URL is not set: the Redis delivery chaos runs are skipped.");

function summary(r: ChaosReport): string {
  const f = r.faults;
  return [
    `delivery chaos seed=${r.seed} backend=${r.backend}: ${r.slots} channel-slots, lost ${r.lost.length}, doubled ${r.doubled.length}`,
    `  ${r.messages} messages; kills ${r.kills}; redis drops ${r.redisDrops}; 503 ${f.status}, stalls ${f.stall}, cut before ${f["cut-before"]}, accepted-then-cut ${f["cut-after"]}; nonce dedups ${r.nonceDeduplications}; history lookups ${r.lookups}; ${(r.durationMs / 1000).toFixed(1)} s`,
    ...r.lost.map((l) => `  LOST ${l}`),
    ...r.doubled.map((d) => `  DOUBLED ${d}`),
  ].join("\n");
}

describe("delivery under chaos: kills, dropped Redis connections, stalls, 503s, cut posts", () => {
  for (const backend of ["sqlite", "redis"] as const) {
    for (const seed of SEEDS) {
      it.skipIf(backend === "redis" && !REDIS_URL)(
        `${backend}, seed ${seed}: every slot posted exactly once`,
        async () => {
          const report = await runDeliveryChaos({
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
