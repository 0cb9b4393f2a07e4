import { createHash } from "node:crypto";

/**
 * A webhook URL is a secret (whoever has it can post to the channel): it is kept in the store and
 * sent to, and shown anywhere else only as its host and an ellipsis.
 */
export type CheckedUrl =
  | { readonly ok: true; readonly url: URL }
  | { readonly ok: false; readonly reason: string };

/** Only absolute http(s) URLs with a host; the reason never repeats the URL. */
export function checkWebhookUrl(text: string): CheckedUrl {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, reason: "expected an absolute http(s) URL, like https://host/hooks/…" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { ok: false, reason: `expected an http(s) URL, found the scheme '${url.protocol}'` };
  }
  if (url.hostname === "") return { ok: false, reason: "expected a URL with a host" };
  if (url.username !== "" || url.password !== "") {
    return { ok: false, reason: "expected a URL without a user name or password in it" };
  }
  return { ok: true, url };
}

/** `hooks.example.com…`: what logs, errors and listings show of a webhook URL. */
export function redactedUrl(url: string | URL): string {
  try {
    return `${new URL(url).host}…`;
  } catch {
    return "(a webhook URL)…";
  }
}

/**
 * The channel id of a webhook: its host and 12 hex digits of SHA-256 of the whole URL, so the id
 * (which appears in keys, logs and listings) is stable, distinct per URL, and reveals no secret.
 */
export function webhookChannelId(url: URL): string {
  const digest = createHash("sha256").update(url.href).digest("hex").slice(0, 12);
  return `${url.host}~${digest}`;
}
