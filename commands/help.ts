import { defineCommand } from "./defineCommand.js";
import type { Command, CommandUsage } from "./types.js";

/** `/help` — what briefbot can do, generated from the command definitions it is given. */
export function helpCommand(commands: () => readonly Command[]) {
  return defineCommand({
    name: "help",
    description: "What briefbot can do and how to ask",
    // No preconditions: help is never limited, it is where a refused or lost user is sent.
    options: [],
    execute() {
      const usages: CommandUsage[] = commands().map(({ definition }) => ({
        name: definition.name,
        usage: [
          `/${definition.name}`,
          ...definition.options.map((o) => (o.required ? `${o.name}:<${o.name}>` : `[${o.name}]`)),
        ].join(" "),
        description: definition.description,
      }));
      return {
        kind: "help",
        commands: usages,
        examples: ["what did Lavrov say?", "briefing on Iran", "digest"],
      };
    },
  });
}
