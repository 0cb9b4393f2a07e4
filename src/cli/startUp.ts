/** SIGINT or SIGTERM arrived while `serve` was still starting (`unlessShutdown`). */
export class StartUpInterrupted extends Error {
  override readonly name = "StartUpInterrupted";
  constructor(readonly reason: unknown) {
    super("shut down during start-up");
  }
}

/**
 * Waits for one start-up step (loading the corpus, connecting to Slack or Discord) unless the
 * process is asked to stop first: then it rejects with `StartUpInterrupted` at once, and whatever
 * the step still brings is undone (`undo`) when it comes. A connection that keeps retrying
 * (Socket Mode, an unreachable API) would otherwise hold the first SIGTERM until it gave up.
 */
export function unlessShutdown<T>(
  step: Promise<T>,
  signal: AbortSignal | undefined,
  undo: (value: T) => Promise<unknown> = async () => {},
): Promise<T> {
  if (signal === undefined) return step;
  return new Promise<T>((resolve, reject) => {
    const abandon = () => {
      // Undone when it settles; a failure of an abandoned step is nobody's concern now.
      step.then(undo).catch(() => {});
      reject(new StartUpInterrupted(signal.reason));
    };
    if (signal.aborted) {
      abandon();
      return;
    }
    signal.addEventListener("abort", abandon, { once: true });
    step.then(
      (value) => {
        signal.removeEventListener("abort", abandon);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", abandon);
        reject(error);
      },
    );
  });
}
