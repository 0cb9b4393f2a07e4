import type { Reply, SubscriptionService } from "../../commands/types.js";
import type { EnvReader } from "../config/envValues.js";
import type { CorpusIndex } from "../index/corpusIndex.js";
import type { Logger } from "../log/logger.js";
import type { PreparedPost } from "../schedule/delivery.js";
import type { SourcesService } from "../sources/sourcesService.js";
import type { PlatformId, Subscription } from "../store/records.js";
import type { Summarizer } from "../summarize/summarizer.js";
import type { RequestLimits } from "./requestLimits.js";

export type { PlatformId } from "../store/records.js";

/**
 * What an adapter is given when it starts: what it needs to turn a platform event into a
 * command call (`runChatCommand` with these deps) and to log it. The index is read at every
 * call: `serve --watch` swaps in a new one when the corpus changes.
 */
export interface AdapterHost {
  readonly index: () => Promise<CorpusIndex>;
  /** What briefings pick sentences with (`CommandDeps.summarizer`). */
  readonly summarizer: Summarizer;
  readonly logger: Logger;
  /** Flood limits shared by every adapter (per user, channel, workspace). */
  readonly limits: RequestLimits | null;
  readonly now: () => Date;
  readonly subscriptions: SubscriptionService;
  /** The followed live sources (`/sources`); absent: the command says they are not set up. */
  readonly sources?: SourcesService;
  /** Aborted on SIGINT/SIGTERM: a connection still retrying at start-up gives up. */
  readonly shutdown?: AbortSignal;
}

/** Where a scheduled digest goes: the channel, and what the platform needs beside its id. */
export type PostTarget = Pick<Subscription, "channelId" | "destination">;

/**
 * One delivery platform (Discord, Slack, incoming webhooks…), transport kept apart from
 * dispatch as bolt-js does with its receivers: `start` opens the platform's transport (a gateway,
 * an HTTP listener, a socket; nothing for a platform that only receives posts) and dispatches
 * what arrives through the host; `post` renders a reply for one channel into the platform's
 * messages for the scheduler, which sends them one at a time with its run lock, marks and retries
 * (a `PreparedPost` rather than one promise, so a digest is never lost nor doubled).
 */
export interface ChatAdapter {
  readonly id: PlatformId;
  start(host: AdapterHost): Promise<void>;
  /** Closes the transport; safe when `start` never ran or failed. */
  stop(): Promise<void>;
  post(target: PostTarget, reply: Reply): PreparedPost;
}

/** A channel named from the command line: its id, what the store keeps, and what may be shown. */
export interface ChannelAddress {
  readonly channelId: string;
  readonly destination: Readonly<Record<string, string>>;
  /** How listings and messages name it (never a secret: `hooks.example.com…`). */
  readonly shown: string;
}

export type AddressResult =
  | { readonly ok: true; readonly channel: ChannelAddress }
  | { readonly ok: false; readonly reason: string };

/**
 * How createApp knows a platform: its id, how it reads its settings from the environment (null:
 * not configured, so not started), and how it is made from them.
 */
export interface AdapterDefinition<S, Id extends PlatformId = PlatformId> {
  readonly id: Id;
  /**
   * Whether it takes requests from people (a bot in a chat). One that only posts (incoming
   * webhooks) gives `serve` work only when digests are subscribed for it.
   */
  readonly listens: boolean;
  /** Throws a one-line UserError naming the variable when a value is malformed. */
  readSettings(read: EnvReader): S | null;
  create(settings: S): ChatAdapter;
  /**
   * For platforms whose channels are named on the command line (a webhook URL and its options):
   * the channel `text` names, or the one-line reason it names none.
   */
  readonly address?: (text: string, options: Readonly<Record<string, string>>) => AddressResult;
}
