import { createHash } from "node:crypto";
import type { Digest } from "../../briefings/types.js";
import type { FailingFeed } from "../sources/sourceStatus.js";
import type { Subscription } from "../store/records.js";

/**
 * What a platform adapter gives the scheduler to deliver one digest: the reply already rendered
 * into the platform's messages, sent one at a time, each carrying a mark derived from the run so
 * a later attempt can tell whether it already landed.
 */
export interface PreparedPost {
  /** How many messages the reply is on this platform. */
  readonly count: number;
  /**
   * Posts message `mark.index` (0-based) with its mark; resolves with the platform's message id.
   * Throws a DeliveryError (or any error, read as permanent) when the platform refuses.
   */
  send(mark: DeliveryMark): Promise<string>;
  /**
   * The id of a message carrying `mark` among the channel's recent messages by the bot, or null.
   * Used before sending again a message whose first attempt's outcome is unknown.
   */
  find(mark: DeliveryMark): Promise<string | null>;
}

/**
 * What the scheduler posts to a channel: its digest, or a one-line notice (nothing new, a digest
 * that could not be posted). The same shapes as those replies of the commands, so a poster of
 * command replies posts these too.
 */
export type ScheduledPost =
  | {
      readonly kind: "digest";
      readonly digest: Digest;
      /** Followed feeds failing for a day or more, named in the digest's footer. */
      readonly failingFeeds?: readonly FailingFeed[];
    }
  | { readonly kind: "notice"; readonly message: string };

/** Renders a scheduled post for the subscription's platform and channel. */
export type ChannelPoster = (subscription: Subscription, post: ScheduledPost) => PreparedPost;

/** Identifies one message of one run: the same on every attempt, on every instance. */
export interface DeliveryMark {
  /** 16 hex digits of SHA-256 of the run key (platform, channel, slot). */
  readonly ref: string;
  readonly index: number;
  readonly count: number;
}

export function deliveryMark(runKey: string, index: number, count: number): DeliveryMark {
  const ref = createHash("sha256").update(runKey).digest("hex").slice(0, 16);
  return { ref, index, count };
}

/**
 * The nonce Discord deduplicates on (at most 25 characters): the same for every attempt at the
 * same message of the same run, different for every other message.
 */
export function markNonce(mark: DeliveryMark): string {
  return `bb${mark.ref}-${mark.index}`;
}

/**
 * The text a message carries so it can be recognised among the channel's messages later:
 * `digest 2/3 · ref 0123456789abcdef`, shown small at the bottom of each message.
 */
export function markText(mark: DeliveryMark): string {
  return `digest ${mark.index + 1}/${mark.count} · ref ${mark.ref}`;
}

/**
 * A platform failure the adapter has classified. Transient ones (5xx, timeouts, dropped
 * connections, rate limits) are retried until the catch-up window closes; permanent ones
 * (no access, unknown channel, invalid body) fail the run after `maxAttempts`.
 */
export class DeliveryError extends Error {
  override readonly name = "DeliveryError";
  constructor(
    message: string,
    readonly transient: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isTransient(error: unknown): boolean {
  return error instanceof DeliveryError && error.transient;
}

/** The message a mark names; a mark past the end is a bug in the caller. */
export function messageAt<M>(messages: readonly M[], mark: DeliveryMark): M {
  const message = messages[mark.index];
  if (message === undefined) {
    throw new RangeError(`expected a message index below ${messages.length}, found ${mark.index}`);
  }
  return message;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
