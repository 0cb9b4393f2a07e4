import type { EnvReader } from "../../config/envValues.js";
import { invalid, readInteger } from "../../config/envValues.js";

/** How webhook posts are sent: no credentials (each subscription carries its own URL). */
export interface WebhookSettings {
  /** Tries per post, the first included, on 429, 5xx, timeouts and dropped connections. */
  readonly attempts: number;
  /** The first wait between tries; it doubles after each. */
  readonly retryBaseMs: number;
  /** The longest wait, and the longest Retry-After honoured (longer: the scheduler retries). */
  readonly retryMaxMs: number;
  readonly timeoutMs: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  attempts: 4,
  retryBaseMs: 1000,
  retryMaxMs: 60_000,
  timeoutMs: 15_000,
};

/**
 * Webhook delivery is on unless BRIEFBOT_WEBHOOKS=off (it needs no credentials);
 * BRIEFBOT_WEBHOOK_ATTEMPTS sets the tries per post.
 */
export function readWebhookSettings(value: EnvReader): WebhookSettings | null {
  const enabled = value("BRIEFBOT_WEBHOOKS") ?? "on";
  if (enabled !== "on" && enabled !== "off")
    throw invalid("BRIEFBOT_WEBHOOKS", "on or off", enabled);
  if (enabled === "off") return null;
  const attempts = readInteger(
    "BRIEFBOT_WEBHOOK_ATTEMPTS",
    value("BRIEFBOT_WEBHOOK_ATTEMPTS"),
    DEFAULT_WEBHOOK_SETTINGS.attempts,
    1,
    10,
  );
  return { ...DEFAULT_WEBHOOK_SETTINGS, attempts };
}
