import { buildOfficialProfile, officialMiss } from "../briefings/officialProfile.js";
import { describeNameMiss, resolveName } from "../src/officials/resolveName.js";
import { type Command, userError } from "./types.js";
import { validateInput } from "./validateInput.js";

/** `/official name:<name>` — who a person is, what they said, where. */
export const official: Command = {
  definition: {
    name: "official",
    description: "What an official said: role, topics, key quotes, each with its source",
    options: [
      {
        name: "name",
        description: "a name or surname, typos welcome (Blinken, Lavrov, Stoltenberg)",
        type: "string",
        required: true,
        maxLength: 80,
        autocomplete: true,
      },
      {
        name: "limit",
        description: "number of quotes (1-10)",
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
    const query = String(checked.values.name);
    const resolved = resolveName(query, deps.index.officials.matcher);
    if (!resolved.ok) {
      const message = describeNameMiss(resolved);
      if (resolved.reason === "too-short") return userError(message);
      return {
        kind: "official",
        profile: officialMiss(query, message, resolved.reason, resolved.candidates, deps.now()),
      };
    }
    const limit = checked.values.limit;
    return {
      kind: "official",
      profile: buildOfficialProfile(
        deps.index,
        resolved.person,
        query,
        typeof limit === "number" ? { now: deps.now(), maxQuotes: limit } : { now: deps.now() },
      ),
    };
  },
};
