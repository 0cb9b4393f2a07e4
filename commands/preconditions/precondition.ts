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

/** A refusal is a user error: its message is what the user reads. */
export type PreconditionResult<Grant> =
  | { readonly ok: true; readonly granted: Grant }
  | { readonly ok: false; readonly message: string };

/** One check run before a command; what it grants (a checked place, say) is added to the deps. */
export interface Precondition<Grant> {
  /**
   * `limit`: counts every request, well-formed or not, so it is checked before the input is
   * parsed; `access`: checked once the input is well-formed, so a malformed request is told
   * what is wrong with it first.
   */
  readonly kind: "limit" | "access";
  check(
    context: PreconditionContext,
  ): PreconditionResult<Grant> | Promise<PreconditionResult<Grant>>;
}
