import { PRECONDITIONS } from "./preconditions/index.js";
import type { PreconditionContext, RequestGate } from "./preconditions/precondition.js";
import type { Command, CommandDeps, CommandInput, PreconditionName, Reply } from "./types.js";
import { userError } from "./types.js";

/** A command's reply, and which kind of precondition refused it, if one did (for the logs). */
export interface CommandRun {
  readonly reply: Reply;
  readonly refused: "limit" | "access" | null;
}

/**
 * The one place commands run, for every face (chat, CLI): the command's declared limits, then
 * its input parsed against its options, then its access preconditions, then `execute` with what
 * the preconditions granted. Refusals and bad input become user errors; a bug throws to the
 * caller, which apologises.
 */
export async function runCommand(
  command: Command,
  input: CommandInput,
  deps: CommandDeps,
  gate: RequestGate | null,
): Promise<CommandRun> {
  const { preconditions } = command.definition;
  const context: PreconditionContext = { deps, gate };
  const limits = await check(preconditions, "limit", context);
  if (!limits.ok) return { reply: userError(limits.message), refused: "limit" };
  const call = command.prepare(input);
  if (!call.ok) return { reply: userError(call.message), refused: null };
  const access = await check(preconditions, "access", context);
  if (!access.ok) return { reply: userError(access.message), refused: "access" };
  return { reply: await call.run(deps, access.granted), refused: null };
}

/** The preconditions of one kind, in their declared order: the first refusal, or all grants. */
async function check(
  names: readonly PreconditionName[],
  kind: "limit" | "access",
  context: PreconditionContext,
): Promise<{ ok: true; granted: object } | { ok: false; message: string }> {
  let granted: object = {};
  for (const name of names) {
    const precondition = PRECONDITIONS[name];
    if (precondition.kind !== kind) continue;
    const result = await precondition.check(context);
    if (!result.ok) return result;
    if (typeof result.granted === "object" && result.granted !== null)
      granted = { ...granted, ...result.granted };
  }
  return { ok: true, granted };
}
