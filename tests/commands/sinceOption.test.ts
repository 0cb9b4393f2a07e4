import { describe, expect, it } from "vitest";
import { brief } from "../../commands/brief.js";
import { digest } from "../../commands/digest.js";
import { official } from "../../commands/official.js";
import { officials } from "../../commands/officials.js";
import { parseInput } from "../../commands/parseInput.js";
import { parseSince, SINCE_OPTION, sinceCutoff } from "../../commands/sinceOption.js";

const NOW = new Date("2022-01-22T09:30:00Z");
const EXPECTED = "--since takes 24h, 7d or a date like 2022-01-07";

describe("--since", () => {
  it.each([
    ["24h", { kind: "span", hours: 24 }, "2022-01-21"],
    ["12h", { kind: "span", hours: 12 }, "2022-01-21"],
    ["7d", { kind: "span", hours: 168 }, "2022-01-15"],
    ["2w", { kind: "span", hours: 336 }, "2022-01-08"],
    [" 7D ", { kind: "span", hours: 168 }, "2022-01-15"],
    ["2022-01-07", { kind: "date", date: "2022-01-07" }, "2022-01-07"],
  ])("%s is %o, from %s with the clock at 2022-01-22 09:30 UTC", (text, since, cutoff) => {
    const parsed = parseSince(text);
    expect(parsed).toEqual(since);
    if (parsed) expect(sinceCutoff(parsed, NOW)).toBe(cutoff);
  });

  it("counts a span back from the clock it is given, to the day the span starts in", () => {
    const span = parseSince("12h");
    if (!span) throw new Error("12h did not parse");
    expect(sinceCutoff(span, new Date("2022-01-22T11:59:00Z"))).toBe("2022-01-21");
    expect(sinceCutoff(span, new Date("2022-01-22T12:00:00Z"))).toBe("2022-01-22");
  });

  it.each([
    "",
    "yesterday",
    "24",
    "h",
    "0h",
    "-3d",
    "7 days",
    "3x",
    "2022-02-30",
    "07/01/2022",
    "2022-1-7",
  ])("'%s' is refused with '--since takes 24h, 7d or a date like 2022-01-07'", (text) => {
    expect(parseSince(text)).toBeNull();
    if (text.trim() === "") return;
    expect(parseInput("brief", brief.definition.options, { topic: "nato", since: text })).toEqual({
      ok: false,
      message: EXPECTED,
    });
  });

  it("is parsed once, by the shared option definition, into a typed value", () => {
    expect(parseInput("brief", brief.definition.options, { topic: "nato", since: "7d" })).toEqual({
      ok: true,
      input: { topic: "nato", since: { kind: "span", hours: 168 } },
    });
  });

  it("is the same option on brief, digest, official and officials", () => {
    for (const command of [brief, digest, official, officials]) {
      expect(command.definition.options).toContain(SINCE_OPTION);
    }
  });
});
