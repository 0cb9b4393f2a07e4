import type { ChatPlace, CommandInput, SubscriptionService } from "../../../commands/types.js";
import {
  addressChannel,
  openSubscriptions,
  WEBHOOK_PLATFORM,
  WEBHOOK_WORKSPACE,
} from "../../app.js";
import { UserError } from "../../errors.js";
import { silentLogger } from "../../log/logger.js";
import type { Store } from "../../store/store.js";
import type { CliCommandSpec, CliContext } from "../cliCommand.js";
import { expectNoArguments } from "./noArguments.js";

/** The platform whose channels are named on the command line. */
const WEBHOOK = WEBHOOK_PLATFORM;
/**
 * Webhook subscriptions made here (and from config/webhooks.json) form one "workspace", so
 * `subscriptions` lists them all and BRIEFBOT_MAX_SUBSCRIPTIONS caps them as it caps a chat
 * workspace's.
 */
const COMMAND_LINE = WEBHOOK_WORKSPACE;

/**
 * The channel `--webhook` names, as the place the subscription commands act on; whoever runs the
 * CLI owns the data folder, so may manage it. A bad URL or format is a one-line usage error.
 */
function webhookPlace(
  context: CliContext,
  format: string | null,
): ChatPlace & { destination: Readonly<Record<string, string>> } {
  const url = context.args.options.webhook;
  if (typeof url !== "string") {
    throw new UserError("BAD_ARGUMENT", `${context.args.command} needs --webhook <url>`, 2);
  }
  const named = addressChannel(WEBHOOK, url, format === null ? {} : { format });
  if (!named.ok) throw new UserError("BAD_ARGUMENT", named.reason, 2);
  return {
    platform: WEBHOOK,
    channelId: named.channel.channelId,
    workspaceId: COMMAND_LINE,
    userId: COMMAND_LINE,
    canManage: async () => true,
    destination: named.channel.destination,
  };
}

/** Runs a subscription command against the store, closing it whatever happens. */
async function withSubscriptions(
  context: CliContext,
  work: (service: SubscriptionService) => Promise<number>,
): Promise<number> {
  const opened = await openSubscriptions(context.environment, context.dataDir, silentLogger);
  try {
    return await work(opened.service);
  } finally {
    await opened.close();
  }
}

/**
 * The store with every subscription written carrying the webhook's URL and format: the shared
 * `subscribe` command validates and writes the record once, complete.
 */
function storingDestination(store: Store, destination: Readonly<Record<string, string>>): Store {
  const subscriptions = store.subscriptions;
  return {
    ...store,
    subscriptions: {
      ...subscriptions,
      set: (key, value, ttlMs) =>
        ttlMs === undefined
          ? subscriptions.set(key, { ...value, destination: { ...destination } })
          : subscriptions.set(key, { ...value, destination: { ...destination } }, ttlMs),
    },
  };
}

function text(context: CliContext, name: string): string | undefined {
  const value = context.args.options[name];
  return typeof value === "string" ? value : undefined;
}

export const subscribeCli: CliCommandSpec = {
  name: "subscribe",
  synopsis: "subscribe --webhook",
  summary: "post the daily digest to an incoming webhook (Teams, Mattermost, …)",
  help: "Usage: briefbot subscribe --webhook <url> [--format teams|mattermost|rocketchat|google-chat|matrix|json]\n                          [--topic ids] [--time HH:MM] [--timezone Area/City]\n\nSubscribes an incoming webhook to the daily digest, posted by `briefbot serve`. The format is\ntaken from the URL's host for Teams workflows and Google Chat; say --format for the others.\n--topic takes topic ids, comma-separated (default: all); --time and --timezone default to\nBRIEFBOT_DIGEST_TIME and BRIEFBOT_TIMEZONE. Subscribing the same URL again updates it. The URL\nis kept in the store and never printed or logged: it is shown as its host and an ellipsis.",
  options: {
    webhook: { type: "string" },
    format: { type: "string" },
    topic: { type: "string" },
    time: { type: "string" },
    timezone: { type: "string" },
  },
  async run(context) {
    expectNoArguments("subscribe", context.args);
    const { destination, ...place } = webhookPlace(context, text(context, "format") ?? null);
    const input: CommandInput = {
      time: text(context, "time"),
      timezone: text(context, "timezone"),
      topics: text(context, "topic"),
    };
    return withSubscriptions(context, (service) =>
      context.runCommand("subscribe", input, {
        place,
        subscriptions: { ...service, store: storingDestination(service.store, destination) },
      }),
    );
  },
};

export const unsubscribeCli: CliCommandSpec = {
  name: "unsubscribe",
  synopsis: "unsubscribe --webhook",
  summary: "stop the daily digest to an incoming webhook",
  help: "Usage: briefbot unsubscribe --webhook <url>\n\nStops the daily digest posted to that webhook.",
  options: { webhook: { type: "string" } },
  async run(context) {
    expectNoArguments("unsubscribe", context.args);
    // The channel id depends on the URL alone: any format names the same channel.
    const { destination: _destination, ...place } = webhookPlace(context, "json");
    return withSubscriptions(context, (subscriptions) =>
      context.runCommand("unsubscribe", {}, { place, subscriptions }),
    );
  },
};

export const subscriptionsCli: CliCommandSpec = {
  name: "subscriptions",
  synopsis: "subscriptions",
  summary: "list the webhooks subscribed to the daily digest",
  help: "Usage: briefbot subscriptions\n\nLists the webhooks subscribed here, each by its host, with its time, topics and how its\nlatest digest went.",
  async run(context) {
    expectNoArguments("subscriptions", context.args);
    const place: ChatPlace = {
      platform: WEBHOOK,
      channelId: COMMAND_LINE,
      workspaceId: COMMAND_LINE,
      userId: COMMAND_LINE,
      canManage: async () => true,
    };
    return withSubscriptions(context, (subscriptions) =>
      context.runCommand("subscriptions", {}, { place, subscriptions }),
    );
  },
};
