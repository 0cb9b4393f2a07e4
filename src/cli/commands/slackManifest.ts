import { COMMANDS } from "../../../commands/index.js";
import { slackAppManifest } from "../../app.js";
import type { CliCommandSpec } from "../cliCommand.js";
import { expectNoArguments } from "./noArguments.js";

export const slackManifestCli: CliCommandSpec = {
  name: "slack-manifest",
  synopsis: "slack-manifest",
  summary: "print the Slack app manifest (create the app in one step)",
  help: "Usage: briefbot slack-manifest [--url https://your-host/slack/events] [--socket]\n\nPrints the Slack app manifest generated from the command definitions. Paste it in\nhttps://api.slack.com/apps → Create New App → From an app manifest. --url sets where Slack sends\nrequests in HTTP mode; --socket makes a Socket Mode app instead. The default is committed as\nconfig/slack-app-manifest.json.",
  options: { url: { type: "string" }, socket: { type: "boolean" } },
  async run({ args, io }) {
    expectNoArguments("slack-manifest", args);
    const url = args.options.url;
    const manifest = slackAppManifest(
      COMMANDS.map((c) => c.definition),
      {
        ...(typeof url === "string" ? { requestUrl: url } : {}),
        socketMode: args.options.socket === true,
      },
    );
    io.stdout(`${JSON.stringify(manifest, null, 2)}\n`);
    return 0;
  },
};
