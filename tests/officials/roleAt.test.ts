import { describe, expect, it } from "vitest";
import type { DatedRole } from "../../src/officials/articleRoles.js";
import { parseOfficialsConfig } from "../../src/officials/officialsConfig.js";
import type { Person } from "../../src/officials/person.js";
import { roleAt } from "../../src/officials/roleAt.js";

const biden: Person = {
  id: "joe-biden",
  name: "Joe Biden",
  aliases: [],
  role: { fr: "président américain", en: "US President" },
  roleDates: { since: "2021-01-20", until: "2025-01-20" },
  roles: ["président américain"],
  gender: "m",
  organisation: null,
  country: "US",
  source: "config",
};
const fromText: DatedRole[] = [
  { articleId: "a-2019", date: "2019-04-25", role: "ancien vice-président" },
  { articleId: "a-2020", date: "2020-10-01", role: "candidat démocrate" },
];

describe("roleAt: the role of the article's time", () => {
  it("takes the role the article itself gives first", () => {
    expect(roleAt(biden, fromText, { articleId: "a-2020", date: "2020-10-01" })).toBe(
      "candidat démocrate",
    );
  });

  it("uses the configured role only within its dates", () => {
    expect(roleAt(biden, fromText, { articleId: "x", date: "2022-02-01" })).toBe(
      "président américain",
    );
    // A 2020 campaign article that gives no role: the closest role the text gave at the time.
    expect(roleAt(biden, fromText, { articleId: "x", date: "2020-09-20" })).toBe(
      "candidat démocrate",
    );
    expect(roleAt(biden, fromText, { articleId: "x", date: "2019-05-01" })).toBe(
      "ancien vice-président",
    );
  });

  it("shows none rather than a configured role out of its dates", () => {
    expect(roleAt(biden, [], { articleId: "x", date: "2019-05-01" })).toBeNull();
    expect(roleAt(biden, [], { date: "2026-01-01" })).toBeNull();
  });

  it("takes the configured role when the date is unknown, and undated roles always", () => {
    expect(roleAt(biden, [], { date: null })).toBe("président américain");
    const undated = { ...biden };
    delete (undated as { roleDates?: unknown }).roleDates;
    expect(roleAt(undated, [], { date: "1990-01-01" })).toBe("président américain");
  });

  it("gives a discovered person the role of the closest article in time", () => {
    const found: Person = { ...biden, source: "discovered", role: { fr: null, en: null } };
    delete (found as { roleDates?: unknown }).roleDates;
    expect(roleAt(found, fromText, { date: "2019-01-01" })).toBe("ancien vice-président");
    expect(roleAt(found, fromText, { date: null })).toBe("candidat démocrate");
    expect(roleAt(found, [], { date: null })).toBeNull();
  });
});

describe("officials config: dated roles", () => {
  const entry = (role: Record<string, string>) => ({
    officials: [{ name: "Jean Dupont", role: { fr: "ministre", en: "minister", ...role } }],
  });

  it("accepts since/until as YYYY-MM-DD", () => {
    const parsed = parseOfficialsConfig(entry({ since: "2020-01-01", until: "2021-06-30" }), "o");
    expect(parsed.officials[0]?.role).toEqual({
      fr: "ministre",
      en: "minister",
      since: "2020-01-01",
      until: "2021-06-30",
    });
  });

  it("rejects a date in another shape and a since after until, naming the field", () => {
    expect(() => parseOfficialsConfig(entry({ since: "01/02/2020" }), "officials.json")).toThrow(
      /^officials\.json: officials\[0\]\.role\.since: expected a date as YYYY-MM-DD/,
    );
    expect(() =>
      parseOfficialsConfig(entry({ since: "2022-01-01", until: "2021-01-01" }), "officials.json"),
    ).toThrow(/'since' must not be after 'until'/);
  });
});
