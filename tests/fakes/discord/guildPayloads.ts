import {
  type APIGuildMember,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type ChannelFlags,
  ChannelType,
  type GatewayGuildCreateDispatchData,
  type GatewayReadyDispatchData,
  type GuildMemberFlags,
  type GuildSystemChannelFlags,
  PermissionFlagsBits,
  type RoleFlags,
} from "discord.js";
import type { FakeGuild, World } from "./world.js";

const P = PermissionFlagsBits;

/** What @everyone may do in a fresh guild: read, talk, embed, attach, use commands. */
export const EVERYONE_PERMISSIONS =
  P.ViewChannel |
  P.SendMessages |
  P.SendMessagesInThreads |
  P.ReadMessageHistory |
  P.EmbedLinks |
  P.AttachFiles |
  P.AddReactions |
  P.UseExternalEmojis |
  P.UseApplicationCommands |
  P.CreateInstantInvite |
  P.ChangeNickname;

/** The bot's managed role adds nothing dangerous: what an invite with "Send Messages" grants. */
export const BOT_PERMISSIONS = EVERYONE_PERMISSIONS | P.ManageMessages;

export function readyPayload(
  world: World,
  sessionId: string,
  resumeGatewayUrl: string,
): GatewayReadyDispatchData {
  return {
    v: 10,
    user: world.botUser,
    guilds: world.guilds.map((g) => ({ id: g.id, unavailable: true })),
    session_id: sessionId,
    resume_gateway_url: resumeGatewayUrl,
    shard: [0, 1],
    // GATEWAY_MESSAGE_CONTENT_LIMITED (1 << 19): the bot is unverified, so the intent is a toggle.
    application: { id: world.applicationId, flags: 1 << 19, flags_new: String(1 << 19) },
  };
}

function role(
  id: string,
  name: string,
  permissions: bigint,
  position: number,
  botId?: string,
): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissions.toString(),
    managed: botId !== undefined,
    mentionable: false,
    flags: 0 as RoleFlags,
    ...(botId === undefined ? {} : { tags: { bot_id: botId } }),
  };
}

export function guildMember(user: APIUser, roles: string[], joinedAt: string): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

export function textChannel(guild: FakeGuild): APITextChannel {
  return {
    id: guild.textChannelId,
    type: ChannelType.GuildText,
    guild_id: guild.id,
    name: guild.textChannelName,
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0 as ChannelFlags,
  };
}

/** A minimal but complete GUILD_CREATE: discord.js caches the guild, channel, roles and members. */
export function guildCreatePayload(world: World, guild: FakeGuild): GatewayGuildCreateDispatchData {
  const { guild_id: _omitted, ...channel } = textChannel(guild);
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.owner.id,
    region: "",
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 2,
    roles: [
      role(guild.id, "@everyone", EVERYONE_PERMISSIONS, 0),
      role(guild.botRoleId, world.botUser.username, BOT_PERMISSIONS, 1, world.botUser.id),
    ],
    emojis: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: guild.textChannelId,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    max_presences: null,
    max_members: 500_000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: "en-US" as GatewayGuildCreateDispatchData["preferred_locale"],
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    nsfw_level: 0,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [
      guildMember(guild.owner, [], guild.joinedAt),
      guildMember(world.botUser, [guild.botRoleId], guild.joinedAt),
    ],
    channels: [channel as GatewayGuildCreateDispatchData["channels"][number]],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
