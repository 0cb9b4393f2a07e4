import { buildDigest } from "../briefings/digest.js";
import { type Command, userError } from "./types.js";
import { validateInput } from "./validateInput.js";

/** `/digest [limit:<n>]` — the daily digest now: top stories, then a section per topic. */
export const digest: Command = {
  definition: {
    name: "digest",
    description: "Today's digest: top stories, then a short section per topic",
    options: [
      {
        name: "limit",
        description: "sentences per topic (1-10)",
        type: "integer",
        required: false,
        min: 1,
        max: 10,
      },
    ],
  },
  execute(input, deps) {
    const checked = validateInput(this.definition, input);
    if (!checked.ok) return userError(checked.message);
    const limit = checked.values.limit;
    return {
      kind: "digest",
      digest: buildDigest(
        deps.index,
        typeof limit === "number" ? { now: deps.now(), perTopic: limit } : { now: deps.now() },
      ),
    };
  },
};
