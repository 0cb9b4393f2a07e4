import { subscriptionKey } from "../../store/records.js";
import type { Store } from "../../store/store.js";
import type { ConfigWebhook } from "./webhooksConfig.js";

/** The platform id webhook subscriptions are kept under. */
export const WEBHOOK_PLATFORM = "webhook";
/**
 * The one "workspace" of webhooks subscribed here, from the command line or the config file, so
 * `briefbot subscriptions` lists them all and BRIEFBOT_MAX_SUBSCRIPTIONS counts them together.
 */
export const LOCAL_WORKSPACE = "command-line";
/**
 * `destination.origin` of a subscription written from `webhooks.json`: only those are removed when
 * their entry leaves the file. Records without it (the CLI's, older ones) are never touched here.
 */
export const CONFIG_ORIGIN = "config-file";

export interface SyncReport {
  readonly written: number;
  readonly removed: number;
}

/**
 * Makes the store hold the config file's webhooks as subscriptions: each written (a channel
 * already subscribed is updated, keeping when it was created), and each subscription that came
 * from the file and is no longer in it removed. Running it twice changes nothing more.
 */
export async function syncConfigWebhooks(
  store: Store,
  webhooks: readonly ConfigWebhook[],
  defaults: { readonly time: string; readonly timezone: string },
  now: Date,
): Promise<SyncReport> {
  const at = now.toISOString();
  const wanted = new Set<string>();
  for (const webhook of webhooks) {
    const key = subscriptionKey(WEBHOOK_PLATFORM, webhook.target.channelId);
    wanted.add(key);
    const existing = await store.subscriptions.get(key);
    await store.subscriptions.set(key, {
      platform: WEBHOOK_PLATFORM,
      channelId: webhook.target.channelId,
      workspaceId: LOCAL_WORKSPACE,
      time: webhook.time ?? defaults.time,
      timezone: webhook.timezone ?? defaults.timezone,
      topics: webhook.topics === null ? null : [...webhook.topics],
      createdBy: CONFIG_ORIGIN,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
      destination: { ...webhook.target.destination, origin: CONFIG_ORIGIN },
    });
  }
  let removed = 0;
  for (const { key, value } of await store.subscriptions.list()) {
    if (value.platform !== WEBHOOK_PLATFORM || value.destination?.origin !== CONFIG_ORIGIN)
      continue;
    if (wanted.has(key)) continue;
    if (await store.subscriptions.delete(key)) removed += 1;
  }
  return { written: webhooks.length, removed };
}
