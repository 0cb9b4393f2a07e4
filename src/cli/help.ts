import type { CliCommandSpec } from "./cliCommand.js";

/** Help texts: `briefbot --help` and `briefbot <command> --help`, generated from the registry. */
export const GLOBAL_OPTIONS = `Global options (every command):
  --corpus <dir>   folder of articles (.txt .md .html .json .jsonl); default: the bundled corpus
  --config <dir>   folder with topics.json; default: the bundled config
  --json           print machine-readable JSON (documented in README.md)
  --limit <n>      number of sentences (brief: 1-20, digest: per topic 1-10)
  -h, --help       show help`;

export function mainHelp(commands: readonly CliCommandSpec[]): string {
  const lines = commands.map((c) => `  ${c.synopsis.padEnd(22)} ${c.summary}`);
  return `briefbot — per-topic news briefings with citations

Usage: briefbot <command> [options]

Commands:
${lines.join("\n")}
  ${"help [command]".padEnd(22)} show help

${GLOBAL_OPTIONS}

Exit codes: 0 ok, 1 corpus or config problem, 2 bad command line or unknown topic, 70 internal error.`;
}
