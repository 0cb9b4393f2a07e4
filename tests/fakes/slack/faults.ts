import type { Reply } from "./http.js";

/**
 * A failure for the next call(s) to a Web API method.
 * - `{ method, error }`: HTTP 200 with `{ ok: false, error }`, as Slack reports most failures;
 *   @slack/web-api throws a platform error at once (no retry).
 * - `{ method, status: 429, retryAfterSeconds }`: Slack's rate limit, with a `Retry-After` header
 *   (whole seconds: web-api reads it with parseInt). web-api waits that long, then retries.
 * - `{ method, status: 500 }` (or any other status): web-api treats it as an HTTP error and
 *   retries it with its retry policy — by default 10 times over about 30 minutes.
 */
export interface SlackFaultSpec {
  /** A Web API method such as `chat.postMessage`, or `*` for whichever comes next. */
  method: string;
  status?: number;
  retryAfterSeconds?: number;
  /** The `error` code in the body; defaults to `ratelimited` for 429 and `fatal_error` otherwise. */
  error?: string;
  /** How many consecutive matching calls fail (default 1). */
  times?: number;
}

export interface InjectedFault {
  readonly status: number;
  readonly error: string;
  readonly retryAfterSeconds: number | null;
}

interface Pending {
  readonly spec: SlackFaultSpec;
  remaining: number;
}

export class FaultQueue {
  readonly #pending: Pending[] = [];

  add(spec: SlackFaultSpec): void {
    if (spec.status === undefined && spec.error === undefined) {
      throw new Error(`expected a fault with a status or an error, found ${JSON.stringify(spec)}`);
    }
    this.#pending.push({ spec, remaining: spec.times ?? 1 });
  }

  /** Consumes the first fault for this method and returns it with the reply to send, if any. */
  take(method: string): { fault: InjectedFault; reply: Reply } | null {
    const index = this.#pending.findIndex(
      ({ spec }) => spec.method === method || spec.method === "*",
    );
    const found = this.#pending[index];
    if (found === undefined) return null;
    found.remaining -= 1;
    if (found.remaining <= 0) this.#pending.splice(index, 1);
    const { spec } = found;
    const status = spec.status ?? 200;
    const fault: InjectedFault = {
      status,
      error: spec.error ?? (status === 429 ? "ratelimited" : "fatal_error"),
      retryAfterSeconds: status === 429 ? (spec.retryAfterSeconds ?? 1) : null,
    };
    const headers: Record<string, string> =
      fault.retryAfterSeconds === null ? {} : { "retry-after": String(fault.retryAfterSeconds) };
    return { fault, reply: { status, headers, body: { ok: false, error: fault.error } } };
  }
}
