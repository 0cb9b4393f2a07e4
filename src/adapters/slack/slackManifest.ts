import type { CommandDefinition } from "../../../commands/types.js";

/** Where Slack sends events and slash commands in HTTP mode (replace the host with yours). */
export const PLACEHOLDER_REQUEST_URL = "https://briefbot.example.com/slack/events";

/**
 * The Slack app manifest, generated from the command definitions so the app Slack knows offers
 * exactly briefbot's commands: one slash command per command, the bot scopes it needs
 * (commands, chat:write, app_mentions:read, im:history for DMs, channels:history and
 * groups:history so a retried digest can see whether its message already landed) and the two
 * events it answers.
 */
export function slackManifest(
  definitions: readonly CommandDefinition[],
  options: { requestUrl?: string; socketMode?: boolean } = {},
): Record<string, unknown> {
  const url = options.requestUrl ?? PLACEHOLDER_REQUEST_URL;
  const socket = options.socketMode === true;
  return {
    display_information: {
      name: "briefbot",
      description: "News briefings with a source for every sentence",
      long_description:
        "briefbot reads the news and answers with per-topic briefings, what officials said and a daily digest. Every sentence it shows cites the article it comes from. Ask with /brief, /official, /digest, or mention it with a question.",
      background_color: "#2b6cb0",
    },
    features: {
      bot_user: { display_name: "briefbot", always_online: true },
      app_home: { messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      slash_commands: definitions.map((d) => ({
        command: `/${d.name}`,
        description: d.description.slice(0, 100),
        usage_hint: d.options
          .map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`))
          .join(" ")
          .slice(0, 100),
        should_escape: false,
        ...(socket ? {} : { url }),
      })),
    },
    oauth_config: {
      scopes: {
        bot: [
          "app_mentions:read",
          "channels:history",
          "chat:write",
          "commands",
          "groups:history",
          "im:history",
          "im:read",
          "im:write",
        ],
      },
    },
    settings: {
      event_subscriptions: {
        ...(socket ? {} : { request_url: url }),
        bot_events: ["app_mention", "message.im"],
      },
      interactivity: { is_enabled: false },
      org_deploy_enabled: false,
      socket_mode_enabled: socket,
      token_rotation_enabled: false,
    },
  };
}
