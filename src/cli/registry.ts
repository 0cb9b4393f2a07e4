import { brief } from "../../commands/brief.js";
import { digest } from "../../commands/digest.js";
import { official } from "../../commands/official.js";
import { officials } from "../../commands/officials.js";
import { search } from "../../commands/search.js";
import { stories } from "../../commands/stories.js";
import { topics } from "../../commands/topics.js";
import type { CliCommandSpec } from "./cliCommand.js";
import { chatCli } from "./commands/chat.js";
import { ingestCli } from "./commands/ingest.js";
import { pollCli } from "./commands/poll.js";
import { registerCli } from "./commands/register.js";
import { serveCli, startCli } from "./commands/serve.js";
import { sharedCommandCli } from "./commands/sharedCommandCli.js";
import { slackManifestCli } from "./commands/slackManifest.js";
import { sourcesCli } from "./commands/sources.js";
import { summarizeCli } from "./commands/summarize.js";
import { subscribeCli, subscriptionsCli, unsubscribeCli } from "./commands/webhookSubscriptions.js";

/**
 * Every CLI command, in help order. The ones chat has too come from the command registry
 * (`commands/`), help text included; the CLI-only ones (ingest, serve, chat…) are one file each
 * in commands/ and one line here.
 */
export const CLI_COMMANDS: readonly CliCommandSpec[] = [
  sharedCommandCli(topics),
  sharedCommandCli(brief),
  sharedCommandCli(official),
  sharedCommandCli(officials),
  sharedCommandCli(digest),
  sharedCommandCli(stories),
  sharedCommandCli(search),
  ingestCli,
  sourcesCli,
  pollCli,
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
