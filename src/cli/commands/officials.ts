import { UserError } from "../../errors.js";
import type { CliCommandSpec } from "../cliCommand.js";
import { expectNoArguments } from "./noArguments.js";

export const officialsCli: CliCommandSpec = {
  name: "officials",
  synopsis: "officials [--topic t]",
  summary: "the people named in the corpus, most mentioned first",
  help: "Usage: briefbot officials [--topic <topic>] [--json]\n\nLists the people named in the corpus (configured officials and people introduced with a role),\nwith the number of sentences naming them and of statements attributed to them.",
  options: { topic: { type: "string" } },
  async run({ args, runCommand }) {
    expectNoArguments("officials", args);
    if (args.limit !== null) throw new UserError("BAD_ARGUMENT", "officials takes no --limit", 2);
    const topic = args.options.topic;
    return runCommand("officials", { topic: typeof topic === "string" ? topic : undefined });
  },
};
