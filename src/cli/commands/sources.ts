import { UserError } from "../../errors.js";
import type { CliCommandSpec } from "../cliCommand.js";
import { COMMAND_LINE_PLACE, withSources } from "./sourcesAccess.js";

const HELP = `Usage: briefbot sources [list] [--json]
       briefbot sources add <url> [--name <outlet>] [--every <minutes>] [--json]
       briefbot sources remove <url or name> [--json]
       briefbot sources check [<url or name>] [--json]

The live news feeds briefbot follows (RSS, Atom, JSON Feed), with their health: last successful
read, last error, items in the feed, articles added, next poll, and a warning sign on a feed
failing for a day or more. \`serve\` polls them; \`briefbot poll\` polls the due ones once.

  add      follows a feed: a site's home page gives the feed it announces; --name sets the
           outlet name articles carry (default: the feed's title); --every the minutes
           between polls (5 to 1440; default: intervalMinutes of sources.json, else 15).
           Kept in the store.
  remove   stops following a source added here (those of <config>/sources.json are removed
           from the file); the articles it brought stay in the corpus.
  check    reads the feed (every feed without an argument) now and says what it found;
           nothing is stored.

Sources of <config>/sources.json come first and cannot be removed here; see README.md,
section "Live sources".`;

const ACTIONS = new Set(["list", "add", "remove", "check"]);

export const sourcesCli: CliCommandSpec = {
  name: "sources",
  synopsis: "sources [add|remove|check]",
  summary: "the live feeds followed, with their health; add, remove or check one",
  help: HELP,
  options: { name: { type: "string" }, every: { type: "string" } },
  async run(context) {
    const { args } = context;
    const [first, ...rest] = args.positionals;
    const action = first ?? "list";
    if (!ACTIONS.has(action)) {
      throw new UserError(
        "BAD_ARGUMENT",
        `unknown sources action '${action}' — use list, add, remove or check`,
        2,
      );
    }
    if (args.limit !== null) throw new UserError("BAD_ARGUMENT", "sources takes no --limit", 2);
    const name = typeof args.options.name === "string" ? args.options.name : undefined;
    const every = typeof args.options.every === "string" ? args.options.every : undefined;
    if ((name !== undefined || every !== undefined) && action !== "add")
      throw new UserError("BAD_ARGUMENT", "--name and --every go with sources add", 2);
    if (action === "list" && rest.length > 0)
      throw new UserError(
        "BAD_ARGUMENT",
        `sources list takes no argument, got '${rest.join(" ")}'`,
        2,
      );
    const target = rest.length > 0 ? rest.join(" ") : undefined;
    return withSources(context, ({ registry }) =>
      context.runCommand(
        "sources",
        { action, source: target, name, every },
        { place: COMMAND_LINE_PLACE, sources: registry },
      ),
    );
  },
};
