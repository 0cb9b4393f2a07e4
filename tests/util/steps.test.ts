import { describe, expect, it } from "vitest";
import { runAtOnce, runInTurns, type Steps } from "../../src/util/steps.js";

function* counted(log: string[], steps: number): Steps<number> {
  for (let i = 0; i < steps; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return steps;
}

describe("work in steps", () => {
  it("runs at once to its value", () => {
    const log: string[] = [];
    expect(runAtOnce(counted(log, 3))).toBe(3);
    expect(log).toEqual(["step 0", "step 1", "step 2"]);
  });

  it("lets other work run once a turn has lasted its slice", async () => {
    const log: string[] = [];
    let clock = 0;
    // Every reading of the clock is 1 ms later: the runner reads it once per step and once when
    // a turn starts, so a 3 ms slice is three steps.
    const running = runInTurns(counted(log, 7), { sliceMs: 3, now: () => clock++ });
    // Steps 0–2 ran before runInTurns returned; the other work was handed in after them.
    setImmediate(() => log.push("other work"));
    expect(await running).toBe(7);
    expect(log).toEqual([
      "step 0",
      "step 1",
      "step 2",
      // The runner's own turn came first (it was asked for first), then three more steps.
      "step 3",
      "step 4",
      "step 5",
      "other work",
      "step 6",
    ]);
  });

  it("passes on a step's error and stops there", async () => {
    function* failing(): Steps<void> {
      yield;
      throw new Error("step two failed");
    }
    await expect(runInTurns(failing(), { sliceMs: 0, now: () => 0 })).rejects.toThrow(
      "step two failed",
    );
  });
});
