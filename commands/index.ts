import { brief } from "./brief.js";
import { digest } from "./digest.js";
import { helpCommand } from "./help.js";
import { official } from "./official.js";
import { officials } from "./officials.js";
import { subscribe } from "./subscribe.js";
import { subscriptions } from "./subscriptions.js";
import { topics } from "./topics.js";
import type { Command } from "./types.js";
import { unsubscribe } from "./unsubscribe.js";

/** Every command, in help order. Adapters register exactly this list. */
export const COMMANDS: readonly Command[] = [
  brief,
  official,
  digest,
  topics,
  officials,
  subscribe,
  unsubscribe,
  subscriptions,
  helpCommand(() => COMMANDS),
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.definition.name === name);
}
