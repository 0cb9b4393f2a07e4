import { describe, expect, it } from "vitest";
import { present } from "../../src/present/present.js";
import { DIGEST } from "./fixtures.js";

describe("a digest's top story", () => {
  it("is tagged with its story's headline, unless the headline is that very sentence", () => {
    const [top] = DIGEST.topStories;
    if (!top) throw new Error("fixture has a top story");
    const untitled = {
      ...top,
      text: "The talks ended without a deal after four hours in Geneva.",
      story: { ...top.story, label: "The talks ended without a deal after four…" },
    };
    const lines = (d: typeof DIGEST) =>
      present({ kind: "digest", digest: d }).sections[0]?.lines.map((l) =>
        l.kind === "sentence" ? l.topic : l.kind,
      );
    expect(lines(DIGEST)).toEqual(["Talks end without a deal"]);
    expect(lines({ ...DIGEST, topStories: [untitled] })).toEqual([null]);
  });
});
