import { DeliveryError } from "../../schedule/delivery.js";
import { networkErrorCode } from "../unreachable.js";
import type { WebhookSettings } from "./settings.js";

/** The part of `fetch` a webhook post uses; tests pass their own, the adapter passes `fetch`. */
export type WebhookRequest = (
  url: string,
  init: {
    readonly method: "POST";
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
    readonly signal: AbortSignal;
  },
) => Promise<{
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

export interface SendDeps {
  readonly request: WebhookRequest;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => Date;
}

/** What one post is: where, what, its idempotency key, and how to name it in errors. */
export interface WebhookPost {
  readonly url: string;
  readonly body: unknown;
  /** Sent as Idempotency-Key: the same on every try of the same message of the same run. */
  readonly key: string;
  /** "posting message 2/3 to webhook hooks.example.com…": never the URL itself. */
  readonly doing: string;
}

/**
 * POSTs one JSON body, trying again on 429, 408, 5xx, timeouts and dropped connections, at most
 * `attempts` times: after the Retry-After the receiver asked for (seconds or an HTTP date), else
 * after `retryBaseMs` doubling, never longer than `retryMaxMs` (a longer ask ends the tries: the
 * scheduler's own retry comes later). Any other 4xx is the URL's or the payload's fault: thrown
 * at once as a permanent DeliveryError naming the status. Errors never contain the URL.
 */
export async function sendWebhook(
  post: WebhookPost,
  settings: WebhookSettings,
  deps: SendDeps,
): Promise<void> {
  const body = JSON.stringify(post.body);
  for (let attempt = 1; ; attempt++) {
    let failure: string;
    let wait = Math.min(settings.retryBaseMs * 2 ** (attempt - 1), settings.retryMaxMs);
    try {
      const response = await deps.request(post.url, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": post.key },
        body,
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
      const text = await response.text().catch(() => "");
      if (response.status >= 200 && response.status < 300) return;
      failure = `${post.doing}: HTTP ${response.status}${excerpt(text, post.url)}`;
      if (!isTransientStatus(response.status)) {
        throw new DeliveryError(`${failure} — check the webhook URL and format`, false);
      }
      const asked = retryAfterMs(response.headers.get("retry-after"), deps.now());
      if (asked !== null) {
        if (asked > settings.retryMaxMs) {
          throw new DeliveryError(`${failure}, asked to wait ${Math.ceil(asked / 1000)} s`, true);
        }
        wait = asked;
      }
    } catch (error) {
      if (error instanceof DeliveryError) throw error;
      failure = `${post.doing}: ${networkErrorCode(error) ?? (error as Error).name ?? "network error"}`;
    }
    if (attempt >= settings.attempts) {
      throw new DeliveryError(`${failure} (after ${attempt} tries)`, true);
    }
    await deps.sleep(wait);
  }
}

function isTransientStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500;
}

/** Milliseconds from Retry-After: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: Date): number | null {
  if (header === null || header.trim() === "") return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

/** A short excerpt of the receiver's answer, for the error, with the URL taken out if echoed. */
function excerpt(text: string, url: string): string {
  const clean = text.split(url).join("…").replace(/\s+/g, " ").trim().slice(0, 200);
  return clean === "" ? "" : ` (${clean})`;
}
