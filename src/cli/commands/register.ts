import { registerChatCommands } from "../../app.js";
import { UserError } from "../../errors.js";
import { createLogger } from "../../log/logger.js";
import type { CliCommandSpec } from "../cliCommand.js";
import { expectNoArguments } from "./noArguments.js";

export const registerCli: CliCommandSpec = {
  name: "register",
  synopsis: "register",
  summary: "register the slash commands with Discord (bulk overwrite)",
  help: "Usage: briefbot register\n\nRegisters briefbot's slash commands with Discord in one bulk overwrite — to DISCORD_GUILD_ID\nwhen set (instant), globally otherwise. Safe to run again. `serve` does it at start-up too.",
  async run({ args, io, environment }) {
    expectNoArguments("register", args);
    const discord = environment.adapters.discord;
    if (discord === null) {
      throw new UserError(
        "CONFIG_INVALID",
        "register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID",
      );
    }
    const logger = createLogger({
      level: environment.logLevel,
      format: "pretty",
      write: io.stderr,
      now: io.now,
    });
    const stored = await registerChatCommands(discord, logger);
    const scope = discord.guildId ? `guild ${discord.guildId}` : "all servers (global)";
    io.stdout(`Registered ${stored.length} commands for ${scope}.\n`);
    return 0;
  },
};
