import type { AdapterDefinition, ChatAdapter } from "../adapter.js";
import type { SendDeps } from "./sendWebhook.js";
import { readWebhookSettings, type WebhookSettings } from "./settings.js";
import { webhookPoster } from "./webhookPoster.js";

import { webhookTarget } from "./webhookTarget.js";

/**
 * Incoming webhooks as a `ChatAdapter`: nothing to listen to (a webhook only receives), so
 * `start` only takes the host's clock; each subscription carries its URL and format in its
 * `destination`, and `post` renders and sends there with retries (sendWebhook.ts).
 */
export function createWebhookAdapter(
  settings: WebhookSettings,
  deps: Omit<SendDeps, "now"> = {
    request: (url, init) => fetch(url, init),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  },
): ChatAdapter {
  let now: () => Date = () => new Date();
  return {
    id: "webhook",
    async start(host) {
      now = host.now;
    },
    async stop() {},
    post: (target, reply) => webhookPoster(settings, { ...deps, now: () => now() })(target, reply),
  };
}

export const webhookAdapter: AdapterDefinition<WebhookSettings, "webhook"> = {
  id: "webhook",
  listens: false,
  readSettings: readWebhookSettings,
  create: (settings) => createWebhookAdapter(settings),
  address: (url, options) => {
    const named = webhookTarget(url, options.format ?? null);
    return named.ok ? { ok: true, channel: named.target } : named;
  },
};
