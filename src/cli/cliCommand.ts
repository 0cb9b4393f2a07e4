import type { CommandDeps, CommandInput } from "../../commands/types.js";
import type { AppConfig } from "../app.js";
import type { CorpusIndex } from "../index/corpusIndex.js";
import type { LiveCorpus } from "../index/liveCorpus.js";
import type { SourcesFetcher } from "../sources/types.js";
import type { CliArgs, CliOptionSpec } from "./parseCli.js";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whole standard input, for commands that read `-` (only called when needed). */
  readonly readStdin?: () => Promise<string>;
  /** Standard input line by line, for interactive commands (`briefbot chat`). */
  readonly stdinLines?: () => AsyncIterable<string>;
  /** Aborted on SIGINT/SIGTERM: long-running commands (`serve`) shut down cleanly. */
  readonly shutdown?: AbortSignal;
  /** Whether stderr is a terminal (readable logs) or not (JSON lines). */
  readonly stderrIsTTY?: boolean;
  /** Whether stdout is a terminal (progress bars) or not (a progress line every so often). */
  readonly stdoutIsTTY?: boolean;
  /** Columns of stdout when it is a terminal (the local chat wraps at it unless COLUMNS is set). */
  readonly stdoutColumns?: number;
  readonly env: NodeJS.ProcessEnv;
  readonly now: () => Date;
  /** What live sources fetch feeds and pages with; the real one unless a test stands in. */
  readonly fetcher?: SourcesFetcher;
  readonly cwd: string;
  /**
   * Listens for errors no handler caught (a rejected promise nobody awaited, an exception thrown
   * from a callback); returns what stops listening. Long-running commands log them: a rejection
   * is then survived, an exception still ends the process once logged (its state is unknown).
   */
  readonly onFault?: (listener: (fault: ProcessFault) => void) => () => void;
}

export interface ProcessFault {
  readonly kind: "unhandled rejection" | "uncaught exception";
  readonly error: unknown;
}

/** What a CLI command gets: parsed arguments, I/O, environment, and lazy access to the engine. */
export interface CliContext {
  readonly args: CliArgs;
  readonly io: CliIo;
  /** The validated config: the environment and each adapter's settings. */
  readonly environment: AppConfig;
  /** Absolute path of the corpus folder (--corpus, or the bundled one). */
  readonly corpusDir: string;
  /** Absolute path of the config folder (--config, or the bundled one). */
  readonly configDir: string;
  /** Absolute path of the data folder: BRIEFBOT_DATA_DIR, or `defaultDataDir`'s choice. */
  readonly dataDir: string;
  /** Loads the corpus and config named by --corpus/--config (warnings go to stderr). */
  loadIndex(): Promise<CorpusIndex>;
  /**
   * The same, as a corpus that can be updated (ingest, watch), from and to the saved index in the
   * data folder. Loaded once per invocation; `onProgress` reports the files being analysed.
   */
  loadLiveCorpus(onProgress?: (done: number, total: number) => void): Promise<LiveCorpus>;
  /**
   * Runs a platform-neutral command from `commands/` and prints its reply; returns the exit code.
   * `extra`: the place and subscriptions, for the subscription commands run from the CLI.
   */
  runCommand(
    name: string,
    input: CommandInput,
    extra?: Pick<CommandDeps, "place" | "subscriptions" | "sources">,
  ): Promise<number>;
  /** Absolute path of a path given on the command line. */
  resolvePath(path: string): string;
}

export interface CliCommandSpec {
  readonly name: string;
  /** One line for `briefbot --help`: "brief <topic>    briefing on one topic". */
  readonly synopsis: string;
  readonly summary: string;
  /** Full text for `briefbot <command> --help`. */
  readonly help: string;
  readonly options?: CliOptionSpec;
  /**
   * Whether, with a shared saved index (DATABASE_URL), this command may lead it: read its corpus
   * folder into it (serve, ingest, poll). The others only read what is saved.
   */
  readonly leadsSharedIndex?: boolean;
  run(context: CliContext): Promise<number>;
}
