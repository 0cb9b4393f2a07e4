import type { CliCommandSpec } from "../cliCommand.js";
import { expectNoArguments } from "./noArguments.js";

export const digestCli: CliCommandSpec = {
  name: "digest",
  synopsis: "digest",
  summary: "the daily digest: top stories, then a section per topic",
  help: "Usage: briefbot digest [--limit n] [--json]\n\nThe daily digest: the top stories across topics, then a short section per topic.",
  async run({ args, runCommand }) {
    expectNoArguments("digest", args);
    return runCommand("digest", { limit: args.limit ?? undefined });
  },
};
