import { brief } from "./brief.js";
import { digest } from "./digest.js";
import { helpCommand } from "./help.js";
import { official } from "./official.js";
import { officials } from "./officials.js";
import { search } from "./search.js";
import { sources } from "./sources.js";
import { stories } from "./stories.js";
import { subscribe } from "./subscribe.js";
import { subscriptions } from "./subscriptions.js";
import { topics } from "./topics.js";
import type { Command } from "./types.js";
import { unsubscribe } from "./unsubscribe.js";

/** `/help`, listing every command of the registry. */
export const help = helpCommand(() => COMMANDS);

/**
 * The registry: every command, in help order. The chat help, the Discord registration, the Slack
 * manifest and the CLI's help for the commands it shares with chat are all generated from it.
 */
export const COMMANDS: readonly Command[] = [
  brief,
  official,
  digest,
  stories,
  search,
  topics,
  officials,
  subscribe,
  unsubscribe,
  subscriptions,
  sources,
  help,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.definition.name === name);
}
