import { randomBytes, randomInt } from "node:crypto";

const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/**
 * A Slack-style id: a type letter (T team, U user, C channel, D direct message, B bot, A app,
 * Ev event) followed by 10 upper-case letters and digits.
 */
export function slackId(prefix: string): string {
  let id = prefix;
  for (const byte of randomBytes(10)) id += ID_ALPHABET.charAt(byte % ID_ALPHABET.length);
  return id;
}

function hex(bytes: number): string {
  return randomBytes(bytes).toString("hex");
}

/** A bot token shaped like Slack's: `xoxb-<team number>-<bot number>-<24 characters>`. */
export function botToken(): string {
  return `xoxb-${randomInt(1e11, 1e12)}-${randomInt(1e12, 1e13)}-${hex(12)}`;
}

/** An app-level token as Slack mints them: `xapp-1-<app id>-<13 digits>-<64 hex>`. */
export function appToken(appId: string): string {
  return `xapp-1-${appId}-${randomInt(1e12, 1e13)}-${hex(32)}`;
}

/** A trigger_id as Slack mints them: `<digits>.<digits>.<32 hex>`. */
export function triggerId(): string {
  return `${Date.now()}.${randomInt(1e8, 1e9)}.${hex(16)}`;
}

export interface FakeUser {
  readonly id: string;
  readonly name: string;
  readonly realName: string;
  /** Set for the bot user: the `B…` id that `auth.test` reports as `bot_id`. */
  readonly botId: string | null;
  readonly tz: string;
  /** What `users.info` reports as `is_admin` / `is_owner`; false when absent. */
  readonly isAdmin?: boolean;
  readonly isOwner?: boolean;
}

export interface FakeChannel {
  readonly id: string;
  readonly name: string;
  readonly kind: "channel" | "im";
  /** For an im: the person on the other side. */
  readonly userId: string | null;
  /** Whether the bot has joined; posting elsewhere answers `not_in_channel`. */
  readonly botIsMember: boolean;
  readonly created: number;
}

/** Everything the fake knows about its one workspace. */
export interface SlackWorld {
  readonly team: { readonly id: string; readonly name: string; readonly domain: string };
  readonly appId: string;
  readonly botToken: string;
  /** The app-level token (`xapp-…`) that `apps.connections.open` accepts, for Socket Mode. */
  readonly appToken: string;
  readonly signingSecret: string;
  /** The deprecated verification token Slack still puts in every payload's `token` field. */
  readonly verificationToken: string;
  readonly bot: FakeUser & { readonly botId: string };
  /** The person who sends commands and mentions unless a test says otherwise. */
  readonly human: FakeUser;
  readonly users: FakeUser[];
  readonly channels: FakeChannel[];
  /** `#general`, where commands and mentions happen by default. */
  readonly channel: FakeChannel;
  /** The direct-message channel between `human` and the bot. */
  readonly im: FakeChannel;
}

export interface WorldOptions {
  botToken?: string;
  appToken?: string;
  signingSecret?: string;
  botName?: string;
  teamDomain?: string;
}

export function makeWorld(options: WorldOptions): SlackWorld {
  const created = Math.floor(Date.now() / 1000) - 86_400;
  const bot = {
    id: slackId("U"),
    name: options.botName ?? "briefbot",
    realName: "Briefbot",
    botId: slackId("B"),
    tz: "America/Los_Angeles",
  };
  const human: FakeUser = {
    id: slackId("U"),
    name: "ada",
    realName: "Ada Lovelace",
    botId: null,
    tz: "Europe/Zurich",
  };
  const channel: FakeChannel = {
    id: slackId("C"),
    name: "general",
    kind: "channel",
    userId: null,
    botIsMember: true,
    created,
  };
  const im: FakeChannel = {
    id: slackId("D"),
    name: human.id,
    kind: "im",
    userId: human.id,
    botIsMember: true,
    created,
  };
  const domain = options.teamDomain ?? "briefbot-test";
  const appId = slackId("A");
  return {
    team: { id: slackId("T"), name: "Briefbot Test", domain },
    appId,
    botToken: options.botToken ?? botToken(),
    appToken: options.appToken ?? appToken(appId),
    signingSecret: options.signingSecret ?? hex(16),
    verificationToken: hex(12),
    bot,
    human,
    users: [bot, human],
    channels: [channel, im],
    channel,
    im,
  };
}

/**
 * Message timestamps as Slack mints them: `<seconds>.<6-digit sequence>`, unique and increasing
 * within the workspace, so they can serve as message ids and thread ids.
 */
export class MessageClock {
  #lastMicros = 0;

  next(): string {
    const micros = Math.max(Date.now() * 1000, this.#lastMicros + 1);
    this.#lastMicros = micros;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, "0")}`;
  }
}
