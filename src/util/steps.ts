/**
 * Work cut into small steps: a generator whose every `yield` is a point where the one running it
 * may let other work run (a serving process answers commands there). Long corpus-wide loops yield
 * once per article or per few hundred sentences, so that no step costs more than a few
 * milliseconds whatever the corpus size; the runner decides how many steps go in one turn.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end at once (a one-shot command: nothing else waits). */
export function runAtOnce<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

export interface TurnOptions {
  /** How long one turn may run before the event loop gets its turn. */
  readonly sliceMs: number;
  /** A monotonic clock in milliseconds. */
  readonly now: () => number;
}

export const SERVING_TURNS: TurnOptions = { sliceMs: 40, now: () => performance.now() };

/**
 * Runs the steps, letting the event loop turn (pending commands, timers, I/O) whenever a turn has
 * run for `sliceMs`: other work waits at most about that long plus one step.
 */
export async function runInTurns<T>(
  steps: Steps<T>,
  options: TurnOptions = SERVING_TURNS,
): Promise<T> {
  let started = options.now();
  let step = steps.next();
  while (!step.done) {
    if (options.now() - started >= options.sliceMs) {
      await nextTurn();
      started = options.now();
    }
    step = steps.next();
  }
  return step.value;
}

/** Resolves once the event loop has turned (after pending I/O callbacks and timers). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
