import type { AdapterDefinition, ChatAdapter } from "../adapter.js";
import { runningAdapter } from "../runningAdapter.js";
import { discordPoster } from "./discordPoster.js";
import { startDiscordBot } from "./listen.js";
import { type DiscordSettings, readDiscordSettings } from "./settings.js";

export { registerDiscordCommands } from "./listen.js";
export type { DiscordSettings } from "./settings.js";

/**
 * Discord as a `ChatAdapter`: the gateway connection answers slash commands, mentions and DMs;
 * scheduled digests are posted with the same bot's REST client.
 */
export function createDiscordAdapter(settings: DiscordSettings): ChatAdapter {
  return runningAdapter(
    "discord",
    (host) => startDiscordBot(settings, { ...host, deferAfterMs: settings.deferAfterMs }),
    (bot, target, reply) => discordPoster(bot.client.rest)(target.channelId, reply),
  );
}

export const discordAdapter: AdapterDefinition<DiscordSettings, "discord"> = {
  id: "discord",
  listens: true,
  readSettings: readDiscordSettings,
  create: createDiscordAdapter,
};
