import { UserError } from "../../errors.js";
import type { CliCommandSpec } from "../cliCommand.js";

export const briefCli: CliCommandSpec = {
  name: "brief",
  synopsis: "brief <topic>",
  summary: "briefing on one topic (id, title or unambiguous prefix)",
  help: "Usage: briefbot brief <topic> [--limit n] [--json]\n\nBriefing on one topic: its most central, non-redundant sentences, each citing its source.\nThe topic may be its id (geneva-talks), its title or an unambiguous prefix (geneva).",
  async run({ args, runCommand }) {
    const topic = args.positionals.join(" ");
    if (topic.trim() === "") {
      throw new UserError("BAD_ARGUMENT", "brief needs a topic — try: briefbot topics", 2);
    }
    return runCommand("brief", { topic, limit: args.limit ?? undefined });
  },
};
