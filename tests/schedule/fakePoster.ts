import type { Reply } from "../../commands/types.js";
import {
  type ChannelPoster,
  DeliveryError,
  type DeliveryMark,
  type PreparedPost,
} from "../../src/schedule/delivery.js";
import { type DigestRun, digestRunKey, type Subscription } from "../../src/store/records.js";
import { bundled } from "../helpers/engine.js";

/**
 * What the fake channel does with the next send:
 * - ok: the message lands
 * - refuse: a permanent refusal (Missing Access); nothing lands
 * - transient: a 503; nothing lands
 * - accept-then-cut: the message lands but the answer is lost (the caller sees a transient error)
 */
export type SendAction = "ok" | "refuse" | "transient" | "accept-then-cut";

export interface LandedMessage {
  readonly channelId: string;
  readonly ref: string;
  readonly index: number;
  readonly count: number;
  readonly reply: Reply;
  readonly id: string;
  /** Real time it landed (Date.now), to tell it came after a lock ran out. */
  readonly at: number;
}

/**
 * A platform stand-in for runDigest: a digest is `digestParts` messages, a notice one; every
 * message that lands is kept with its mark, `find` looks marks up like the real posters do, and
 * `script` decides each send's fate in order (then "ok").
 */
export class FakeChannels {
  readonly landed: LandedMessage[] = [];
  readonly sends: { ref: string; index: number; action: SendAction }[] = [];
  readonly finds: { ref: string; index: number }[] = [];
  script: SendAction[] = [];

  constructor(private readonly digestParts = 3) {}

  /** Replies whose first message landed, in order: one per delivered digest. */
  get posted(): Reply[] {
    return this.landed.filter((m) => m.index === 0).map((m) => m.reply);
  }

  /** How many times each (ref, index) landed, for messages that landed more than once. */
  doubles(): string[] {
    const seen = new Map<string, number>();
    for (const m of this.landed) {
      const key = `${m.channelId}:${m.ref}:${m.index}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    return [...seen].filter(([, n]) => n > 1).map(([k, n]) => `${k} ×${n}`);
  }

  readonly poster: ChannelPoster = (subscription: Subscription, reply: Reply): PreparedPost => {
    const count = reply.kind === "digest" ? this.digestParts : 1;
    const channelId = subscription.channelId;
    return {
      count,
      send: async (mark: DeliveryMark) => {
        const action = this.script.shift() ?? "ok";
        this.sends.push({ ref: mark.ref, index: mark.index, action });
        if (action === "refuse") throw new Error("Missing Access");
        if (action === "transient") throw new DeliveryError("503 Service Unavailable", true);
        const id = `m${this.landed.length + 1}`;
        this.landed.push({
          channelId,
          ref: mark.ref,
          index: mark.index,
          count,
          reply,
          id,
          at: Date.now(),
        });
        if (action === "accept-then-cut") throw new DeliveryError("other side closed", true);
        return id;
      },
      find: async (mark: DeliveryMark) => {
        this.finds.push({ ref: mark.ref, index: mark.index });
        const found = this.landed.find(
          (m) => m.channelId === channelId && m.ref === mark.ref && m.index === mark.index,
        );
        return found?.id ?? null;
      },
    };
  };
}

/** What an instance killed after starting a slot leaves: 'running', nothing recorded as sent. */
export async function deadRun(subscription: Subscription, slot: string): Promise<DigestRun> {
  const { index } = await bundled();
  return {
    key: digestRunKey(subscription.platform, subscription.channelId, slot),
    platform: subscription.platform,
    channelId: subscription.channelId,
    slot,
    status: "running",
    attempts: 0,
    articleIds: index.articles.map((a) => a.id),
    startedAt: slot,
    finishedAt: null,
    error: null,
  };
}
