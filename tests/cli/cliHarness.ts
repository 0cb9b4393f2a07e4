import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type CliIo, runCli } from "../../src/cli/run.js";

/** The repository root: the folder holding package.json, corpus/ and config/. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The fixed clock of every in-process run. */
export const NOW = "2026-01-15T08:00:00.000Z";

/** The topic ids of config/topics.json, in file order. */
export const CONFIG_TOPIC_IDS = ["nato-unity", "geneva-talks", "iran-talks", "uk-statements"];

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Standard input; without it the run has no `readStdin`. */
  readonly stdin?: string;
  /** Standard input as lines, for interactive commands (`chat`). */
  readonly lines?: readonly string[];
  /** Aborting it is SIGINT/SIGTERM for long-running commands (`serve`). */
  readonly shutdown?: AbortSignal;
  /** Whether stdout and stderr count as terminals. */
  readonly tty?: boolean;
  /** Columns of stdout as a terminal (`CliIo.stdoutColumns`). */
  readonly columns?: number;
  /** Sees stderr as it is written (to wait for a log line of a running command). */
  readonly onStderr?: (text: string) => void;
  /** Stands for the process's unhandled-error events (`CliIo.onFault`). */
  readonly onFault?: CliIo["onFault"];
  /** What live sources fetch with (`CliIo.fetcher`). */
  readonly fetcher?: CliIo["fetcher"];
}

/**
 * The data folder in-process runs use unless a test sets BRIEFBOT_DATA_DIR: one per test process,
 * so saved indexes of temporary corpora do not pile up in the repository's data/.
 */
const DATA_DIR = mkdtempSync(join(tmpdir(), "briefbot-cli-data-"));

/**
 * Runs `briefbot <argv>` in process with captured output, the fixed clock and no environment
 * but a private BRIEFBOT_DATA_DIR.
 */
export async function cli(argv: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
      options.onStderr?.(text);
    },
    ...(options.stdin === undefined ? {} : { readStdin: async () => options.stdin ?? "" }),
    ...(options.lines === undefined
      ? {}
      : {
          stdinLines: async function* () {
            yield* options.lines ?? [];
          },
        }),
    ...(options.shutdown === undefined ? {} : { shutdown: options.shutdown }),
    ...(options.tty ? { stdoutIsTTY: true, stderrIsTTY: true } : {}),
    ...(options.columns === undefined ? {} : { stdoutColumns: options.columns }),
    ...(options.onFault ? { onFault: options.onFault } : {}),
    ...(options.fetcher ? { fetcher: options.fetcher } : {}),
    env: { BRIEFBOT_DATA_DIR: DATA_DIR, ...options.env },
    now: () => new Date(NOW),
    cwd: options.cwd ?? REPO_ROOT,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** Runs a command that must succeed silently and parses its `--json` output. */
export async function cliJson<T>(argv: readonly string[], options: RunOptions = {}): Promise<T> {
  const result = await cli([...argv, "--json"], options);
  if (result.code !== 0 || result.stderr !== "") {
    throw new Error(
      `briefbot ${argv.join(" ")} --json exited ${result.code} with stderr:\n${result.stderr}`,
    );
  }
  return JSON.parse(result.stdout) as T;
}

const created: string[] = [];

/** A fresh folder in the system temp dir holding `files` (relative path → content). */
export function makeTempDir(files: Readonly<Record<string, string | Uint8Array>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-cli-"));
  created.push(dir);
  for (const [file, content] of Object.entries(files)) {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

/** Removes every folder made by {@link makeTempDir} so far; call it in `afterEach`. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
