import { UserError } from "../../errors.js";
import type { CliArgs } from "../parseCli.js";

/** Rejects positional arguments for commands that take none. */
export function expectNoArguments(command: string, args: CliArgs): void {
  if (args.positionals.length > 0) {
    throw new UserError(
      "BAD_ARGUMENT",
      `${command} takes no argument, got '${args.positionals.join(" ")}'`,
      2,
    );
  }
}
