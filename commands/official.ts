import { buildOfficialProfile, officialMiss } from "../briefings/officialProfile.js";
import { describeNameMiss, resolveName } from "../src/officials/resolveName.js";
import { defineCommand } from "./defineCommand.js";
import { SINCE_OPTION, sinceCutoff } from "./sinceOption.js";
import { userError } from "./types.js";

/** `/official name:<name>` — who a person is, what they said, where. */
export const official = defineCommand({
  name: "official",
  description: "What an official said: role, topics, key quotes, each with its source",
  preconditions: ["briefing-cooldown"],
  cli: {
    synopsis: "official <name>",
    summary: "who an official is, what they said and where (typos welcome)",
    about:
      "An official's role, the topics they appear in, their most significant quotes and a short\nsummary of what they did, each with its citation. Names are matched despite case, accents,\ntitles (M., Mme, Secretary), transliterations (Sergey/Sergueï) and small typos (Bliken).\nExit code 2 when nobody matches; ambiguous names list the candidates.",
    lookUp: "briefbot officials",
  },
  options: [
    {
      name: "name",
      description: "a name or surname, typos welcome (Blinken, Lavrov, Stoltenberg)",
      type: "string",
      required: true,
      maxLength: 80,
      autocomplete: "officials",
    },
    {
      name: "limit",
      description: "number of quotes (1-10)",
      type: "integer",
      required: false,
      min: 1,
      max: 10,
    },
    SINCE_OPTION,
  ],
  execute(input, deps) {
    const query = input.name;
    const resolved = resolveName(query, deps.index.officials.matcher);
    if (!resolved.ok) {
      const message = describeNameMiss(resolved);
      if (resolved.reason === "too-short") return userError(message);
      return {
        kind: "official",
        profile: officialMiss(query, message, resolved.reason, resolved.candidates, deps.now()),
      };
    }
    const now = deps.now();
    return {
      kind: "official",
      profile: buildOfficialProfile(deps.index, resolved.person, query, {
        now,
        summarizer: deps.summarizer,
        ...(input.limit === undefined ? {} : { maxQuotes: input.limit }),
        ...(input.since === undefined ? {} : { since: sinceCutoff(input.since, now) }),
      }),
    };
  },
});
