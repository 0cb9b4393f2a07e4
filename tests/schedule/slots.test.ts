import { describe, expect, it } from "vitest";
import { isValidTimezone, parseTime } from "../../src/config/localTime.js";
import { nextSlot, previousSlot } from "../../src/schedule/slots.js";

const eight = { hour: 8, minute: 0 };

function slotsFrom(start: string, n: number, time = eight, zone = "Europe/Paris"): string[] {
  const out: string[] = [];
  let at = new Date(start);
  for (let i = 0; i < n; i++) {
    at = nextSlot(at, time, zone);
    out.push(at.toISOString());
  }
  return out;
}

describe("daily slots in a timezone", () => {
  it("fires at 08:00 Paris time across the spring DST change (07:00Z then 06:00Z)", () => {
    expect(slotsFrom("2026-03-27T12:00:00Z", 4)).toEqual([
      "2026-03-28T07:00:00.000Z",
      "2026-03-29T06:00:00.000Z",
      "2026-03-30T06:00:00.000Z",
      "2026-03-31T06:00:00.000Z",
    ]);
  });

  it("fires at 08:00 Paris time across the autumn DST change (06:00Z then 07:00Z)", () => {
    expect(slotsFrom("2026-10-24T12:00:00Z", 3)).toEqual([
      "2026-10-25T07:00:00.000Z",
      "2026-10-26T07:00:00.000Z",
      "2026-10-27T07:00:00.000Z",
    ]);
    expect(slotsFrom("2026-10-23T12:00:00Z", 1)).toEqual(["2026-10-24T06:00:00.000Z"]);
  });

  it("handles times inside the DST gap and overlap, and other zones", () => {
    // 02:30 does not exist in Paris on 2026-03-29: it runs at 03:30 CEST (01:30Z).
    expect(slotsFrom("2026-03-28T12:00:00Z", 1, { hour: 2, minute: 30 })).toEqual([
      "2026-03-29T01:30:00.000Z",
    ]);
    // 02:30 happens twice on 2026-10-25: the first one (00:30Z).
    expect(slotsFrom("2026-10-24T12:00:00Z", 1, { hour: 2, minute: 30 })).toEqual([
      "2026-10-25T00:30:00.000Z",
    ]);
    // New York: 08:00 EST (13:00Z), then 08:00 EDT (12:00Z) after 2026-03-08.
    expect(slotsFrom("2026-03-07T12:00:00Z", 2, eight, "America/New_York")).toEqual([
      "2026-03-07T13:00:00.000Z",
      "2026-03-08T12:00:00.000Z",
    ]);
    expect(slotsFrom("2026-01-01T00:00:00Z", 1, { hour: 0, minute: 0 }, "UTC")).toEqual([
      "2026-01-02T00:00:00.000Z",
    ]);
  });

  it("finds the last slot before a moment (catch-up after downtime)", () => {
    expect(
      previousSlot(new Date("2026-03-29T06:30:00Z"), eight, "Europe/Paris").toISOString(),
    ).toBe("2026-03-29T06:00:00.000Z");
    expect(
      previousSlot(new Date("2026-03-29T05:59:00Z"), eight, "Europe/Paris").toISOString(),
    ).toBe("2026-03-28T07:00:00.000Z");
  });

  it("parses 24-hour times and knows valid zones", () => {
    expect(parseTime("08:00")).toEqual({ hour: 8, minute: 0 });
    expect(parseTime("7:05")).toEqual({ hour: 7, minute: 5 });
    expect(parseTime("24:00")).toBeNull();
    expect(parseTime("8h")).toBeNull();
    expect(isValidTimezone("Europe/Paris")).toBe(true);
    expect(isValidTimezone("Mars/Olympus")).toBe(false);
  });
});

describe("node-cron agrees with the slot computation", () => {
  it.each(["Europe/Paris", "America/New_York", "Asia/Kolkata", "UTC"])(
    "next 08:00 in %s",
    async (zone) => {
      const cron = (await import("node-cron")).default;
      const task = cron.schedule("0 8 * * *", () => {}, { timezone: zone });
      try {
        const now = new Date();
        expect(task.getNextRun()?.toISOString()).toBe(
          nextSlot(now, { hour: 8, minute: 0 }, zone).toISOString(),
        );
      } finally {
        await task.destroy();
      }
    },
  );
});
