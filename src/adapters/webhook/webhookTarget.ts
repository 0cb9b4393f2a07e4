import { formatOfHost, isWebhookFormat, WEBHOOK_FORMATS } from "./formats.js";
import { checkWebhookUrl, redactedUrl, webhookChannelId } from "./webhookUrl.js";

/** A webhook as a channel to subscribe: its id, what the store keeps, and what may be shown. */
export interface WebhookTarget {
  readonly channelId: string;
  readonly destination: { readonly url: string; readonly format: string };
  /** `hooks.example.com…` */
  readonly shown: string;
}

/**
 * The channel a webhook URL names, with its format: `format` when given (one of
 * WEBHOOK_FORMATS), else the one its host names (Teams, Google Chat). A bad URL or format, or a
 * host that names none, is a reason for the user, which never repeats the URL.
 */
export function webhookTarget(
  urlText: string,
  format: string | null,
):
  | { readonly ok: true; readonly target: WebhookTarget }
  | { readonly ok: false; readonly reason: string } {
  const checked = checkWebhookUrl(urlText);
  if (!checked.ok) return { ok: false, reason: `invalid webhook URL: ${checked.reason}` };
  const shown = redactedUrl(checked.url);
  const chosen = format ?? formatOfHost(checked.url.hostname);
  if (chosen === null) {
    return {
      ok: false,
      reason: `cannot tell the format of ${shown} from its host — add --format with one of ${WEBHOOK_FORMATS.join(", ")}`,
    };
  }
  if (!isWebhookFormat(chosen)) {
    return {
      ok: false,
      reason: `unknown webhook format '${chosen.slice(0, 40)}' — use one of ${WEBHOOK_FORMATS.join(", ")}`,
    };
  }
  return {
    ok: true,
    target: {
      channelId: webhookChannelId(checked.url),
      destination: { url: checked.url.href, format: chosen },
      shown,
    },
  };
}
