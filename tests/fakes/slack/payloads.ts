import { type SlackWorld, slackId, triggerId } from "./world.js";

/** A slash command as a person types it; unset fields come from the fake's workspace. */
export interface SlashCommandSpec {
  /** With the slash: `/brief`. */
  command: string;
  text?: string;
  userId?: string;
  userName?: string;
  channelId?: string;
  channelName?: string;
  teamId?: string;
  triggerId?: string;
  /** Defaults to a fresh URL on the fake's response_url receiver. */
  responseUrl?: string;
}

/**
 * The form fields Slack POSTs for a slash command, in Slack's order. Every value is a string
 * (`is_enterprise_install` is `"false"`); `enterprise_id`/`enterprise_name` only appear on
 * Enterprise Grid, which the fake does not model.
 */
export function slashCommandFields(
  world: SlackWorld,
  spec: SlashCommandSpec,
  mintResponseUrl: () => string,
): Record<string, string> {
  const channel = world.channels.find((c) => c.id === spec.channelId) ?? world.channel;
  const user = world.users.find((u) => u.id === spec.userId) ?? world.human;
  return {
    token: world.verificationToken,
    team_id: spec.teamId ?? world.team.id,
    team_domain: world.team.domain,
    channel_id: spec.channelId ?? channel.id,
    channel_name: spec.channelName ?? (channel.kind === "im" ? "directmessage" : channel.name),
    user_id: spec.userId ?? user.id,
    user_name: spec.userName ?? user.name,
    command: spec.command,
    text: spec.text ?? "",
    api_app_id: world.appId,
    is_enterprise_install: "false",
    response_url: spec.responseUrl ?? mintResponseUrl(),
    trigger_id: spec.triggerId ?? triggerId(),
  };
}

/** An inner event: `{ type, … }`, e.g. from `appMentionEvent` or written by hand. */
export type SlackEvent = { readonly type: string } & Readonly<Record<string, unknown>>;

export interface EventCallback {
  readonly token: string;
  readonly team_id: string;
  readonly context_team_id: string;
  readonly context_enterprise_id: null;
  readonly api_app_id: string;
  readonly event: SlackEvent;
  readonly type: "event_callback";
  readonly event_id: string;
  readonly event_time: number;
  readonly authorizations: readonly {
    readonly enterprise_id: null;
    readonly team_id: string;
    readonly user_id: string;
    readonly is_bot: true;
    readonly is_enterprise_install: false;
  }[];
  readonly is_ext_shared_channel: false;
  readonly event_context: string;
}

/** The Events API envelope around an event, as Slack POSTs it (JSON). */
export function eventCallback(
  world: SlackWorld,
  event: SlackEvent,
  overrides: Partial<EventCallback> = {},
): EventCallback {
  return {
    token: world.verificationToken,
    team_id: world.team.id,
    context_team_id: world.team.id,
    context_enterprise_id: null,
    api_app_id: world.appId,
    event,
    type: "event_callback",
    event_id: slackId("Ev"),
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: world.team.id,
        user_id: world.bot.id,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${Buffer.from(JSON.stringify({ et: event.type, tid: world.team.id })).toString("base64url")}`,
    ...overrides,
  };
}

export interface MessageEventSpec {
  /** For a mention, defaults to `<@BOT> what did Lavrov say?`. */
  text?: string;
  userId?: string;
  channelId?: string;
  /** The message's ts; defaults to a fresh one. */
  ts?: string;
  /** Set when the message is a reply in a thread. */
  threadTs?: string;
}

/** `app_mention`: someone wrote `<@BOT>` in a channel the bot is in. */
export function appMentionEvent(
  world: SlackWorld,
  ts: string,
  spec: MessageEventSpec = {},
): SlackEvent {
  return {
    type: "app_mention",
    user: spec.userId ?? world.human.id,
    text: spec.text ?? `<@${world.bot.id}> what did Lavrov say?`,
    ts,
    team: world.team.id,
    channel: spec.channelId ?? world.channel.id,
    event_ts: ts,
    ...(spec.threadTs === undefined ? {} : { thread_ts: spec.threadTs }),
  };
}

/** `message` in the direct-message channel between a person and the bot (`channel_type: "im"`). */
export function directMessageEvent(
  world: SlackWorld,
  ts: string,
  spec: MessageEventSpec = {},
): SlackEvent {
  return {
    type: "message",
    user: spec.userId ?? world.human.id,
    text: spec.text ?? "what did Lavrov say?",
    ts,
    team: world.team.id,
    channel: spec.channelId ?? world.im.id,
    event_ts: ts,
    channel_type: "im",
    ...(spec.threadTs === undefined ? {} : { thread_ts: spec.threadTs }),
  };
}
