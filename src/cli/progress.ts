/** Reports how far a long job is: a bar redrawn in place on a terminal, else a line now and then. */
export interface ProgressReporter {
  update(done: number, total: number): void;
  /** Clears the bar (on a terminal) so that what follows starts on a clean line. */
  finish(): void;
}

export interface ProgressOptions {
  readonly write: (text: string) => void;
  /** A terminal gets a bar redrawn with "\r"; anything else a line every `every` files. */
  readonly tty: boolean;
  readonly label: string;
  readonly every?: number;
  /** Milliseconds clock, for the rate. */
  readonly now?: () => number;
}

const BAR_WIDTH = 30;
const MIN_TOTAL = 50;

export function progressReporter(options: ProgressOptions): ProgressReporter {
  const every = options.every ?? 500;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let lastLine = 0;
  let drawn = false;
  const rate = (done: number) => {
    const seconds = (now() - started) / 1000;
    return seconds > 0 ? `${Math.round(done / seconds).toLocaleString("en-US")} files/s` : "";
  };
  return {
    update(done, total) {
      // A short job is over before progress would mean anything.
      if (total < MIN_TOTAL) return;
      if (options.tty) {
        const filled = Math.round((BAR_WIDTH * done) / total);
        const bar = `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}`;
        const percent = Math.floor((100 * done) / total);
        options.write(`\r${options.label} ${bar} ${percent}% ${done}/${total} ${rate(done)}  `);
        drawn = true;
      } else if (done - lastLine >= every || (done === total && lastLine !== total)) {
        lastLine = done;
        options.write(`${options.label}: ${done}/${total} files (${rate(done)})\n`);
      }
    },
    finish() {
      if (drawn) options.write("\r\x1b[2K");
      drawn = false;
    },
  };
}
