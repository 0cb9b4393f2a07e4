import { describe, expect, it } from "vitest";
import { COMMANDS, help } from "../../commands/index.js";
import { runCommand } from "../../commands/runCommand.js";
import { discordCommandPayloads } from "../../src/adapters/discord/commandPayloads.js";
import { slackManifest } from "../../src/adapters/slack/slackManifest.js";
import { mainHelp } from "../../src/cli/help.js";
import { CLI_COMMANDS } from "../../src/cli/registry.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { bundled } from "../helpers/engine.js";

const names = COMMANDS.map((c) => c.definition.name);

describe("the command registry is the one list every face shows", () => {
  it("Discord registers each of its commands with each option, in order", () => {
    const payloads = discordCommandPayloads(COMMANDS.map((c) => c.definition));
    expect(payloads.map((p) => p.name)).toEqual(names);
    for (const [i, { definition }] of COMMANDS.entries()) {
      const payload = payloads[i];
      expect(payload?.options.map((o) => [o.name, o.required, o.autocomplete === true])).toEqual(
        definition.options.map((o) => [o.name, o.required, o.autocomplete !== undefined]),
      );
      const manage = definition.preconditions.includes("manage-channel");
      expect(payload?.default_member_permissions).toBe(manage ? "16" : undefined);
    }
  });

  it("the Slack manifest offers each of its commands with a usage hint naming every option", () => {
    const manifest = slackManifest(COMMANDS.map((c) => c.definition)) as {
      features: { slash_commands: { command: string; usage_hint: string }[] };
    };
    const slash = manifest.features.slash_commands;
    expect(slash.map((s) => s.command)).toEqual(names.map((n) => `/${n}`));
    for (const [i, { definition }] of COMMANDS.entries()) {
      for (const option of definition.options) expect(slash[i]?.usage_hint).toContain(option.name);
    }
  });

  it("the CLI's help for a command chat shares is its definition's, with a usage line from its options", () => {
    const main = mainHelp(CLI_COMMANDS);
    const shared = COMMANDS.filter((c) => c.definition.cli !== undefined);
    expect(shared.map((c) => c.definition.name).sort()).toEqual([
      "brief",
      "digest",
      "official",
      "officials",
      "search",
      "stories",
      "topics",
    ]);
    for (const { definition } of shared) {
      const spec = CLI_COMMANDS.find((c) => c.name === definition.name);
      const cli = definition.cli;
      expect(spec?.synopsis).toBe(cli?.synopsis);
      expect(spec?.summary).toBe(cli?.summary);
      expect(spec?.help.endsWith(`\n\n${cli?.about}`)).toBe(true);
      const usage = spec?.help.split("\n")[0] ?? "";
      expect(usage.startsWith(`Usage: briefbot ${definition.name}`)).toBe(true);
      for (const option of definition.options) expect(usage).toContain(option.name);
      expect(main).toContain(`  ${cli?.synopsis.padEnd(22)} ${cli?.summary}\n`);
    }
  });

  it("the chat help reply lists each of its commands", async () => {
    const { index } = await bundled();
    const { reply } = await runCommand(
      help,
      {},
      { index, summarizer, now: () => new Date() },
      null,
    );
    expect(reply.kind === "help" ? reply.commands.map((c) => c.name) : reply).toEqual(names);
  });
});
