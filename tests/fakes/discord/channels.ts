import type { APIMessage } from "discord.js";
import { textChannel } from "./guildPayloads.js";
import { discordError, ok, type Reply } from "./http.js";
import { messageFromBody } from "./messagePayloads.js";
import { checkMessageBody } from "./messageRules.js";
import type { Route, RouteContext } from "./router.js";
import { type FakeGuild, findChannel, type World } from "./world.js";

const unknownChannel = discordError(404, 10003, "Unknown Channel");

/** Messages the bot posted with `POST /channels/:id/messages` (scheduled briefings). */
export class ChannelStore {
  readonly #messages = new Map<string, APIMessage[]>();

  constructor(
    private readonly world: World,
    /** Tells the gateway, which echoes the bot's own message as MESSAGE_CREATE like Discord. */
    private readonly onPosted: (guild: FakeGuild, message: APIMessage) => void,
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
    const message = messageFromBody({ channelId, author: this.world.botUser }, body);
    this.#messages.set(channelId, [...this.messages(channelId), message]);
    this.onPosted(guild, message);
    return ok(message);
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
        pattern: "/channels/:channelId/messages/:messageId",
        auth: true,
        handle: (c) => this.#message(c),
      },
    ];
  }
}
