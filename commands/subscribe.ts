import { describeTopicMiss, resolveTopic } from "../briefings/resolveTopic.js";
import { isValidTimezone, parseTime } from "../src/config/localTime.js";
import { nextSlot } from "../src/schedule/slots.js";
import { subscriptionKey } from "../src/store/records.js";
import { defineCommand } from "./defineCommand.js";
import { userError } from "./types.js";

/** Daily digests one workspace or Discord server may have unless configured otherwise. */
export const MAX_SUBSCRIPTIONS_PER_WORKSPACE = 50;

/** `/subscribe [time:HH:MM] [timezone:<zone>] [topics:<ids>]` — this channel's daily digest. */
export const subscribe = defineCommand({
  name: "subscribe",
  description: "Post a daily digest in this channel (time, timezone, topics)",
  preconditions: ["flood-limits", "manage-channel"],
  options: [
    {
      name: "time",
      description: "24-hour time, like 08:00",
      type: "string",
      required: false,
      maxLength: 5,
    },
    {
      name: "timezone",
      description: "IANA zone, like Europe/Paris",
      type: "string",
      required: false,
      maxLength: 64,
    },
    {
      name: "topics",
      description: "topic ids, comma-separated (default: all)",
      type: "string",
      required: false,
      maxLength: 200,
    },
  ],
  async execute(input, deps) {
    const { place, subscriptions: service } = deps;
    const time = input.time ?? service.defaults.time;
    const parsed = parseTime(time);
    if (!parsed) return userError(`invalid time '${time}' — use 24-hour HH:MM, for example 08:00`);
    const timezone = input.timezone ?? service.defaults.timezone;
    if (!isValidTimezone(timezone)) {
      return userError(
        `unknown timezone '${timezone}' — use an IANA name, for example Europe/Paris`,
      );
    }
    let topics: string[] | null = null;
    if (input.topics !== undefined) {
      topics = [];
      for (const part of input.topics.split(/[,\s]+/).filter(Boolean)) {
        const resolved = resolveTopic(part, deps.index.topics);
        if (!resolved.ok)
          return userError(describeTopicMiss(resolved, deps.index.topics), resolved.suggestions);
        if (!topics.includes(resolved.topic.id)) topics.push(resolved.topic.id);
      }
    }
    const key = subscriptionKey(place.platform, place.channelId);
    const existing = await service.store.subscriptions.get(key);
    if (!existing) {
      const max = service.maxPerWorkspace ?? MAX_SUBSCRIPTIONS_PER_WORKSPACE;
      const all = await service.store.subscriptions.list();
      const here = all.filter(
        (r) => r.value.platform === place.platform && r.value.workspaceId === place.workspaceId,
      ).length;
      if (here >= max) {
        return userError(
          `this workspace already has ${here} daily digests, the most it may have — /unsubscribe one in another channel first`,
        );
      }
    }
    const now = deps.now().toISOString();
    const hhmm = `${String(parsed.hour).padStart(2, "0")}:${String(parsed.minute).padStart(2, "0")}`;
    await service.store.subscriptions.set(key, {
      platform: place.platform,
      channelId: place.channelId,
      workspaceId: place.workspaceId,
      time: hhmm,
      timezone,
      topics,
      createdBy: existing?.createdBy ?? place.userId,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    await service.changed();
    const titles =
      topics === null
        ? "all topics"
        : topics.map((id) => deps.index.topics.find((t) => t.id === id)?.title ?? id).join(", ");
    const next = nextSlot(deps.now(), parsed, timezone)
      .toISOString()
      .replace("T", " ")
      .slice(0, 16);
    return {
      kind: "notice",
      message: `${existing ? "Updated" : "Subscribed"}: a daily digest here at ${hhmm} (${timezone}) on ${titles}. Next one: ${next} UTC.`,
    };
  },
});
