#!/usr/bin/env node
import { createInterface } from "node:readline";
import { runCli } from "./run.js";

// SIGINT/SIGTERM abort long-running commands, which then close their connections and return.
const shutdown = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => shutdown.abort(signal));
}

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
  stdinLines: () => createInterface({ input: process.stdin, terminal: false }),
  shutdown: shutdown.signal,
  stderrIsTTY: process.stderr.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  ...(process.stdout.isTTY && process.stdout.columns >= 40
    ? { stdoutColumns: process.stdout.columns }
    : {}),
  env: process.env,
  now: () => new Date(),
  cwd: process.cwd(),
  onFault: (listener) => {
    // A rejection handled here is survived; `uncaughtExceptionMonitor` only watches, so an
    // uncaught exception still ends the process, after it was logged.
    const rejection = (error: unknown) => listener({ kind: "unhandled rejection", error });
    const exception = (error: Error) => listener({ kind: "uncaught exception", error });
    process.on("unhandledRejection", rejection);
    process.on("uncaughtExceptionMonitor", exception);
    return () => {
      process.off("unhandledRejection", rejection);
      process.off("uncaughtExceptionMonitor", exception);
    };
  },
});
process.exitCode = code;
// Nothing else should keep the process alive once the command is done.
process.exit(code);
