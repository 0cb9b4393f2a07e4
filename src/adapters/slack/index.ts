import type { AdapterDefinition, ChatAdapter } from "../adapter.js";
import { runningAdapter } from "../runningAdapter.js";
import { startSlackApp } from "./listen.js";
import { readSlackSettings, type SlackSettings } from "./settings.js";
import { slackPoster } from "./slackPoster.js";

export type { SlackSettings } from "./settings.js";
export { slackManifest } from "./slackManifest.js";

/**
 * Slack as a `ChatAdapter`: Bolt answers slash commands, mentions and DMs over HTTP or Socket
 * Mode; scheduled digests are posted with a Web API client that leaves retries to the scheduler.
 */
export function createSlackAdapter(settings: SlackSettings): ChatAdapter {
  return runningAdapter(
    "slack",
    (host) => startSlackApp(settings, { ...host, adminUserIds: settings.adminUserIds }),
    (app, target, reply) => slackPoster(app.digestClient)(target.channelId, reply),
  );
}

export const slackAdapter: AdapterDefinition<SlackSettings, "slack"> = {
  id: "slack",
  listens: true,
  readSettings: readSlackSettings,
  create: createSlackAdapter,
};
