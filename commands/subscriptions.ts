import type { DigestRun } from "../src/store/records.js";
import { defineCommand } from "./defineCommand.js";
import { userError } from "./types.js";

/**
 * `/subscriptions` — this channel's digest; for people who manage channels, the workspace's, each
 * with how its latest digest went (a failed one with its cause), shown to them alone.
 */
export const subscriptions = defineCommand({
  name: "subscriptions",
  description: "Show the daily digests set up here",
  preconditions: ["flood-limits"],
  options: [],
  async execute(_input, deps) {
    const place = deps.place;
    const service = deps.subscriptions;
    if (!place || !service)
      return userError("digests are scheduled from a Slack or Discord channel");
    const admin = await place.canManage();
    const all = (await service.store.subscriptions.list()).map((r) => r.value);
    const shown = all.filter(
      (s) =>
        s.platform === place.platform &&
        (s.channelId === place.channelId ||
          (admin && s.workspaceId !== null && s.workspaceId === place.workspaceId)),
    );
    // The workspace-wide view names other channels: the asker's alone, never the channel's.
    const privacy = admin ? { private: true as const } : {};
    if (shown.length === 0)
      return {
        kind: "notice",
        message: "No daily digest here yet — /subscribe to start one.",
        ...privacy,
      };
    const latest = admin ? latestRuns((await service.store.runs.list()).map((r) => r.value)) : null;
    const lines = shown.map((s) => {
      const topics = s.topics === null ? "all topics" : s.topics.join(", ");
      const where = s.channelId === place.channelId ? "this channel" : `channel ${s.channelId}`;
      const run = latest?.get(`${s.platform}:${s.channelId}`);
      return `• ${where}: ${s.time} (${s.timezone}), ${topics}${run ? ` — ${runStatus(run)}` : ""}`;
    });
    return { kind: "notice", message: ["Daily digests:", ...lines].join("\n"), ...privacy };
  },
});

/** Each channel's run with the latest slot, keyed `platform:channelId`. */
function latestRuns(runs: readonly DigestRun[]): Map<string, DigestRun> {
  const latest = new Map<string, DigestRun>();
  for (const run of runs) {
    const key = `${run.platform}:${run.channelId}`;
    const current = latest.get(key);
    if (!current || Date.parse(run.slot) > Date.parse(current.slot)) latest.set(key, run);
  }
  return latest;
}

/** "last digest 2026-01-16 07:00 UTC: failed (cause)", for people who manage channels. */
function runStatus(run: DigestRun): string {
  const when = `${run.slot.slice(0, 10)} ${run.slot.slice(11, 16)} UTC`;
  const cause = run.error ? ` (${run.error.slice(0, 300)})` : "";
  switch (run.status) {
    case "posted":
      return `last digest ${when}: posted`;
    case "skipped":
      return `last digest ${when}: nothing new, not posted`;
    case "failed":
      return `last digest ${when}: failed${cause}`;
    case "running":
      return `last digest ${when}: in progress${run.error ? `, retrying after${cause}` : ""}`;
  }
}
