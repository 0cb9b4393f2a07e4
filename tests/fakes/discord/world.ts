import type { APIUser, UserFlags } from "discord.js";
import { snowflake } from "./snowflake.js";

/** One guild the fake bot is in: a single text channel, its owner and the bot. */
export interface FakeGuild {
  readonly id: string;
  readonly name: string;
  readonly textChannelId: string;
  readonly textChannelName: string;
  /** The human member who owns the guild and, by default, sends commands and messages. */
  readonly owner: APIUser;
  /** The managed role Discord gives the bot when it joins. */
  readonly botRoleId: string;
  readonly joinedAt: string;
}

export interface FakeGuildSpec {
  id?: string;
  name?: string;
  textChannelId?: string;
  textChannelName?: string;
}

/** Everything the fake's REST side and gateway side agree on. */
export interface World {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly guilds: readonly FakeGuild[];
}

export function botUserPayload(id: string, username: string): APIUser {
  return {
    id,
    username,
    discriminator: "4242",
    global_name: null,
    avatar: null,
    bot: true,
    system: false,
    mfa_enabled: true,
    banner: null,
    accent_color: null,
    locale: "en-US",
    verified: true,
    email: null,
    flags: 0 as UserFlags,
    public_flags: 0 as UserFlags,
    avatar_decoration_data: null,
  };
}

export function humanUserPayload(id: string, username: string): APIUser {
  return {
    id,
    username,
    discriminator: "0",
    global_name: username.charAt(0).toUpperCase() + username.slice(1),
    avatar: null,
    banner: null,
    accent_color: null,
    public_flags: 0 as UserFlags,
    flags: 0 as UserFlags,
    avatar_decoration_data: null,
  };
}

export function makeGuild(spec: FakeGuildSpec, index: number): FakeGuild {
  return {
    id: spec.id ?? snowflake(),
    name: spec.name ?? (index === 0 ? "Briefbot Test Server" : `Briefbot Test Server ${index + 1}`),
    textChannelId: spec.textChannelId ?? snowflake(),
    textChannelName: spec.textChannelName ?? "general",
    owner: humanUserPayload(snowflake(), index === 0 ? "reader" : `reader${index + 1}`),
    botRoleId: snowflake(),
    joinedAt: new Date().toISOString(),
  };
}

export function findGuild(world: World, guildId: string | undefined): FakeGuild {
  const guild =
    guildId === undefined ? world.guilds[0] : world.guilds.find((g) => g.id === guildId);
  if (guild === undefined) {
    const known = world.guilds.map((g) => g.id).join(", ") || "none";
    throw new Error(
      `expected a configured guild id, found ${guildId ?? "no guild"} (known: ${known})`,
    );
  }
  return guild;
}

export function findChannel(world: World, channelId: string): FakeGuild | undefined {
  return world.guilds.find((g) => g.textChannelId === channelId);
}
