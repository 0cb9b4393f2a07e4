import { PRECONDITIONS } from "./preconditions/index.js";
import type { PreconditionContext, RequestGate } from "./preconditions/precondition.js";
import type { Command, CommandDeps, CommandInput, Reply } from "./types.js";
import { userError } from "./types.js";

/** A command's reply, and which kind of precondition refused it, if one did (for the logs). */
export interface CommandRun {
  readonly reply: Reply;
  readonly refused: "limit" | "access" | null;
}

/**
 * The one place commands run, for every face (chat, CLI): the command's declared preconditions
 * in order (as sapphire checks them, before the arguments), then its input parsed against its
 * options, then `execute` with what the preconditions granted. Refusals and bad input become
 * user errors; a bug throws to the caller, which apologises.
 */
export async function runCommand(
  command: Command,
  input: CommandInput,
  deps: CommandDeps,
  gate: RequestGate | null,
): Promise<CommandRun> {
  const context: PreconditionContext = { deps, gate };
  let granted: object = {};
  for (const name of command.definition.preconditions) {
    const result = await PRECONDITIONS[name].check(context);
    if (!result.ok) return { reply: userError(result.message), refused: result.kind };
    if (typeof result.granted === "object" && result.granted !== null)
      granted = { ...granted, ...result.granted };
  }
  const call = command.prepare(input);
  if (!call.ok) return { reply: userError(call.message), refused: null };
  return { reply: await call.run(deps, granted), refused: null };
}
