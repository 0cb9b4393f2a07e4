import {
  type APIInteraction,
  type APIMessage,
  type APIMessageInteractionMetadata,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
} from "discord.js";
import { checkCallback } from "./callbackRules.js";
import { discordError, noContent, ok, type Reply } from "./http.js";
import { editMessage, messageFromBody } from "./messagePayloads.js";
import { checkMessageBody } from "./messageRules.js";
import type { Route, RouteContext } from "./router.js";
import type { World } from "./world.js";

/** What the fake knows about one dispatched interaction and how the bot answered it. */
export interface InteractionRecord {
  readonly payload: APIInteraction;
  readonly dispatchedAt: number;
  /** The callback type that acknowledged it, or null while unanswered. */
  acknowledgedWith: InteractionResponseType | null;
  /** The reply (or "thinking…" placeholder after a defer), null once deleted or for non-messages. */
  original: APIMessage | null;
  readonly followups: Map<string, APIMessage>;
}

const R = InteractionResponseType;

const unknownInteraction = discordError(404, 10062, "Unknown interaction");
const unknownWebhook = discordError(404, 10015, "Unknown Webhook");
const unknownMessage = discordError(404, 10008, "Unknown Message");

function isEmpty(m: APIMessage): boolean {
  return (
    m.content === "" &&
    m.embeds.length === 0 &&
    (m.components?.length ?? 0) === 0 &&
    m.attachments.length === 0
  );
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

export class InteractionStore {
  readonly #byId = new Map<string, InteractionRecord>();

  constructor(
    private readonly world: World,
    /** Discord rejects an initial callback that arrives later than this (3 s) after dispatch. */
    private readonly deadlineMs: number,
  ) {}

  register(payload: APIInteraction): InteractionRecord {
    const entry: InteractionRecord = {
      payload,
      dispatchedAt: Date.now(),
      acknowledgedWith: null,
      original: null,
      followups: new Map(),
    };
    this.#byId.set(payload.id, entry);
    return entry;
  }

  get(id: string): InteractionRecord | undefined {
    return this.#byId.get(id);
  }

  byToken(appId: string | undefined, token: string | undefined): InteractionRecord | undefined {
    if (appId !== this.world.applicationId) return undefined;
    for (const entry of this.#byId.values()) if (entry.payload.token === token) return entry;
    return undefined;
  }

  #replyMessage(
    entry: InteractionRecord,
    body: Record<string, unknown>,
    original: boolean,
  ): APIMessage {
    const { payload } = entry;
    const user = payload.member?.user ?? payload.user;
    const name =
      payload.data !== undefined && "name" in payload.data ? payload.data.name : undefined;
    const metadata = {
      id: payload.id,
      type: payload.type,
      ...(user === undefined ? {} : { user }),
      authorizing_integration_owners: payload.authorizing_integration_owners,
      ...(name === undefined ? {} : { name, command_type: 1 }),
    } as APIMessageInteractionMetadata;
    return messageFromBody(
      {
        channelId: payload.channel?.id ?? payload.channel_id ?? "0",
        author: this.world.botUser,
        type:
          original && payload.type === InteractionType.ApplicationCommand
            ? MessageType.ChatInputCommand
            : MessageType.Default,
        webhookId: this.world.applicationId,
        applicationId: this.world.applicationId,
        interactionMetadata: metadata,
      },
      body,
    );
  }

  /** POST /interactions/:id/:token/callback */
  callback(ctx: RouteContext): Reply {
    const entry = this.#byId.get(ctx.params.id ?? "");
    if (entry === undefined || entry.payload.token !== ctx.params.token) return unknownInteraction;
    if (entry.acknowledgedWith !== null) {
      return discordError(400, 40060, "Interaction has already been acknowledged.");
    }
    if (Date.now() - entry.dispatchedAt > this.deadlineMs) return unknownInteraction;
    const body = record(ctx.body);
    const type = body.type as InteractionResponseType;
    const data = record(body.data);
    const problem = checkCallback(entry.payload.type, type, data, ctx.files.length);
    if (problem !== null) return problem;

    entry.acknowledgedWith = type;
    if (type === R.ChannelMessageWithSource) {
      entry.original = this.#replyMessage(entry, data, true);
    } else if (type === R.DeferredChannelMessageWithSource) {
      const flags = ((data.flags as number | undefined) ?? 0) | MessageFlags.Loading;
      entry.original = this.#replyMessage(entry, { flags }, true);
    }
    if (ctx.query.with_response !== "true") return noContent;
    const message = entry.original;
    const flags = message?.flags ?? 0;
    return ok({
      interaction: {
        id: entry.payload.id,
        type: entry.payload.type,
        ...(message === null
          ? {}
          : {
              response_message_id: message.id,
              response_message_loading: (flags & MessageFlags.Loading) !== 0,
              response_message_ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
            }),
      },
      resource: {
        type,
        ...(type === R.ChannelMessageWithSource && message !== null ? { message } : {}),
      },
    });
  }

  #message(entry: InteractionRecord, messageId: string | undefined): APIMessage | undefined {
    if (messageId === "@original") return entry.original ?? undefined;
    return entry.followups.get(messageId ?? "");
  }

  #webhook(ctx: RouteContext): InteractionRecord | Reply {
    return this.byToken(ctx.params.appId, ctx.params.token) ?? unknownWebhook;
  }

  /** POST /webhooks/:appId/:token — a follow-up; right after a defer it fills the placeholder. */
  followUp(ctx: RouteContext): Reply {
    const entry = this.#webhook(ctx);
    if ("status" in entry) return entry;
    if (entry.acknowledgedWith === null) return unknownWebhook;
    const problem = checkMessageBody(ctx.body, { isEdit: false, fileCount: ctx.files.length });
    if (problem !== null) return problem;
    const body = record(ctx.body);
    const original = entry.original;
    let message: APIMessage;
    if (original !== null && ((original.flags ?? 0) & MessageFlags.Loading) !== 0) {
      const flags = (original.flags ?? 0) & ~MessageFlags.Loading;
      message = { ...editMessage(original, body), flags };
      entry.original = message;
    } else {
      message = this.#replyMessage(entry, body, false);
      entry.followups.set(message.id, message);
    }
    return ctx.query.wait === "true" ? ok(message) : noContent;
  }

  /** PATCH /webhooks/:appId/:token/messages/:messageId (`@original` included). */
  edit(ctx: RouteContext): Reply {
    const entry = this.#webhook(ctx);
    if ("status" in entry) return entry;
    const current = this.#message(entry, ctx.params.messageId);
    if (current === undefined) return unknownMessage;
    const problem = checkMessageBody(ctx.body, { isEdit: true, fileCount: ctx.files.length });
    if (problem !== null) return problem;
    const edited = editMessage(current, record(ctx.body));
    const next = { ...edited, flags: (edited.flags ?? 0) & ~MessageFlags.Loading };
    if (((current.flags ?? 0) & MessageFlags.Ephemeral) !== 0) next.flags |= MessageFlags.Ephemeral;
    if (isEmpty(next)) return discordError(400, 50006, "Cannot send an empty message");
    if (ctx.params.messageId === "@original") entry.original = next;
    else entry.followups.set(next.id, next);
    return ok(next);
  }

  /** GET /webhooks/:appId/:token/messages/:messageId */
  fetch(ctx: RouteContext): Reply {
    const entry = this.#webhook(ctx);
    if ("status" in entry) return entry;
    const message = this.#message(entry, ctx.params.messageId);
    return message === undefined ? unknownMessage : ok(message);
  }

  /** DELETE /webhooks/:appId/:token/messages/:messageId */
  delete(ctx: RouteContext): Reply {
    const entry = this.#webhook(ctx);
    if ("status" in entry) return entry;
    if (this.#message(entry, ctx.params.messageId) === undefined) return unknownMessage;
    if (ctx.params.messageId === "@original") entry.original = null;
    else entry.followups.delete(ctx.params.messageId ?? "");
    return noContent;
  }

  routes(): Route[] {
    const message = "/webhooks/:appId/:token/messages/:messageId";
    return [
      {
        method: "POST",
        pattern: "/interactions/:id/:token/callback",
        auth: false,
        handle: (c) => this.callback(c),
      },
      {
        method: "POST",
        pattern: "/webhooks/:appId/:token",
        auth: false,
        handle: (c) => this.followUp(c),
      },
      { method: "PATCH", pattern: message, auth: false, handle: (c) => this.edit(c) },
      { method: "GET", pattern: message, auth: false, handle: (c) => this.fetch(c) },
      { method: "DELETE", pattern: message, auth: false, handle: (c) => this.delete(c) },
    ];
  }
}
