import { describe, expect, it } from "vitest";
import { coverageFooter, dateSpan } from "../../src/present/coverage.js";

describe("the dates a reply covers", () => {
  it("names the range of the dated sources and counts the undated ones", () => {
    expect(dateSpan({ from: "2022-01-12", to: "2022-01-21", undated: 1 })).toBe(
      "2022-01-12 to 2022-01-21, 1 undated",
    );
    expect(coverageFooter({ from: "2022-01-12", to: "2022-01-21", undated: 2 }, 5)).toBe(
      "5 sources · covering 2022-01-12 to 2022-01-21, 2 undated",
    );
  });

  it("shows one date once and says 'undated' when no source has a date", () => {
    expect(dateSpan({ from: "2022-01-12", to: "2022-01-12", undated: 0 })).toBe("2022-01-12");
    expect(dateSpan({ from: null, to: null, undated: 3 })).toBe("undated");
    expect(coverageFooter({ from: null, to: null, undated: 3 }, 3)).toBe(
      "3 sources · undated sources",
    );
  });
});
