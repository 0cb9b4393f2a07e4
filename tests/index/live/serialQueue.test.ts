import { describe, expect, it } from "vitest";
import { SerialQueue } from "../../../src/index/live/serialQueue.js";

/** A promise the test settles by hand, so the order of events does not depend on timers. */
function deferred<T = void>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every promise callback queued so far run. */
const settle = () => new Promise<void>((done) => setImmediate(done));

describe("SerialQueue", () => {
  it("starts a task only when the one handed in before it has finished, in the order handed in", async () => {
    const queue = new SerialQueue();
    const events: string[] = [];
    const gates = [deferred(), deferred(), deferred()];
    const results = gates.map((gate, i) =>
      queue.run(async () => {
        events.push(`start ${i}`);
        await gate.promise;
        events.push(`end ${i}`);
        return i * 10;
      }),
    );
    await settle();
    expect(events).toEqual(["start 0"]);
    // The last task's gate opening first changes nothing: it has not started.
    gates[2]?.resolve();
    await settle();
    expect(events).toEqual(["start 0"]);
    gates[0]?.resolve();
    await settle();
    expect(events).toEqual(["start 0", "end 0", "start 1"]);
    gates[1]?.resolve();
    expect(await Promise.all(results)).toEqual([0, 10, 20]);
    expect(events).toEqual(["start 0", "end 0", "start 1", "end 1", "start 2", "end 2"]);
  });

  it("rejects only the failing task's promise, and runs the next task after it", async () => {
    const queue = new SerialQueue();
    const events: string[] = [];
    const failing = queue.run(async () => {
      events.push("failing");
      throw new Error("update failed");
    });
    const next = queue.run(async () => {
      events.push("next");
      return "ok";
    });
    await expect(failing).rejects.toThrow("update failed");
    expect(await next).toBe("ok");
    expect(events).toEqual(["failing", "next"]);
  });

  it("lets the queue go on after a task that throws before returning its promise", async () => {
    const queue = new SerialQueue();
    const thrown = queue.run((): Promise<number> => {
      throw new Error("thrown at once");
    });
    await expect(thrown).rejects.toThrow("thrown at once");
    expect(await queue.run(async () => 7)).toBe(7);
  });

  it("keeps the place of a task handed in while another waits, even after the first fails", async () => {
    const queue = new SerialQueue();
    const gate = deferred();
    const events: string[] = [];
    const first = queue.run(async () => {
      await gate.promise;
      events.push("first");
      throw new Error("first failed");
    });
    const second = queue.run(async () => {
      events.push("second");
    });
    const third = queue.run(async () => {
      events.push("third");
    });
    gate.resolve();
    await expect(first).rejects.toThrow("first failed");
    await Promise.all([second, third]);
    expect(events).toEqual(["first", "second", "third"]);
  });

  it("runs tasks of separate queues independently", async () => {
    const one = new SerialQueue();
    const two = new SerialQueue();
    const gate = deferred();
    const blocked = one.run(() => gate.promise);
    expect(await two.run(async () => "free")).toBe("free");
    gate.resolve();
    await blocked;
  });
});
