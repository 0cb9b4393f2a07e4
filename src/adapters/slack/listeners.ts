import type { App } from "@slack/bolt";
import { COMMANDS } from "../../../commands/index.js";
import { interpretQuestion } from "../../../commands/interpretQuestion.js";
import type {
  ChatPlace,
  CommandInput,
  Reply,
  SubscriptionService,
} from "../../../commands/types.js";
import type { CorpusIndex } from "../../index/corpusIndex.js";
import type { AdapterHost } from "../adapter.js";
import { APOLOGY } from "../apology.js";
import { parseChatLine } from "../chat/parseChatLine.js";
import { runChatCommand } from "../runChatCommand.js";
import { isSlackAdmin } from "./isSlackAdmin.js";
import { postReplies } from "./postReplies.js";
import { renderSlack } from "./renderSlack.js";
import { slashCommandPlace, teamOf } from "./slackPlace.js";

/** The adapter's host (its subscriptions optional), and Slack's own allow-list of managers. */
export type SlackDeps = Omit<AdapterHost, "subscriptions"> & {
  /** The digest subscriptions, when a store is configured. */
  readonly subscriptions?: SubscriptionService;
  /** Users allowed to manage digests besides the workspace's admins and owners. */
  readonly adminUserIds?: readonly string[];
};

/**
 * The dispatch half of the Slack adapter: one slash command per briefbot command (arguments as
 * text: "/brief geneva", "/official Bliken"), `app_mention` and direct messages for free-text
 * questions. Every slash command is acknowledged at once (Slack's 3-second window), then answered
 * through `respond` (the response_url); mentions are answered in their thread.
 */
export function addSlackListeners(app: App, deps: SlackDeps): void {
  for (const command of COMMANDS) {
    const name = command.definition.name;
    app.command(`/${name}`, async ({ command: payload, ack, respond, client }) => {
      await ack();
      const place = slashCommandPlace(payload, () =>
        isSlackAdmin(client, payload.user_id, deps.adminUserIds ?? [], deps.logger),
      );
      const where = { channelId: payload.channel_id, workspaceId: payload.team_id || null };
      const reply = await answer(deps, payload.user_id, place, where, () => {
        const parsed = parseChatLine(`/${name} ${payload.text}`, COMMANDS);
        return parsed.kind === "command" ? { name, input: parsed.input } : { name, input: {} };
      });
      try {
        for (const message of renderSlack(reply)) {
          await respond({
            response_type: message.ephemeral ? "ephemeral" : "in_channel",
            text: message.text,
            blocks: [...message.blocks],
          });
        }
      } catch (error) {
        deps.logger.error("slack respond failed", {
          platform: "slack",
          command: name,
          user: payload.user_id,
          error,
        });
        await respond({ response_type: "ephemeral", text: APOLOGY }).catch(() => {});
      }
    });
  }

  app.event("app_mention", async ({ event, client }) => {
    const where = { channelId: event.channel, workspaceId: teamOf(event) };
    const reply = await answer(deps, event.user ?? "unknown", null, where, (index) =>
      question(event.text, index),
    );
    await postReplies(client, deps.logger, renderSlack(reply), {
      channel: event.channel,
      user: event.user ?? "",
      thread: event.thread_ts ?? event.ts,
    });
  });

  app.message(async ({ message, client }) => {
    // Only direct messages from people: mentions in channels come through app_mention.
    if (message.channel_type !== "im" || message.subtype !== undefined || "bot_id" in message)
      return;
    const text = "text" in message && typeof message.text === "string" ? message.text : "";
    const where = { channelId: message.channel, workspaceId: teamOf(message) };
    const reply = await answer(deps, message.user, null, where, (index) => question(text, index));
    await postReplies(client, deps.logger, renderSlack(reply), {
      channel: message.channel,
      user: message.user,
      thread: null,
    });
  });

  app.error(async (error) => {
    deps.logger.error("slack handler failed", { platform: "slack", error });
  });
}

function question(text: string, index: CorpusIndex): { name: string; input: CommandInput } {
  const asked = interpretQuestion(text.replace(/<@[A-Z0-9]+>/g, " "), index);
  const name = asked?.command.definition.name ?? "help";
  return { name, input: (asked?.input ?? {}) as CommandInput };
}

async function answer(
  deps: SlackDeps,
  userId: string,
  place: ChatPlace | null,
  where: { channelId: string | null; workspaceId: string | null },
  pick: (index: CorpusIndex) => { name: string; input: CommandInput },
): Promise<Reply> {
  const index = await deps.index();
  const { name, input } = pick(index);
  return runChatCommand(name, input, {
    platform: "slack",
    userId,
    deps: {
      index,
      summarizer: deps.summarizer,
      now: deps.now,
      ...(place ? { place } : {}),
      ...(deps.subscriptions ? { subscriptions: deps.subscriptions } : {}),
      ...(deps.sources ? { sources: deps.sources } : {}),
    },
    logger: deps.logger,
    limits: deps.limits,
    where,
  });
}
