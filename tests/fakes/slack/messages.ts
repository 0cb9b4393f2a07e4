import type { MessageClock, SlackWorld } from "./world.js";

/** A message the bot posted with chat.postMessage (or chat.postEphemeral), as it stands now. */
export interface PostedMessage {
  readonly channel: string;
  readonly ts: string;
  readonly text: string;
  readonly blocks: readonly unknown[] | null;
  readonly threadTs: string | null;
  /** The bot user that posted it. */
  readonly user: string;
  readonly botId: string;
  /** For chat.postEphemeral: the only person who sees it. Ephemeral messages cannot be updated. */
  readonly visibleTo: string | null;
  /** How many times chat.update changed it. */
  readonly edits: number;
  /** Message metadata (`{ event_type, event_payload }`) as posted, or null. */
  readonly metadata: unknown;
}

export interface NewMessage {
  readonly channel: string;
  readonly text: string;
  readonly blocks: readonly unknown[] | null;
  readonly threadTs: string | null;
  readonly visibleTo: string | null;
  readonly metadata?: unknown;
}

/** Messages by channel, oldest first. */
export class MessageStore {
  readonly #messages: PostedMessage[] = [];

  constructor(
    private readonly world: SlackWorld,
    private readonly clock: MessageClock,
  ) {}

  post(message: NewMessage): PostedMessage {
    const posted: PostedMessage = {
      ...message,
      metadata: message.metadata ?? null,
      ts: this.clock.next(),
      user: this.world.bot.id,
      botId: this.world.bot.botId,
      edits: 0,
    };
    this.#messages.push(posted);
    return posted;
  }

  find(channel: string, ts: string): PostedMessage | undefined {
    return this.#messages.find((m) => m.channel === channel && m.ts === ts && m.visibleTo === null);
  }

  update(
    old: PostedMessage,
    change: { text: string; blocks: readonly unknown[] | null },
  ): PostedMessage {
    const updated = { ...old, ...change, edits: old.edits + 1 };
    this.#messages[this.#messages.indexOf(old)] = updated;
    return updated;
  }

  inChannel(channel: string): readonly PostedMessage[] {
    return this.#messages.filter((m) => m.channel === channel);
  }

  get all(): readonly PostedMessage[] {
    return this.#messages;
  }
}

/**
 * The `message` object Slack returns from chat.postMessage and chat.update; conversations.history
 * adds the metadata only when asked (`include_all_metadata`).
 */
export function messageObject(
  world: SlackWorld,
  m: PostedMessage,
  withMetadata = false,
): Record<string, unknown> {
  return {
    ...(withMetadata && m.metadata !== null ? { metadata: m.metadata } : {}),
    type: "message",
    text: m.text,
    user: m.user,
    bot_id: m.botId,
    app_id: world.appId,
    team: world.team.id,
    ts: m.ts,
    ...(m.blocks === null ? {} : { blocks: m.blocks }),
    ...(m.threadTs === null ? {} : { thread_ts: m.threadTs }),
    bot_profile: {
      id: m.botId,
      app_id: world.appId,
      name: world.bot.name,
      team_id: world.team.id,
      deleted: false,
    },
  };
}
