import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isUserError } from "../../src/errors.js";
import { loadSourcesConfig, parseSourcesConfig } from "../../src/sources/sourcesConfig.js";
import { cleanUp, tempDir } from "./harness.js";

afterEach(cleanUp);

function problem(json: unknown): string {
  try {
    parseSourcesConfig(json, "config/sources.json");
  } catch (error) {
    if (isUserError(error)) return error.message;
    throw error;
  }
  throw new Error("expected the config to be refused");
}

describe("config/sources.json", () => {
  it("reads feeds with their names and intervals, canonicalised, the default interval beside", () => {
    const config = parseSourcesConfig(
      {
        intervalMinutes: 20,
        sources: [
          { url: "https://Example.com/feed.xml?utm_source=x", name: "Example" },
          { url: "http://news.test/rss", intervalMinutes: 60 },
        ],
      },
      "config/sources.json",
    );
    expect(config.intervalMinutes).toBe(20);
    expect(config.sources.map((s) => [s.url, s.name, s.intervalMinutes, s.origin])).toEqual([
      ["https://example.com/feed.xml", "Example", null, "config"],
      ["http://news.test/rss", null, 60, "config"],
    ]);
    expect(config.sources[0]?.id).toMatch(/^[0-9a-f]{12}$/);
  });

  it("without the file follows nothing from config, every 15 minutes by default", async () => {
    expect(await loadSourcesConfig(tempDir())).toEqual({ intervalMinutes: 15, sources: [] });
  });

  it("refuses a URL that is not http(s), naming the path, what was expected and found", () => {
    expect(problem({ sources: [{ url: "ftp://example.com/feed" }] })).toBe(
      "config/sources.json: sources[0].url: expected an absolute http(s) URL, found 'ftp://example.com/feed'",
    );
  });

  it("refuses an interval under the minimum and a wrong type, one line each", () => {
    expect(
      problem({ sources: [{ url: "https://a.test/feed", intervalMinutes: 2 }, { url: 42 }] }),
    ).toBe(
      [
        "config/sources.json: sources[0].intervalMinutes: expected at least 5 minutes",
        "config/sources.json: sources[1].url: expected string, found number",
      ].join("\n"),
    );
  });

  it("refuses the same feed twice, however it is spelled", () => {
    expect(
      problem({
        sources: [{ url: "https://a.test/feed" }, { url: "https://A.test/feed?utm_medium=rss" }],
      }),
    ).toBe(
      "config/sources.json: sources[1].url: expected each feed once, found the feed of sources[0] again",
    );
  });

  it("refuses unknown fields and a missing list", () => {
    expect(problem({ feeds: [] })).toBe(
      [
        "config/sources.json: sources: expected array, found undefined",
        'config/sources.json: (root): Unrecognized key: "feeds"',
      ].join("\n"),
    );
  });

  it("names the file when it is not JSON", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "sources.json"), "{ nope");
    await expect(loadSourcesConfig(dir)).rejects.toThrow(
      `${join(dir, "sources.json")}: invalid JSON:`,
    );
  });
});
