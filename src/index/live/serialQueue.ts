/**
 * Runs asynchronous tasks one at a time, in the order they were handed in: a task starts when
 * every task before it has settled. A task that fails rejects only its own promise; the next one
 * still runs. A task's place is taken when `run` is called, before it awaits anything, so two
 * calls made in one tick keep their order.
 *
 * Kept here rather than taken from a package (async-mutex, p-queue): this is all the corpus
 * needs, and a dependency for twenty lines would add an install and an upgrade path.
 */
export class SerialQueue {
  /** Settles when the last task handed in is done (never rejects). */
  private tail: Promise<void> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release = () => {};
    this.tail = new Promise<void>((done) => {
      release = done;
    });
    return (async () => {
      await previous;
      try {
        return await task();
      } finally {
        release();
      }
    })();
  }
}
