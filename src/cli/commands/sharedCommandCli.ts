import type { Command, CommandCliHelp, OptionDefinition } from "../../../commands/types.js";
import { UserError } from "../../errors.js";
import type { CliCommandSpec } from "../cliCommand.js";
import type { CliArgs } from "../parseCli.js";
import { expectNoArguments } from "./noArguments.js";

/**
 * A command of the registry on the command line (`briefbot brief <topic>`), generated from its
 * definition: its required text option is the positional argument, `limit` is the global
 * `--limit`, any other option is a flag of its own. Its help is the definition's `cli` text
 * after a usage line made from the options, so nothing about it is written a second time.
 */
export function sharedCommandCli(command: Command): CliCommandSpec {
  const { name, options, cli } = command.definition;
  if (!cli) throw new Error(`command '${name}' has no command-line help (definition.cli)`);
  const positional =
    options.find((o) => o.required && o.type === "string") ??
    options.find((o) => o.positional === true && o.type === "string") ??
    null;
  const flags = options.filter((o) => o !== positional && o.name !== "limit");
  return {
    name,
    synopsis: cli.synopsis,
    summary: cli.summary,
    help: `${usage(name, options, positional)}\n\n${cli.about}`,
    ...(flags.length > 0
      ? {
          options: Object.fromEntries(flags.map((o) => [o.name, { type: "string" as const }])),
        }
      : {}),
    async run({ args, runCommand }) {
      const input: Record<string, string | number | undefined> = {};
      if (positional?.required) {
        input[positional.name] = positionalValue(name, positional, cli, args);
      } else if (positional) {
        input[positional.name] =
          args.positionals.length > 0 ? args.positionals.join(" ") : undefined;
      } else expectNoArguments(name, args);
      if (options.some((o) => o.name === "limit")) input.limit = args.limit ?? undefined;
      else if (args.limit !== null)
        throw new UserError("BAD_ARGUMENT", `${name} takes no --limit`, 2);
      for (const flag of flags) {
        const value = args.options[flag.name];
        input[flag.name] = typeof value === "string" ? value : undefined;
      }
      return runCommand(name, input);
    },
  };
}

/** "Usage: briefbot brief <topic> [--limit n] [--json]". */
function usage(
  name: string,
  options: readonly OptionDefinition[],
  positional: OptionDefinition | null,
): string {
  const parts = options.map((o) =>
    o === positional
      ? o.required
        ? `<${o.name}>`
        : `[${o.name}]`
      : o.type === "integer"
        ? `[--${o.name} n]`
        : `[--${o.name} <${o.name}>]`,
  );
  return ["Usage: briefbot", name, ...parts, "[--json]"].join(" ");
}

/** The positional words, one value ("brief US talks in Geneva"); none is a usage error. */
function positionalValue(
  name: string,
  option: OptionDefinition,
  cli: CommandCliHelp,
  args: CliArgs,
): string {
  const value = args.positionals.join(" ");
  if (value.trim() === "") {
    const hint = cli.lookUp ? ` — try: ${cli.lookUp}` : "";
    throw new UserError("BAD_ARGUMENT", `${name} needs a ${option.name}${hint}`, 2);
  }
  return value;
}
