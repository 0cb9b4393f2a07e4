import type { APIMessage } from "discord.js";
import { textChannel } from "./guildPayloads.js";
import { discordError, ok, type Reply } from "./http.js";
import { messageFromBody } from "./messagePayloads.js";
import { checkMessageBody } from "./messageRules.js";
import type { Route, RouteContext } from "./router.js";
import { type FakeGuild, findChannel, type World } from "./world.js";

const unknownChannel = discordError(404, 10003, "Unknown Channel");
/** Discord checks an enforced nonce against "the past few minutes". */
export const NONCE_WINDOW_MS = 5 * 60_000;

/** Messages the bot posted with `POST /channels/:id/messages` (scheduled briefings). */
export class ChannelStore {
  readonly #messages = new Map<string, APIMessage[]>();
  /** `nonce` → the message it created and when, for `enforce_nonce`. */
  readonly #nonces = new Map<string, { message: APIMessage; at: number }>();
  /** Messages a second POST with the same enforced nonce got back instead of a new one. */
  deduplicated = 0;

  constructor(
    private readonly world: World,
    /** Tells the gateway, which echoes the bot's own message as MESSAGE_CREATE like Discord. */
    private readonly onPosted: (guild: FakeGuild, message: APIMessage) => void,
    private readonly nonceWindowMs = NONCE_WINDOW_MS,
  ) {}

  messages(channelId: string): readonly APIMessage[] {
    return this.#messages.get(channelId) ?? [];
  }

  #post(ctx: RouteContext): Reply {
    const channelId = ctx.params.channelId ?? "";
    const guild = findChannel(this.world, channelId);
    if (guild === undefined) return unknownChannel;
    const problem = checkMessageBody(ctx.body, { isEdit: false, fileCount: ctx.files.length });
    if (problem !== null) return problem;
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    // enforce_nonce: the same author's message with this nonce in the past few minutes comes
    // back instead of a new one (Discord, "Create Message").
    const nonce =
      typeof body.nonce === "string" || typeof body.nonce === "number" ? body.nonce : null;
    const enforced = nonce !== null && body.enforce_nonce === true;
    const earlier = enforced ? this.#nonces.get(String(nonce)) : undefined;
    if (earlier !== undefined && Date.now() - earlier.at <= this.nonceWindowMs) {
      this.deduplicated++;
      return ok({ ...earlier.message, nonce });
    }
    const message = messageFromBody({ channelId, author: this.world.botUser }, body);
    this.#messages.set(channelId, [...this.messages(channelId), message]);
    if (enforced) this.#nonces.set(String(nonce), { message, at: Date.now() });
    this.onPosted(guild, message);
    return ok(nonce === null ? message : { ...message, nonce });
  }

  /** `GET /channels/:id/messages?limit=N`: the newest first, at most 100, without nonces. */
  #history(ctx: RouteContext): Reply {
    const channelId = ctx.params.channelId ?? "";
    if (findChannel(this.world, channelId) === undefined) return unknownChannel;
    const limit = Math.min(Math.max(Number(ctx.query.limit ?? 50) || 50, 1), 100);
    return ok([...this.messages(channelId)].reverse().slice(0, limit));
  }

  #channel(ctx: RouteContext): Reply {
    const guild = findChannel(this.world, ctx.params.channelId ?? "");
    return guild === undefined ? unknownChannel : ok(textChannel(guild));
  }

  #message(ctx: RouteContext): Reply {
    const channelId = ctx.params.channelId ?? "";
    if (findChannel(this.world, channelId) === undefined) return unknownChannel;
    const message = this.messages(channelId).find((m) => m.id === ctx.params.messageId);
    return message === undefined ? discordError(404, 10008, "Unknown Message") : ok(message);
  }

  routes(): Route[] {
    return [
      {
        method: "GET",
        pattern: "/channels/:channelId",
        auth: true,
        handle: (c) => this.#channel(c),
      },
      {
        method: "POST",
        pattern: "/channels/:channelId/messages",
        auth: true,
        handle: (c) => this.#post(c),
      },
      {
        method: "GET",
        pattern: "/channels/:channelId/messages",
        auth: true,
        handle: (c) => this.#history(c),
      },
      {
        method: "GET",
        pattern: "/channels/:channelId/messages/:messageId",
        auth: true,
        handle: (c) => this.#message(c),
      },
    ];
  }
}
