import type { Environment } from "../../config/environment.js";
import type { CliCommandSpec } from "../cliCommand.js";
import { expectNoArguments } from "./noArguments.js";

export const startCli: CliCommandSpec = {
  name: "start",
  synopsis: "start",
  summary: "print the digest, or serve Slack/Discord when credentials are set",
  help: "Usage: briefbot start\n\nWith no chat credentials (DISCORD_TOKEN, SLACK_BOT_TOKEN), prints the digest of the corpus\nand explains how to connect Slack or Discord.",
  async run({ args, runCommand, io, environment }) {
    expectNoArguments("start", args);
    const code = await runCommand("digest", { limit: args.limit ?? undefined });
    if (code === 0) io.stderr(connectHint(environment));
    return code;
  },
};

function connectHint(environment: Environment): string {
  if (environment.discord !== null || environment.slackConfigured) {
    return "\nChat credentials are set, but this version of briefbot only prints the digest: the Discord and Slack adapters are not built yet.\n";
  }
  return [
    "",
    "This is the digest of the corpus. To post briefings in chat, set credentials and run `npm start` again:",
    "  Discord: DISCORD_TOKEN (bot token) and DISCORD_APPLICATION_ID; optionally DISCORD_GUILD_ID",
    "  Slack:   SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP), or SLACK_APP_TOKEN (Socket Mode)",
    "See README.md, section 'Connecting Slack or Discord'.",
    "",
  ].join("\n");
}
