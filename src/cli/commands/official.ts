import { UserError } from "../../errors.js";
import type { CliCommandSpec } from "../cliCommand.js";

export const officialCli: CliCommandSpec = {
  name: "official",
  synopsis: "official <name>",
  summary: "who an official is, what they said and where (typos welcome)",
  help: "Usage: briefbot official <name> [--limit n] [--json]\n\nAn official's role, the topics they appear in, their most significant quotes and a short\nsummary of what they did, each with its citation. Names are matched despite case, accents,\ntitles (M., Mme, Secretary), transliterations (Sergey/Sergueï) and small typos (Bliken).\nExit code 2 when nobody matches; ambiguous names list the candidates.",
  async run({ args, runCommand }) {
    const name = args.positionals.join(" ");
    if (name.trim() === "") {
      throw new UserError("BAD_ARGUMENT", "official needs a name — try: briefbot officials", 2);
    }
    return runCommand("official", { name, limit: args.limit ?? undefined });
  },
};
