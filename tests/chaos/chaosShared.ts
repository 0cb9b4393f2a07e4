import { type Subscription, subscriptionKey } from "../../src/store/records.js";
import type { Store } from "../../src/store/store.js";
import { type ChaosAction, FakeDiscord } from "../fakes/discord/fakeDiscord.js";

/** What the delivery chaos tests share: the faulty Discord stand-in and how a round is judged. */

export const CHANNEL_POST = "POST /channels/:channelId/messages";
export const CHANNEL_HISTORY = "GET /channels/:channelId/messages";
const MARK = /digest (\d+)\/(\d+) · ref ([0-9a-f]{16})/;

export type FaultCounts = Record<ChaosAction["kind"], number>;

/**
 * A fake Discord with `guilds` text channels whose message posts and history reads fail at
 * random (seeded): 6 % 503, 6 % a stall of 0.1–0.8 s, 5 % cut after the message is created, 3 %
 * cut before. The nonce window is short, so late takeovers must find their message instead.
 */
export async function faultyDiscord(
  guilds: number,
  random: () => number,
): Promise<{ fake: FakeDiscord; faults: FaultCounts }> {
  const faults: FaultCounts = { stall: 0, status: 0, "cut-before": 0, "cut-after": 0 };
  const fake = await FakeDiscord.start({
    guilds: Array.from({ length: guilds }, () => ({})),
    nonceWindowMs: 1_500,
  });
  fake.setChaos(({ route }) => {
    if (route !== CHANNEL_POST && route !== CHANNEL_HISTORY) return null;
    const r = random();
    const action: ChaosAction | null =
      r < 0.06
        ? { kind: "status", status: 503 }
        : r < 0.12
          ? { kind: "stall", ms: 100 + Math.floor(random() * 700) }
          : r < 0.17
            ? { kind: "cut-after" }
            : r < 0.2
              ? { kind: "cut-before" }
              : null;
    if (action) faults[action.kind]++;
    return action;
  });
  return { fake, faults };
}

/**
 * Each channel's messages read back by their `digest i/n · ref` mark: a slot is lost when a part
 * is missing or its run did not end posted, doubled when a part is there twice.
 */
export async function judgeRound(
  fake: FakeDiscord,
  observer: Store,
  keys: readonly string[],
  channelIds: readonly string[],
): Promise<{ lost: string[]; doubled: string[]; messages: number }> {
  const lost: string[] = [];
  const doubled: string[] = [];
  let messages = 0;
  for (const [i, key] of keys.entries()) {
    const run = await observer.runs.get(key);
    const parts = new Map<number, number>();
    let expected = run?.messages ?? 0;
    for (const message of fake.channelMessages(channelIds[i] ?? "")) {
      const text = [message.content, ...message.embeds.map((e) => e.footer?.text ?? "")].join("\n");
      const match = MARK.exec(text);
      if (!match) continue;
      messages++;
      const part = Number(match[1]);
      expected = Math.max(expected, Number(match[2]));
      parts.set(part, (parts.get(part) ?? 0) + 1);
    }
    const missing = Array.from({ length: expected }, (_, p) => p + 1).filter((p) => !parts.has(p));
    if (run?.status !== "posted" || expected === 0 || missing.length > 0) {
      lost.push(
        `${key} (${run?.status ?? "no run"}; parts missing: ${missing.join(",") || "-"}; error: ${run?.error ?? "-"})`,
      );
    }
    for (const [part, n] of parts) if (n > 1) doubled.push(`${key} part ${part} ×${n}`);
  }
  return { lost, doubled, messages };
}

/** Fresh daily subscriptions at 08:00 UTC for a round's channels, written to the shared store. */
export async function subscribeRound(
  observer: Store,
  channelIds: readonly string[],
  slot: number,
): Promise<Subscription[]> {
  const since = new Date(slot - 86_400_000).toISOString();
  const subscriptions: Subscription[] = channelIds.map((channelId) => ({
    platform: "discord",
    channelId,
    workspaceId: null,
    time: "08:00",
    timezone: "UTC",
    topics: null,
    createdBy: "chaos",
    createdAt: since,
    updatedAt: since,
  }));
  for (const s of subscriptions) {
    await observer.subscriptions.set(subscriptionKey("discord", s.channelId), s);
  }
  return subscriptions;
}

/** Redis connection drops per round, at most (a round on an idle machine sees about five). */
const DROPS_PER_ROUND = 20;

/**
 * Drops the proxy's Redis connections about twice a second (seeded), at most `DROPS_PER_ROUND`
 * times between two `newRound` calls: a fault rate tied to the clock alone would, on a loaded
 * machine where every step is slower, cut each connection before any step could finish — an
 * outage, not the flaky network the runs are meant to survive. `stop` ends it.
 */
export function roundDropper(
  proxy: { drop(): void } | null,
  random: () => number,
): { newRound(): void; stop(): void } {
  let drops = 0;
  const timer = setInterval(() => {
    if (proxy && drops < DROPS_PER_ROUND && random() < 0.5) {
      drops++;
      proxy.drop();
    }
  }, 250);
  return {
    newRound: () => {
      drops = 0;
    },
    stop: () => clearInterval(timer),
  };
}
