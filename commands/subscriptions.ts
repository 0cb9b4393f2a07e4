import { type Command, userError } from "./types.js";
import { validateInput } from "./validateInput.js";

/**
 * `/subscriptions` — this channel's digest; for people who manage channels, the workspace's,
 * shown to them alone.
 */
export const subscriptions: Command = {
  definition: {
    name: "subscriptions",
    description: "Show the daily digests set up here",
    options: [],
  },
  async execute(input, deps) {
    const checked = validateInput(this.definition, input);
    if (!checked.ok) return userError(checked.message);
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
    const lines = shown.map((s) => {
      const topics = s.topics === null ? "all topics" : s.topics.join(", ");
      const where = s.channelId === place.channelId ? "this channel" : `channel ${s.channelId}`;
      return `• ${where}: ${s.time} (${s.timezone}), ${topics}`;
    });
    return { kind: "notice", message: ["Daily digests:", ...lines].join("\n"), ...privacy };
  },
};
