import type { CliCommandSpec } from "./cliCommand.js";
import { briefCli } from "./commands/brief.js";
import { chatCli } from "./commands/chat.js";
import { digestCli } from "./commands/digest.js";
import { ingestCli } from "./commands/ingest.js";
import { officialCli } from "./commands/official.js";
import { officialsCli } from "./commands/officials.js";
import { registerCli } from "./commands/register.js";
import { serveCli, startCli } from "./commands/serve.js";
import { slackManifestCli } from "./commands/slackManifest.js";
import { summarizeCli } from "./commands/summarize.js";
import { topicsCli } from "./commands/topics.js";
import { subscribeCli, subscriptionsCli, unsubscribeCli } from "./commands/webhookSubscriptions.js";

/** Every CLI command, in help order. A new command is one file in commands/ and one line here. */
export const CLI_COMMANDS: readonly CliCommandSpec[] = [
  topicsCli,
  briefCli,
  officialCli,
  officialsCli,
  digestCli,
  ingestCli,
  summarizeCli,
  serveCli,
  startCli,
  registerCli,
  slackManifestCli,
  chatCli,
  subscribeCli,
  subscriptionsCli,
  unsubscribeCli,
];
