import { type Command, type CommandUsage, userError } from "./types.js";
import { validateInput } from "./validateInput.js";

/** `/help` — what briefbot can do, generated from the command definitions it is given. */
export function helpCommand(commands: () => readonly Command[]): Command {
  return {
    definition: { name: "help", description: "What briefbot can do and how to ask", options: [] },
    execute(input) {
      const checked = validateInput(this.definition, input);
      if (!checked.ok) return userError(checked.message);
      const usages: CommandUsage[] = commands().map((c) => ({
        name: c.definition.name,
        usage: [
          `/${c.definition.name}`,
          ...c.definition.options.map((o) =>
            o.required ? `${o.name}:<${o.name}>` : `[${o.name}]`,
          ),
        ].join(" "),
        description: c.definition.description,
      }));
      return {
        kind: "help",
        commands: usages,
        examples: ["what did Lavrov say?", "briefing on Iran", "digest"],
      };
    },
  };
}
