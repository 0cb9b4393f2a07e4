import {
  type APIApplicationCommand,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIBaseInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIDMChannel,
  type APIInteractionGuildMember,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  type ChannelFlags,
  ChannelType,
  InteractionContextType,
  InteractionType,
  Locale,
} from "discord.js";
import {
  BOT_PERMISSIONS,
  EVERYONE_PERMISSIONS,
  guildMember,
  textChannel,
} from "./guildPayloads.js";
import { opaqueToken, snowflake } from "./snowflake.js";
import { findGuild, humanUserPayload, type World } from "./world.js";

export type OptionValue = string | number | boolean;

export interface InteractionSpec {
  /** The command's name as registered. */
  name: string;
  /** Option values by name, in order. Types come from the registered command, else the value. */
  options?: Record<string, OptionValue>;
  subcommand?: string;
  /** Defaults to the first configured guild. Ignored when `dm` is true. */
  guildId?: string;
  /** Defaults to the guild's text channel (or a DM channel when `dm` is true). */
  channelId?: string;
  /** Defaults to the guild owner. */
  userId?: string;
  /** Sent from a DM with the bot: `user` instead of `member`, no guild. */
  dm?: boolean;
  locale?: Locale;
  /**
   * The sender's permissions in the channel (`member.permissions`), e.g.
   * `PermissionFlagsBits.ManageChannels`. Defaults to what @everyone may do. Ignored in a DM.
   */
  memberPermissions?: bigint;
  /** The bot's permissions in the channel (`app_permissions`). Defaults to its managed role's. */
  appPermissions?: bigint;
}

export interface AutocompleteSpec extends InteractionSpec {
  /** The option the user is typing in. */
  focused: string;
  /** What they have typed so far. */
  value: string;
}

/** Finds the registered definition of a command, guild-scoped first, as Discord resolves it. */
export type CommandLookup = (
  name: string,
  guildId: string | undefined,
) => APIApplicationCommand | undefined;

type Data = APIChatInputApplicationCommandInteraction["data"];
type Base<T extends InteractionType, D> = APIBaseInteraction<T, D>;

function inferType(value: OptionValue, declared: APIApplicationCommandOption | undefined) {
  if (declared !== undefined) return declared.type;
  if (typeof value === "string") return ApplicationCommandOptionType.String;
  if (typeof value === "boolean") return ApplicationCommandOptionType.Boolean;
  return Number.isInteger(value)
    ? ApplicationCommandOptionType.Integer
    : ApplicationCommandOptionType.Number;
}

function declaredOptions(
  command: APIApplicationCommand | undefined,
  subcommand: string | undefined,
): readonly APIApplicationCommandOption[] {
  const top = command?.options ?? [];
  if (subcommand === undefined) return top;
  const sub = top.find((o) => o.name === subcommand);
  return sub !== undefined && "options" in sub && sub.options !== undefined ? sub.options : [];
}

function basicOptions(
  values: Record<string, OptionValue>,
  declared: readonly APIApplicationCommandOption[],
  focused?: string,
): APIApplicationCommandInteractionDataBasicOption[] {
  return Object.entries(values).map(([name, value]) => {
    const type = inferType(
      value,
      declared.find((o) => o.name === name),
    );
    return {
      name,
      type,
      value,
      ...(name === focused ? { focused: true } : {}),
    } as APIApplicationCommandInteractionDataBasicOption;
  });
}

function commandOptions(
  spec: InteractionSpec,
  command: APIApplicationCommand | undefined,
  values: Record<string, OptionValue>,
  focused?: string,
): APIApplicationCommandInteractionDataOption[] {
  const basic = basicOptions(values, declaredOptions(command, spec.subcommand), focused);
  if (spec.subcommand === undefined) return basic;
  return [{ name: spec.subcommand, type: ApplicationCommandOptionType.Subcommand, options: basic }];
}

function envelope(world: World, spec: InteractionSpec) {
  const locale = spec.locale ?? Locale.EnglishUS;
  const common = {
    id: snowflake(),
    application_id: world.applicationId,
    token: `aW50ZXJhY3Rpb246${opaqueToken(96)}`,
    version: 1 as const,
    locale,
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
  };
  if (spec.dm === true) {
    const user = humanUserPayload(spec.userId ?? snowflake(), "reader");
    const channel: APIDMChannel = {
      id: spec.channelId ?? snowflake(),
      type: ChannelType.DM,
      last_message_id: null,
      flags: 0 as ChannelFlags,
      recipients: [user],
      name: null,
    };
    return {
      ...common,
      user,
      channel,
      channel_id: channel.id,
      app_permissions: (spec.appPermissions ?? EVERYONE_PERMISSIONS).toString(),
      authorizing_integration_owners: { [ApplicationIntegrationType.UserInstall]: user.id },
      context: InteractionContextType.BotDM,
      guildId: undefined,
    };
  }
  const guild = findGuild(world, spec.guildId);
  const user: APIUser =
    spec.userId === undefined || spec.userId === guild.owner.id
      ? guild.owner
      : humanUserPayload(spec.userId, `member${spec.userId.slice(-4)}`);
  const member: APIInteractionGuildMember = {
    ...guildMember(user, [], guild.joinedAt),
    user,
    permissions: (spec.memberPermissions ?? EVERYONE_PERMISSIONS).toString(),
  };
  const channel = textChannel(guild);
  return {
    ...common,
    guild: { id: guild.id, locale: Locale.EnglishUS, features: [] },
    guild_id: guild.id,
    guild_locale: Locale.EnglishUS,
    member,
    channel: spec.channelId === undefined ? channel : { ...channel, id: spec.channelId },
    channel_id: spec.channelId ?? channel.id,
    app_permissions: (spec.appPermissions ?? BOT_PERMISSIONS).toString(),
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guild.id },
    context: InteractionContextType.Guild,
    guildId: guild.id,
  };
}

/** An INTERACTION_CREATE payload for a slash command, shaped as Discord sends it. */
export function slashCommandPayload(
  world: World,
  lookup: CommandLookup,
  spec: InteractionSpec,
): APIChatInputApplicationCommandInteraction {
  const { guildId, ...base } = envelope(world, spec);
  const command = lookup(spec.name, guildId);
  const data: Data = {
    id: command?.id ?? snowflake(),
    name: spec.name,
    type: ApplicationCommandType.ChatInput,
    options: commandOptions(spec, command, spec.options ?? {}),
    ...(command?.guild_id === undefined ? {} : { guild_id: command.guild_id }),
  };
  const payload: Base<InteractionType.ApplicationCommand, Data> = {
    ...base,
    type: InteractionType.ApplicationCommand,
    data,
  };
  return payload as APIChatInputApplicationCommandInteraction;
}

/** An APPLICATION_COMMAND_AUTOCOMPLETE payload: the `focused` option carries `focused: true`. */
export function autocompletePayload(
  world: World,
  lookup: CommandLookup,
  spec: AutocompleteSpec,
): APIApplicationCommandAutocompleteInteraction {
  const { guildId, ...base } = envelope(world, spec);
  const command = lookup(spec.name, guildId);
  const values = { ...spec.options, [spec.focused]: spec.value };
  return {
    ...base,
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: command?.id ?? snowflake(),
      name: spec.name,
      type: ApplicationCommandType.ChatInput,
      options: commandOptions(spec, command, values, spec.focused),
      ...(command?.guild_id === undefined ? {} : { guild_id: command.guild_id }),
    },
  } as APIApplicationCommandAutocompleteInteraction;
}
