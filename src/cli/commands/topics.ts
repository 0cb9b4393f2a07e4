import { UserError } from "../../errors.js";
import type { CliCommandSpec } from "../cliCommand.js";
import { expectNoArguments } from "./noArguments.js";

export const topicsCli: CliCommandSpec = {
  name: "topics",
  synopsis: "topics",
  summary: "list the topics and how much the corpus says about each",
  help: "Usage: briefbot topics [--json]\n\nLists the configured topics with the number of sentences and articles on each.",
  async run({ args, runCommand }) {
    expectNoArguments("topics", args);
    if (args.limit !== null) throw new UserError("BAD_ARGUMENT", "topics takes no --limit", 2);
    return runCommand("topics", {});
  },
};
