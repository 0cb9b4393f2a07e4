import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCommand } from "../../commands/runCommand.js";
import { subscribe } from "../../commands/subscribe.js";
import type { CommandDeps, CommandInput, SubscriptionService } from "../../commands/types.js";
import { silentLogger } from "../../src/log/logger.js";
import { openStore } from "../../src/store/openStore.js";
import type { Store } from "../../src/store/store.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { bundled } from "../helpers/engine.js";

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function service(max: number): Promise<SubscriptionService> {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-cap-"));
  dirs.push(dir);
  const store = await openStore({ url: null, dataDir: dir, logger: silentLogger });
  stores.push(store);
  return {
    store,
    defaults: { time: "08:00", timezone: "Europe/Paris" },
    maxPerWorkspace: max,
    changed: async () => {},
  };
}

async function deps(svc: SubscriptionService, channelId: string, workspaceId: string) {
  const { index } = await bundled();
  const d: CommandDeps = {
    index,
    summarizer,
    now: () => new Date("2026-01-15T12:00:00Z"),
    subscriptions: svc,
    place: {
      platform: "discord",
      channelId,
      workspaceId,
      userId: "u1",
      canManage: async () => true,
    },
  };
  return d;
}

/** /subscribe as chat runs it: its manage-channel precondition, its input parsed, then execute. */
async function runSubscribe(input: CommandInput, d: CommandDeps) {
  return (await runCommand(subscribe, input, d, null)).reply;
}

describe("/subscribe: a cap on daily digests per workspace", () => {
  it("refuses a new channel past the cap, still lets subscribed channels change, counts per workspace", async () => {
    const svc = await service(2);
    const kinds: string[] = [];
    for (const channel of ["C1", "C2", "C3"]) {
      const reply = await runSubscribe({}, await deps(svc, channel, "G1"));
      kinds.push(reply.kind === "user-error" ? reply.message : reply.kind);
    }
    expect(kinds.slice(0, 2)).not.toContain("user-error");
    expect(kinds[2]).toBe(
      "this workspace already has 2 daily digests, the most it may have — /unsubscribe one in another channel first",
    );
    // A subscribed channel may still change its time; another server has its own count.
    const changed = await runSubscribe({ time: "09:30" }, await deps(svc, "C1", "G1"));
    expect(changed.kind).not.toBe("user-error");
    const other = await runSubscribe({}, await deps(svc, "C9", "G2"));
    expect(other.kind).not.toBe("user-error");
    expect((await svc.store.subscriptions.list()).length).toBe(3);
  });
});
