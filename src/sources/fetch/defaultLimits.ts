import type { HttpLimits } from "../types.js";

/**
 * Limits for one request when the caller sets none: generous for a news site on a slow day,
 * small enough that one bad server cannot hold a poll for long or fill memory.
 */
export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  connectTimeoutMs: 10_000,
  readTimeoutMs: 20_000,
  totalTimeoutMs: 60_000,
  maxBodyBytes: 5 * 1024 * 1024,
  maxDecodedBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
};

/** Names the bot to the sites it reads, so their operators can tell who is calling. */
export const DEFAULT_USER_AGENT = "briefbot/0.1 (news briefing bot; feed reader)";

export function withDefaultLimits(limits: Partial<HttpLimits> = {}): HttpLimits {
  return { ...DEFAULT_HTTP_LIMITS, ...limits };
}
