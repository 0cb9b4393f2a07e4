import { UserError } from "../errors.js";

/** How deep to look through `cause` (and the Slack client's `original`) for a system error. */
const MAX_DEPTH = 5;

/**
 * The system error code (ECONNREFUSED, ENOTFOUND, ETIMEDOUT, UND_ERR_CONNECT_TIMEOUT...) behind
 * a failed request, looking through the wrappers HTTP clients put around it; null when the
 * request reached the server (an HTTP error, a rejected token) or the error is something else.
 */
export function networkErrorCode(error: unknown): string | null {
  let current: unknown = error;
  for (
    let depth = 0;
    depth < MAX_DEPTH && typeof current === "object" && current !== null;
    depth++
  ) {
    const { code, cause, original } = current as {
      code?: unknown;
      cause?: unknown;
      original?: unknown;
    };
    if (typeof code === "string" && /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/.test(code)) return code;
    current = cause ?? original;
  }
  return null;
}

/**
 * The start-up error for a chat platform whose API cannot be reached: something to fix in the
 * configuration or the network (the API URL, a proxy, the connection), not a bug, so no stack.
 */
export function unreachableApiError(
  platform: "Discord" | "Slack",
  url: string,
  code: string,
): UserError {
  return new UserError("CONFIG_INVALID", `cannot reach the ${platform} API at ${url}: ${code}`);
}
