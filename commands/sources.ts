import { MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES } from "../src/sources/source.js";
import type { SourcesService, SourcesView } from "../src/sources/sourcesService.js";
import { defineCommand } from "./defineCommand.js";
import { type CommandDeps, type Reply, userError } from "./types.js";

const ACTIONS = ["list", "add", "remove", "check"] as const;
type Action = (typeof ACTIONS)[number];

/**
 * Who may change the followed sources: in chat, people who may manage the channel they ask
 * from (as `manage-channel` checks for digests), never in a direct message; the command line
 * passes a place whose owner runs the data folder. Null when allowed, else the refusal.
 */
async function refusedManager(deps: CommandDeps): Promise<string | null> {
  const place = deps.place;
  if (!place) return "sources are changed from a Slack or Discord channel or the command line";
  if (place.workspaceId === null) return "sources are changed from a channel, not a direct message";
  if (!(await place.canManage()))
    return "only people who can manage this channel can change the sources — ask a channel admin";
  return null;
}

function view(action: Action, parts: Partial<Omit<SourcesView, "action">> = {}): Reply {
  return {
    kind: "sources",
    view: { action, sources: parts.sources ?? [], checks: parts.checks ?? [] },
  };
}

/**
 * `/sources [action:list|add|remove|check] [source:<url or name>] [name:<outlet>] [every:<minutes>]` — the live
 * feeds briefbot follows, with their health. Listing is open to all; adding, removing and
 * checking are for people who may manage the channel.
 */
export const sources = defineCommand({
  name: "sources",
  description: "The live news feeds followed here, with their health (add/remove: managers)",
  preconditions: ["flood-limits"],
  options: [
    {
      name: "action",
      description: "list (default), add, remove or check",
      type: "string",
      required: false,
      maxLength: 10,
    },
    {
      name: "source",
      description: "a site's or feed's URL (add), or a followed source's URL or name",
      type: "string",
      required: false,
      maxLength: 500,
    },
    {
      name: "name",
      description: "the outlet's name, for add (default: the feed's title)",
      type: "string",
      required: false,
      maxLength: 80,
    },
    {
      name: "every",
      description: `minutes between polls, for add (${MIN_INTERVAL_MINUTES}-${MAX_INTERVAL_MINUTES}; default: the configured interval)`,
      type: "integer",
      required: false,
      min: MIN_INTERVAL_MINUTES,
      max: MAX_INTERVAL_MINUTES,
    },
  ],
  async execute(input, deps) {
    const service: SourcesService | undefined = deps.sources;
    if (!service) return userError("live sources are not followed here — run briefbot serve");
    const action = (input.action?.trim().toLowerCase() || "list") as Action;
    if (!ACTIONS.includes(action))
      return userError(
        `unknown action '${input.action}' — use list, add, remove or check`,
        ACTIONS.map((a) => `/sources ${a}`),
      );
    if (action === "list") return view("list", { sources: await service.list() });
    const refused = await refusedManager(deps);
    if (refused !== null) return userError(refused);
    const target = input.source?.trim() || null;
    if (action === "check") {
      const checked = await service.check(target);
      return checked.ok ? view("check", { checks: checked.value }) : userError(checked.reason);
    }
    if (target === null)
      return userError(
        action === "add"
          ? "sources add needs a URL — the site's home page or its feed, like https://example.com/"
          : "sources remove needs the URL or name of a followed source",
      );
    if (action === "add") {
      const added = await service.add(target, {
        name: input.name ?? null,
        intervalMinutes: input.every ?? null,
        addedBy: deps.place?.userId ?? "unknown",
      });
      return added.ok ? view("add", { sources: [added.value] }) : userError(added.reason);
    }
    const removed = await service.remove(target);
    return removed.ok ? view("remove", { sources: [removed.value] }) : userError(removed.reason);
  },
});
