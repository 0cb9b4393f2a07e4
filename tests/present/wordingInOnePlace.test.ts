import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const ADAPTERS = new URL("../../src/adapters/", import.meta.url);
const RENDERERS = readdirSync(ADAPTERS, { recursive: true, encoding: "utf8" }).filter((f) =>
  /(^|\/)(render\w*|embeds|blocks)\.ts$/.test(f),
);

/** Phrases of replies that each platform once wrote for itself; the presenter decides them now. */
const PHRASES = [
  "Who spoke",
  "What they said",
  "In the news",
  "Nothing new on this topic",
  "Nothing in the corpus",
  "Nothing in this corpus",
  "weak fit",
  "of the corpus",
  "No quote or statement",
  "Did you mean",
  "Daily briefing",
  "People in the news",
  "People named in",
  "Named in",
  "Or mention me",
  "Or just ask",
  "undated",
  "left out",
  "Nothing dated since",
  "mentions",
  "sentences in",
  "(shortened)",
  "(continued)",
];

describe("a phrase a user reads lives in the presenter, not in a renderer", () => {
  it("finds the renderers", () => {
    expect(RENDERERS.length).toBeGreaterThanOrEqual(7);
  });

  it.each(RENDERERS)("%s writes none of the replies' phrases", (file) => {
    // Comments may quote what a renderer shows; only code counts.
    const code = readFileSync(new URL(file, ADAPTERS), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "");
    for (const phrase of PHRASES) expect(code, phrase).not.toContain(phrase);
  });
});
