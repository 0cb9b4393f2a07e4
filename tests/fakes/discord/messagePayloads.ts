import {
  type APIAttachment,
  type APIEmbed,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type APIMessageTopLevelComponent,
  type APIUser,
  type GatewayMessageCreateDispatchData,
  type MessageFlags,
  MessageType,
} from "discord.js";
import { guildMember } from "./guildPayloads.js";
import { snowflake } from "./snowflake.js";
import { findGuild, humanUserPayload, type World } from "./world.js";

export interface MessageSpec {
  channelId: string;
  author: APIUser;
  type?: MessageType;
  webhookId?: string;
  applicationId?: string;
  interactionMetadata?: APIMessageInteractionMetadata;
}

/**
 * The message Discord stores for a create/edit body (`content`, `embeds`, `components`, `flags`,
 * `attachments`), as returned by REST. Embeds gain `type: "rich"` as Discord adds it.
 */
export function messageFromBody(spec: MessageSpec, body: Record<string, unknown>): APIMessage {
  const embeds = Array.isArray(body.embeds) ? (body.embeds as APIEmbed[]) : [];
  return {
    id: snowflake(),
    channel_id: spec.channelId,
    author: spec.author,
    content: typeof body.content === "string" ? body.content : "",
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: body.tts === true,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: attachmentsFrom(body.attachments),
    embeds: embeds.map((e) => ({ type: "rich", ...e }) as APIEmbed),
    components: Array.isArray(body.components)
      ? (body.components as APIMessageTopLevelComponent[])
      : [],
    pinned: false,
    type: spec.type ?? MessageType.Default,
    flags: (typeof body.flags === "number" ? body.flags : 0) as MessageFlags,
    ...(spec.webhookId === undefined ? {} : { webhook_id: spec.webhookId }),
    ...(spec.applicationId === undefined ? {} : { application_id: spec.applicationId }),
    ...(spec.interactionMetadata === undefined
      ? {}
      : { interaction_metadata: spec.interactionMetadata }),
  };
}

/** Applies an edit body to a stored message: only the fields present change. */
export function editMessage(message: APIMessage, body: Record<string, unknown>): APIMessage {
  const next = messageFromBody({ channelId: message.channel_id, author: message.author }, body);
  return {
    ...message,
    ...("content" in body ? { content: next.content } : {}),
    ...("embeds" in body ? { embeds: next.embeds } : {}),
    ...("components" in body ? { components: next.components } : {}),
    ...("attachments" in body ? { attachments: next.attachments } : {}),
    ...("flags" in body ? { flags: next.flags } : {}),
    edited_timestamp: new Date().toISOString(),
  };
}

function attachmentsFrom(value: unknown): APIAttachment[] {
  if (!Array.isArray(value)) return [];
  return value.map((raw: Record<string, unknown>) => {
    const id = snowflake();
    const filename = typeof raw.filename === "string" ? raw.filename : "file";
    return {
      id,
      filename,
      size: 0,
      url: `https://cdn.discordapp.com/attachments/0/${id}/${filename}`,
      proxy_url: `https://media.discordapp.net/attachments/0/${id}/${filename}`,
    };
  });
}

export interface MessageCreateSpec {
  content: string;
  /** Prefixes `<@botId> ` (unless already there) and lists the bot in `mentions`. */
  mentionsBot?: boolean;
  guildId?: string;
  channelId?: string;
  userId?: string;
}

/** A MESSAGE_CREATE dispatch from a human in a guild text channel. */
export function messageCreatePayload(
  world: World,
  spec: MessageCreateSpec,
): GatewayMessageCreateDispatchData {
  const guild = findGuild(world, spec.guildId);
  const author =
    spec.userId === undefined || spec.userId === guild.owner.id
      ? guild.owner
      : humanUserPayload(spec.userId, `member${spec.userId.slice(-4)}`);
  const mention = `<@${world.botUser.id}>`;
  const content =
    spec.mentionsBot === true && !spec.content.includes(mention)
      ? `${mention} ${spec.content}`
      : spec.content;
  const mentioned = content.includes(mention);
  const { user: _user, ...member } = guildMember(author, [], guild.joinedAt);
  const { user: _bot, ...botMember } = guildMember(
    world.botUser,
    [guild.botRoleId],
    guild.joinedAt,
  );
  return {
    ...messageFromBody({ channelId: spec.channelId ?? guild.textChannelId, author }, { content }),
    guild_id: guild.id,
    member,
    mentions: mentioned ? [{ ...world.botUser, member: botMember }] : [],
  };
}
