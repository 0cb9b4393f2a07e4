import { z } from "zod";

/**
 * The records the Store keeps, one schema per namespace. Each is written as `{ v: 1, data }`;
 * a record whose `v` is not the version below is treated as unreadable (see recordStore.ts).
 * Schemas are strict: an unknown field on write is a bug, and on read means a newer writer that
 * should have bumped the version.
 */

export const RECORD_VERSION = 1;

/**
 * The adapter a record belongs to, by the id createApp knows it under ("discord", "slack", …).
 * Open, so a new platform needs no change here; lower-case letters, digits and dashes only, so
 * the `platform:channel` keys stay unambiguous. Records written when this was the closed list
 * `"discord" | "slack"` read the same.
 */
const platform = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, "expected a platform id (lower-case letters, digits, dashes)");
export type PlatformId = z.infer<typeof platform>;
/** The former name of `PlatformId`. */
export type Platform = PlatformId;

/** An instant as `Date#toISOString()` writes it (an explicit offset is accepted too). */
const instant = z.iso.datetime({ offset: true });
const id = z.string().min(1);

/** A zone the runtime's Intl knows (IANA names such as `Europe/Paris`, and `UTC`). */
const timezone = z.string().refine(isKnownTimezone, { message: "expected an IANA time zone" });

export const subscriptionSchema = z.strictObject({
  platform,
  channelId: id,
  /** Discord guild or Slack team; null for a DM or when the platform does not say. */
  workspaceId: id.nullable(),
  /** Local wall-clock time of the digest, 24-hour `HH:MM`. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM (24-hour)"),
  timezone,
  /** Topic ids to cover; null means every topic. */
  topics: z.array(id).nullable(),
  createdBy: id,
  createdAt: instant,
  updatedAt: instant,
  /**
   * What the platform needs to reach the channel beside its id (a webhook's URL and message
   * format); absent for platforms whose channel id is enough, and on records written before it.
   */
  destination: z.record(z.string(), z.string()).optional(),
});
export type Subscription = z.infer<typeof subscriptionSchema>;

export const digestRunStatusSchema = z.enum(["running", "posted", "failed", "skipped"]);
export type DigestRunStatus = z.infer<typeof digestRunStatusSchema>;

export const digestRunSchema = z
  .strictObject({
    /** Idempotency key, `${platform}:${channelId}:${slot}` (see digestRunKey). */
    key: id,
    platform,
    channelId: id,
    /** The scheduled instant this run is for. */
    slot: instant,
    status: digestRunStatusSchema,
    attempts: z.int().nonnegative(),
    /** Articles the digest covered. */
    articleIds: z.array(id),
    /** When the first attempt began; the digest is built as of this instant on every attempt. */
    startedAt: instant,
    finishedAt: instant.nullable(),
    /** The last failure's cause; kept on a posted run that needed retries. */
    error: z.string().nullable(),
    /** How many platform messages the digest is (absent on runs written before delivery v2). */
    messages: z.int().nonnegative().optional(),
    /** Platform ids of the messages that landed, in order: a retry resumes after the last one. */
    delivered: z.array(id).optional(),
    /** A run waiting out a transient failure: no instance retries it before this instant. */
    retryAt: instant.nullable().optional(),
  })
  .refine((run) => run.key === digestRunKey(run.platform, run.channelId, run.slot), {
    message: "key must be <platform>:<channelId>:<slot>",
    path: ["key"],
  });
export type DigestRun = z.infer<typeof digestRunSchema>;

export const channelCursorSchema = z.strictObject({
  platform,
  channelId: id,
  /** Everything already sent to this channel, so a digest never repeats an article. */
  coveredArticleIds: z.array(id),
  lastSlot: instant.nullable(),
  /** When the channel was last told a digest failed, to avoid repeating the notice. */
  lastFailureNoticeAt: instant.nullable(),
});
export type ChannelCursor = z.infer<typeof channelCursorSchema>;

/** Cache entries are any JSON value: that is exactly what survives a write and a read. */
export const cacheValueSchema: z.ZodType<unknown> = z.json();

export function subscriptionKey(platform: Platform, channelId: string): string {
  return `${platform}:${channelId}`;
}

export function digestRunKey(platform: Platform, channelId: string, slotIso: string): string {
  return `${platform}:${channelId}:${slotIso}`;
}

export function channelCursorKey(platform: Platform, channelId: string): string {
  return `${platform}:${channelId}`;
}

function isKnownTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
