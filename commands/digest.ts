import { buildDigest } from "../briefings/digest.js";
import { failingFeeds } from "../src/sources/sourceStatus.js";
import { defineCommand } from "./defineCommand.js";
import { SINCE_OPTION, sinceCutoff } from "./sinceOption.js";

/** `/digest [limit:<n>]` — the daily digest now: top stories, then a section per topic. */
export const digest = defineCommand({
  name: "digest",
  description: "Today's digest: top stories, then a short section per topic",
  preconditions: ["briefing-cooldown"],
  cli: {
    synopsis: "digest",
    summary: "the daily digest: top stories, then a section per topic",
    about: "The daily digest: the top stories across topics, then a short section per topic.",
  },
  options: [
    {
      name: "limit",
      description: "sentences per topic (1-10)",
      type: "integer",
      required: false,
      min: 1,
      max: 10,
    },
    SINCE_OPTION,
  ],
  async execute(input, deps) {
    const now = deps.now();
    const digest = buildDigest(deps.index, {
      now,
      summarizer: deps.summarizer,
      ...(input.limit === undefined ? {} : { perTopic: input.limit }),
      ...(input.since === undefined ? {} : { since: sinceCutoff(input.since, now) }),
    });
    // Feeds failing for a day are named to the people who may manage the channel.
    const failing =
      deps.sources && deps.place && (await deps.place.canManage())
        ? failingFeeds(await deps.sources.list())
        : [];
    return { kind: "digest", digest, ...(failing.length > 0 ? { failingFeeds: failing } : {}) };
  },
});
