import { describe, expect, it } from "vitest";
import { UserError } from "../../../src/errors.js";
import type { UpdateReport } from "../../../src/index/live/updateReport.js";
import { blameWarmState, openWithWarmFallback } from "../../../src/index/live/warmFallback.js";

const REPORT: UpdateReport = {
  added: 3,
  changed: 0,
  removed: 0,
  unchanged: 0,
  articles: 3,
  version: "v1",
  snapshotProblem: null,
};

describe("opening again without the saved work", () => {
  it("opens once, with the saved work, when the index builds on it", async () => {
    const tries: boolean[] = [];
    const opened = await openWithWarmFallback(async (useWarm) => {
      tries.push(useWarm);
      return { report: REPORT };
    });
    expect(tries).toEqual([true]);
    expect(opened.report).toBe(REPORT);
  });

  it("opens again without it when the build on it failed, and says why before any other problem", async () => {
    const tries: boolean[] = [];
    const opened = await openWithWarmFallback(async (useWarm) => {
      tries.push(useWarm);
      if (useWarm) throw blameWarmState(new Error("a sentence without terms"), true);
      return { report: { ...REPORT, snapshotProblem: "saved index unreadable (x), rebuilt" } };
    });
    expect(tries).toEqual([true, false]);
    expect(opened.report.snapshotProblem).toBe(
      "saved work beside the index unusable (a sentence without terms), done again; saved index unreadable (x), rebuilt",
    );
  });

  it("passes on a failure that is not the saved work's, without opening again", async () => {
    const tries: boolean[] = [];
    const empty = new UserError("CORPUS_EMPTY", "no article in the corpus folder");
    const failure = await openWithWarmFallback(async (useWarm) => {
      tries.push(useWarm);
      throw blameWarmState(empty, true);
    }).catch((error: unknown) => error);
    expect(failure).toBe(empty);
    expect(tries).toEqual([true]);
  });

  it("blames the saved work only when it was put back", () => {
    const bug = new Error("worker died");
    expect(blameWarmState(bug, false)).toBe(bug);
    expect(blameWarmState(bug, true)).not.toBe(bug);
  });
});
