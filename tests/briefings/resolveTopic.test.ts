import { describe, expect, it } from "vitest";
import { describeTopicMiss, resolveTopic } from "../../briefings/resolveTopic.js";
import { bundled } from "../helpers/engine.js";

async function resolve(query: string) {
  const { config } = await bundled();
  const result = resolveTopic(query, config.topics);
  return result.ok ? result.topic.id : describeTopicMiss(result, config.topics);
}

describe("resolveTopic", () => {
  it.each([
    ["geneva-talks", "geneva-talks"],
    ["GENEVA-TALKS", "geneva-talks"],
    ["geneva", "geneva-talks"],
    ["NATO unity", "nato-unity"],
    ["US–Russia talks in Geneva", "geneva-talks"],
    ["iran", "iran-talks"],
    ["uk", "uk-statements"],
  ])("%s → %s", async (query, id) => {
    expect(await resolve(query)).toBe(id);
  });

  it("suggests the closest topic for a typo", async () => {
    expect(await resolve("natoo")).toBe("unknown topic 'natoo' — did you mean nato-unity?");
    expect(await resolve("irn-talks")).toBe("unknown topic 'irn-talks' — did you mean iran-talks?");
  });

  it("lists the topics when nothing is close, and for an empty query", async () => {
    expect(await resolve("weather")).toBe(
      "unknown topic 'weather' — topics are: nato-unity, geneva-talks, iran-talks, uk-statements",
    );
    expect(await resolve("  ")).toBe(
      "no topic given — choose one of: nato-unity, geneva-talks, iran-talks, uk-statements",
    );
  });
});
