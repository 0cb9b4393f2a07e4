import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { loadTopicsConfig, parseTopicsConfig } from "../../src/topics/topicsConfig.js";
import { CONFIG_DIR } from "../helpers/engine.js";

const valid = {
  topics: [
    {
      id: "one",
      title: "One",
      description: "The first topic.",
      terms: { fr: { strong: ["un"] }, en: {}, any: {} },
    },
  ],
};

function messageOf(json: unknown): string {
  try {
    parseTopicsConfig(json, "config/topics.json");
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).message;
  }
  throw new Error("expected the config to be rejected");
}

describe("topics config", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("loads the shipped config with the four default topics and defaults filled in", async () => {
    const config = await loadTopicsConfig(CONFIG_DIR);
    expect(config.topics.map((t) => t.id)).toEqual([
      "nato-unity",
      "geneva-talks",
      "iran-talks",
      "uk-statements",
    ]);
    expect(Object.isFrozen(config.topics[0])).toBe(true);
    expect(parseTopicsConfig(valid, "x").assignment).toEqual({
      threshold: 1,
      neighbourWeight: 0.5,
      articleWeight: 0.5,
      dominance: 0.5,
    });
  });

  it("takes a topic's scope, 'articles' by default, and names a wrong one", () => {
    expect(parseTopicsConfig(valid, "x").topics[0]?.scope).toBe("articles");
    const statements = { topics: [{ ...valid.topics[0], scope: "sentences" }] };
    expect(parseTopicsConfig(statements, "x").topics[0]?.scope).toBe("sentences");
    expect(messageOf({ topics: [{ ...valid.topics[0], scope: "paragraphs" }] })).toMatch(
      /^config\/topics\.json: topics\[0\]\.scope: .*"articles".*"sentences"/,
    );
  });

  it("names the path of a field with the wrong type", () => {
    const bad = { topics: [valid.topics[0], { ...valid.topics[0], id: 42 }] };
    expect(messageOf(bad)).toMatch(
      /^config\/topics\.json: topics\[1\]\.id: .*expected string, found number$/,
    );
  });

  it("rejects a duplicate id, a topic without strong terms and an unknown field", () => {
    expect(messageOf({ topics: [valid.topics[0], valid.topics[0]] })).toBe(
      "config/topics.json: topics[1].id: duplicate topic id 'one'",
    );
    expect(
      messageOf({ topics: [{ ...valid.topics[0], terms: { fr: {}, en: {}, any: {} } }] }),
    ).toBe(
      "config/topics.json: topics[0].terms: expected at least one strong term in fr, en or any",
    );
    expect(messageOf({ topics: [{ ...valid.topics[0], colour: "red" }] })).toMatch(
      /^config\/topics\.json: topics\[0\]: .*colour/,
    );
  });

  it("reports an unreadable or invalid file with its path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "briefbot-config-"));
    dirs.push(dir);
    await expect(loadTopicsConfig(dir)).rejects.toThrow(
      `${join(dir, "topics.json")}: cannot read topics config (ENOENT)`,
    );
    writeFileSync(join(dir, "topics.json"), "{ not json");
    await expect(loadTopicsConfig(dir)).rejects.toThrow(/topics\.json: invalid JSON/);
  });
});
