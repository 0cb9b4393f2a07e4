/**
 * Two kinds of failure (STYLE.md §5): a `UserError` is something the person can fix
 * (bad argument, missing folder, invalid config) and is shown as-is with a suggestion;
 * anything else is a bug and is reported generically.
 */
export type UserErrorCode =
  | "CORPUS_NOT_FOUND"
  | "CORPUS_EMPTY"
  | "CONFIG_INVALID"
  | "UNKNOWN_TOPIC"
  | "BAD_ARGUMENT"
  | "BAD_INPUT";

export class UserError extends Error {
  override readonly name = "UserError";
  readonly code: UserErrorCode;
  /** Exit code for the CLI: 2 for usage problems, 1 for environment problems. */
  readonly exitCode: number;
  constructor(code: UserErrorCode, message: string, exitCode = 1) {
    super(message);
    this.code = code;
    this.exitCode = exitCode;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** The message of anything thrown: an error's own, or the value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
