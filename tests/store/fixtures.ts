import type { LogFields, Logger } from "../../src/log/logger.js";
import {
  type ChannelCursor,
  type DigestRun,
  digestRunKey,
  type Subscription,
} from "../../src/store/records.js";

export interface LoggedLine {
  readonly level: "debug" | "info" | "warn" | "error";
  readonly message: string;
  readonly fields: LogFields;
}

/** A Logger that keeps what it is told, for assertions. */
export function recordingLogger(): { logger: Logger; lines: LoggedLine[] } {
  const lines: LoggedLine[] = [];
  const at =
    (level: LoggedLine["level"]) =>
    (message: string, fields: LogFields = {}) =>
      lines.push({ level, message, fields });
  return {
    lines,
    logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") },
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const discordSubscription: Subscription = {
  platform: "discord",
  channelId: "123456789012345678",
  workspaceId: "876543210987654321",
  time: "08:30",
  timezone: "Europe/Paris",
  topics: ["climate", "economy"],
  createdBy: "111122223333444455",
  createdAt: "2024-05-01T08:00:00.000Z",
  updatedAt: "2024-05-02T09:15:00.000Z",
};

export const slackSubscription: Subscription = {
  platform: "slack",
  channelId: "C0123ABCD",
  workspaceId: null,
  time: "23:59",
  timezone: "America/New_York",
  topics: null,
  createdBy: "U0456EFGH",
  createdAt: "2024-05-01T08:00:00.000Z",
  updatedAt: "2024-05-01T08:00:00.000Z",
};

const slot = "2024-05-03T12:30:00.000Z";

/** Article ids that start with ":" are what Keyv's default serializer rewrites. */
export const postedRun: DigestRun = {
  key: digestRunKey("slack", "C0123ABCD", slot),
  platform: "slack",
  channelId: "C0123ABCD",
  slot,
  status: "posted",
  attempts: 2,
  articleIds: ["a-1", ":colon-first", ":base64:aGVsbG8="],
  startedAt: "2024-05-03T12:30:01.000Z",
  finishedAt: "2024-05-03T12:30:04.500Z",
  error: null,
};

export const cursor: ChannelCursor = {
  platform: "discord",
  channelId: "123456789012345678",
  coveredArticleIds: ["a-1", "a-2"],
  lastSlot: "2024-05-03T06:30:00.000Z",
  lastFailureNoticeAt: null,
};

/** JSON that Keyv's default serializer would not give back unchanged (or would throw on). */
export const awkwardCacheValue = {
  toJSON: "not a function",
  ":key": ":value",
  b64: ":base64:AAEC",
  text: "é ✓ 🙂 \u0000 end",
  numbers: [0, -1, 2.5, 1e21, Number.MAX_SAFE_INTEGER],
  nothing: null,
  nested: { flag: true, list: [[], {}] },
};
