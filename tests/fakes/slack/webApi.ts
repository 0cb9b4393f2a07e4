import { errorBody, messageContentError } from "./messageRules.js";
import { type MessageStore, messageObject } from "./messages.js";
import { channelObject, userObject } from "./objects.js";
import type { FakeChannel, SlackWorld } from "./world.js";

export interface MethodContext {
  /** Decoded arguments: JSON fields such as `blocks` are already parsed. */
  readonly args: Readonly<Record<string, unknown>>;
  readonly world: SlackWorld;
  readonly messages: MessageStore;
}

/** A Web API method: `auth` methods answer `not_authed`/`invalid_auth` without a valid token. */
export interface MethodSpec {
  readonly auth: boolean;
  /** Which token `auth` accepts: the bot token (default) or the app-level token (`xapp-…`). */
  readonly token?: "bot" | "app";
  /** The response body, always with `ok`; Slack answers HTTP 200 either way. */
  readonly handle: (ctx: MethodContext) => object;
}

const THREAD_TS = /^\d+\.\d+$/;

function str(args: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = args[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

const fail = (error: string, extra: Record<string, unknown> = {}): object => ({
  ok: false,
  error,
  ...extra,
});

/** Resolves `channel` as Slack does for posting: an id, `#name`/`name`, or a user id (their DM). */
function findChannel(world: SlackWorld, ref: string | undefined): FakeChannel | undefined {
  if (ref === undefined) return undefined;
  const name = ref.replace(/^#/, "");
  return world.channels.find(
    (c) =>
      c.id === ref ||
      (c.kind === "channel" && c.name === name) ||
      (c.kind === "im" && c.userId === ref),
  );
}

function blocksOf(args: Readonly<Record<string, unknown>>): readonly unknown[] | null {
  return Array.isArray(args.blocks) ? args.blocks : null;
}

function postTarget(
  ctx: MethodContext,
): { ok: true; channel: FakeChannel; threadTs: string | null } | { ok: false; body: object } {
  const { args, world } = ctx;
  const channel = findChannel(world, str(args, "channel"));
  if (channel === undefined) return { ok: false, body: fail("channel_not_found") };
  if (!channel.botIsMember) return { ok: false, body: fail("not_in_channel") };
  const threadTs = args.thread_ts;
  if (threadTs !== undefined && (typeof threadTs !== "string" || !THREAD_TS.test(threadTs))) {
    return { ok: false, body: fail("invalid_thread_ts") };
  }
  const problem = messageContentError(args);
  if (problem !== null) return { ok: false, body: errorBody(problem) };
  return { ok: true, channel, threadTs: threadTs ?? null };
}

const authTest: MethodSpec = {
  auth: true,
  handle: ({ world }) => ({
    ok: true,
    url: `https://${world.team.domain}.slack.com/`,
    team: world.team.name,
    user: world.bot.name,
    team_id: world.team.id,
    user_id: world.bot.id,
    bot_id: world.bot.botId,
    is_enterprise_install: false,
  }),
};

const postMessage: MethodSpec = {
  auth: true,
  handle: (ctx) => {
    const target = postTarget(ctx);
    if (!target.ok) return target.body;
    const posted = ctx.messages.post({
      channel: target.channel.id,
      text: str(ctx.args, "text") ?? "",
      blocks: blocksOf(ctx.args),
      threadTs: target.threadTs,
      visibleTo: null,
      metadata: ctx.args.metadata ?? null,
    });
    return {
      ok: true,
      channel: posted.channel,
      ts: posted.ts,
      message: messageObject(ctx.world, posted),
    };
  },
};

const postEphemeral: MethodSpec = {
  auth: true,
  handle: (ctx) => {
    const user = str(ctx.args, "user");
    if (user === undefined) return fail("invalid_arguments");
    const target = postTarget(ctx);
    if (!target.ok) return target.body;
    if (!ctx.world.users.some((u) => u.id === user)) return fail("user_not_in_channel");
    const posted = ctx.messages.post({
      channel: target.channel.id,
      text: str(ctx.args, "text") ?? "",
      blocks: blocksOf(ctx.args),
      threadTs: target.threadTs,
      visibleTo: user,
    });
    return { ok: true, message_ts: posted.ts };
  },
};

const update: MethodSpec = {
  auth: true,
  handle: (ctx) => {
    const channel = findChannel(ctx.world, str(ctx.args, "channel"));
    if (channel === undefined) return fail("channel_not_found");
    const ts = str(ctx.args, "ts");
    const old = ts === undefined ? undefined : ctx.messages.find(channel.id, ts);
    if (old === undefined) return fail("message_not_found");
    if (old.user !== ctx.world.bot.id) return fail("cant_update_message");
    const problem = messageContentError(ctx.args);
    if (problem !== null) return errorBody(problem);
    const updated = ctx.messages.update(old, {
      text: str(ctx.args, "text") ?? "",
      blocks: blocksOf(ctx.args),
    });
    return {
      ok: true,
      channel: channel.id,
      ts: updated.ts,
      text: updated.text,
      message: messageObject(ctx.world, updated),
    };
  },
};

const conversationsInfo: MethodSpec = {
  auth: true,
  handle: ({ args, world }) => {
    const id = str(args, "channel");
    const channel = world.channels.find((c) => c.id === id);
    return channel === undefined
      ? fail("channel_not_found")
      : { ok: true, channel: channelObject(channel) };
  },
};

/** Newest first, without ephemeral messages; metadata only with `include_all_metadata`. */
const conversationsHistory: MethodSpec = {
  auth: true,
  handle: ({ args, world, messages }) => {
    const id = str(args, "channel");
    const channel = world.channels.find((c) => c.id === id);
    if (channel === undefined) return fail("channel_not_found");
    if (!channel.botIsMember) return fail("not_in_channel");
    const limit = Math.min(Math.max(Number(args.limit ?? 100) || 100, 1), 999);
    const withMetadata = args.include_all_metadata === true || args.include_all_metadata === "true";
    const found = messages
      .inChannel(channel.id)
      .filter((m) => m.visibleTo === null)
      .reverse()
      .slice(0, limit)
      .map((m) => messageObject(world, m, withMetadata));
    return { ok: true, messages: found, has_more: false };
  },
};

const usersInfo: MethodSpec = {
  auth: true,
  handle: ({ args, world }) => {
    const id = str(args, "user");
    const user = world.users.find((u) => u.id === id);
    return user === undefined
      ? fail("user_not_found")
      : { ok: true, user: userObject(world, user) };
  },
};

/** `api.test` needs no token and echoes its arguments; `error` makes it fail with that code. */
const apiTest: MethodSpec = {
  auth: false,
  handle: ({ args }) => {
    const { token: _token, ...echo } = args;
    const error = str(args, "error");
    return error === undefined ? { ok: true, args: echo } : fail(error, { args: echo });
  },
};

/** The methods the fake implements; anything else is `unknown_method`. */
export function webApiMethods(): Map<string, MethodSpec> {
  return new Map([
    ["api.test", apiTest],
    ["auth.test", authTest],
    ["chat.postMessage", postMessage],
    ["chat.postEphemeral", postEphemeral],
    ["chat.update", update],
    ["conversations.history", conversationsHistory],
    ["conversations.info", conversationsInfo],
    ["users.info", usersInfo],
  ]);
}
