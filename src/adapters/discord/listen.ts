import {
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  Partials,
  REST,
  Routes,
} from "discord.js";
import { COMMANDS } from "../../../commands/index.js";
import type { Logger } from "../../log/logger.js";
import { networkErrorCode, unreachableApiError } from "../unreachable.js";
import { discordCommandPayloads } from "./commandPayloads.js";
import { type DiscordHandlerDeps, handleInteraction } from "./handleInteraction.js";
import { handleMessage } from "./handleMessage.js";
import type { DiscordConnection } from "./settings.js";

export interface RunningDiscordBot {
  readonly client: Client;
  stop(): Promise<void>;
}

/**
 * Registers the commands from the command definitions with one bulk overwrite (idempotent),
 * to the guild when DISCORD_GUILD_ID is set, else globally. Returns what Discord stored.
 */
export async function registerDiscordCommands(
  settings: DiscordConnection,
  logger: Logger,
): Promise<unknown[]> {
  const rest = new REST({ version: "10", api: settings.apiUrl }).setToken(settings.token.reveal());
  const route = settings.guildId
    ? Routes.applicationGuildCommands(settings.applicationId, settings.guildId)
    : Routes.applicationCommands(settings.applicationId);
  const body = discordCommandPayloads(COMMANDS.map((c) => c.definition));
  const stored = (await reaching(settings, () => rest.put(route, { body }))) as unknown[];
  logger.info("discord commands registered", {
    platform: "discord",
    scope: settings.guildId ? "guild" : "global",
    commands: body.map((c) => c.name),
  });
  return stored;
}

/**
 * Connects to the Discord gateway with the minimal intents (guilds for slash commands; guild and
 * direct messages for mentions and DMs — the bot only reads messages addressed to it, so the
 * privileged message-content intent is not needed), registers the commands, and answers.
 * REST and gateway failures are logged with context; the process keeps running.
 */
export async function startDiscordBot(
  settings: DiscordConnection,
  deps: DiscordHandlerDeps,
  extraOptions: Partial<ClientOptions> = {},
): Promise<RunningDiscordBot> {
  await registerDiscordCommands(settings, deps.logger);
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
    ],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    ...extraOptions,
    rest: { api: settings.apiUrl, ...(extraOptions.rest ?? {}) },
  });
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, deps));
  client.on(Events.MessageCreate, (message) => {
    if (client.user) void handleMessage(message, client.user.id, deps);
  });
  client.on(Events.Error, (error) =>
    deps.logger.error("discord client error", { platform: "discord", error }),
  );
  client.on(Events.ShardError, (error, shard) =>
    deps.logger.error("discord gateway error", { platform: "discord", shard, error }),
  );
  client.on(Events.Warn, (message) =>
    deps.logger.warn("discord warning", { platform: "discord", detail: message }),
  );
  client.rest.on("rateLimited", (info) =>
    deps.logger.warn("discord rate limited", {
      platform: "discord",
      route: info.route,
      retryAfterMs: info.retryAfter,
      global: info.global,
    }),
  );
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await reaching(settings, () => client.login(settings.token.reveal()));
  } catch (error) {
    await client.destroy();
    throw error;
  }
  await ready;
  deps.logger.info("discord connected", {
    platform: "discord",
    user: client.user?.tag,
    guilds: client.guilds.cache.size,
  });
  return {
    client,
    async stop() {
      await client.destroy();
      deps.logger.info("discord disconnected", { platform: "discord" });
    },
  };
}

/** Runs a call to the Discord API, an unreachable API becoming a start-up error, not a bug. */
async function reaching<T>(settings: DiscordConnection, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const code = networkErrorCode(error);
    throw code === null ? error : unreachableApiError("Discord", settings.apiUrl, code);
  }
}
