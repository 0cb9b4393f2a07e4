import type { Reply } from "./http.js";

/**
 * A failure to inject into the next matching REST request(s).
 * `pathPattern` is tested against the path after `/api/v10`: a RegExp, or a string equal to the
 * route pattern (`/interactions/:id/:token/callback`) or to the concrete path.
 */
export interface FaultSpec {
  method?: string;
  pathPattern: string | RegExp;
  /** 429 answers like Discord's rate limiter; anything else is answered with `body` or a generic error. */
  status: number;
  /** For 429: the `Retry-After` header and `retry_after` field, in seconds (fractions allowed). */
  retryAfterSeconds?: number;
  /** For 429: a global rate limit (`X-RateLimit-Global: true`, scope `global`). */
  global?: boolean;
  /** How many matching requests fail. discord.js retries a 5xx three times, so 4 makes it surface. */
  times?: number;
  body?: unknown;
}

export interface InjectedFault {
  readonly status: number;
  readonly retryAfterSeconds: number | null;
  readonly global: boolean;
}

interface Pending {
  spec: FaultSpec;
  remaining: number;
}

export class FaultQueue {
  readonly #pending: Pending[] = [];

  add(spec: FaultSpec): void {
    this.#pending.push({ spec, remaining: spec.times ?? 1 });
  }

  /** Consumes the first fault matching this request and returns what to answer, if any. */
  take(
    method: string,
    path: string,
    pattern: string | null,
  ): { fault: InjectedFault; reply: Reply } | null {
    const index = this.#pending.findIndex(({ spec }) => {
      if (spec.method !== undefined && spec.method.toUpperCase() !== method) return false;
      const p = spec.pathPattern;
      return typeof p === "string" ? p === path || p === pattern : p.test(path);
    });
    const found = this.#pending[index];
    if (found === undefined) return null;
    found.remaining -= 1;
    if (found.remaining <= 0) this.#pending.splice(index, 1);
    const { spec } = found;
    const fault: InjectedFault = {
      status: spec.status,
      retryAfterSeconds: spec.status === 429 ? (spec.retryAfterSeconds ?? 1) : null,
      global: spec.global === true,
    };
    return { fault, reply: faultReply(fault, spec.body) };
  }
}

function faultReply(fault: InjectedFault, body: unknown): Reply {
  if (fault.status !== 429) {
    return {
      status: fault.status,
      body: body ?? { code: 0, message: `${fault.status}: injected by the fake` },
    };
  }
  const seconds = fault.retryAfterSeconds ?? 1;
  const headers: Record<string, string> = {
    "retry-after": String(seconds),
    "x-ratelimit-scope": fault.global ? "global" : "user",
  };
  if (fault.global) {
    headers["x-ratelimit-global"] = "true";
  } else {
    Object.assign(headers, {
      "x-ratelimit-limit": "5",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": (Date.now() / 1000 + seconds).toFixed(3),
      "x-ratelimit-reset-after": String(seconds),
      "x-ratelimit-bucket": "fakebucket",
    });
  }
  return {
    status: 429,
    headers,
    body: {
      message: "You are being rate limited.",
      retry_after: seconds,
      global: fault.global,
      code: 0,
    },
  };
}
