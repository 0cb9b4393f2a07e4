import type { CommandDeps } from "../types.js";

/**
 * The flood limits of the place a chat request came from (user, channel, workspace): null when
 * the request is admitted, and then counted; otherwise the message for the user.
 */
export interface RequestGate {
  admit(request: { readonly briefing: boolean }): string | null;
}

export interface PreconditionContext {
  readonly deps: CommandDeps;
  /** Null where nobody else shares the bot (the CLI, the local chat): nothing is limited. */
  readonly gate: RequestGate | null;
}

/** A refusal is a user error: the message is for the user; `limit` tells the logs it was a flood limit. */
export type PreconditionResult<Grant> =
  | { readonly ok: true; readonly granted: Grant }
  | { readonly ok: false; readonly message: string; readonly kind: "limit" | "access" };

/** One check run before a command; what it grants (a checked place, say) is added to the deps. */
export interface Precondition<Grant> {
  check(
    context: PreconditionContext,
  ): PreconditionResult<Grant> | Promise<PreconditionResult<Grant>>;
}
