import { parseArgs } from "node:util";
import { UserError } from "../errors.js";

/** Options of one command beyond the global ones (parsed with node:util parseArgs). */
export type CliOptionSpec = Readonly<Record<string, { readonly type: "string" | "boolean" }>>;

export interface CliArgs {
  readonly command: string | null;
  readonly positionals: readonly string[];
  readonly json: boolean;
  readonly help: boolean;
  readonly corpus: string | null;
  readonly config: string | null;
  readonly limit: number | null;
  /** Command-specific options, by name (string values, or true for flags). */
  readonly options: Readonly<Record<string, string | boolean>>;
}

const GLOBAL: CliOptionSpec = {
  json: { type: "boolean" },
  help: { type: "boolean" },
  corpus: { type: "string" },
  config: { type: "string" },
  limit: { type: "string" },
};

/**
 * Parses the command line; global options may appear anywhere. `commandOptions` lists each
 * command's own options: one used with another command is an error naming both.
 * Throws a usage `UserError` (exit code 2).
 */
export function parseCli(
  argv: readonly string[],
  commandOptions: Readonly<Record<string, CliOptionSpec>> = {},
): CliArgs {
  const extra: Record<string, { type: "string" | "boolean" }> = {};
  for (const spec of Object.values(commandOptions)) Object.assign(extra, spec);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv, { ...extra, ...GLOBAL });
  } catch (error) {
    // Node's messages go on to explain "--" for positionals; the first sentence is the point.
    const first = (error as Error).message.split(/\.(?:\s|$)/)[0] ?? "invalid command line";
    const message = `${first.charAt(0).toLowerCase()}${first.slice(1)}`;
    throw new UserError("BAD_ARGUMENT", `${message} (see briefbot --help)`, 2);
  }
  const { positionals } = parsed;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const command = positionals[0] ?? null;
  const options: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(values)) {
    if (name in GLOBAL || value === undefined) continue;
    if (command === null || !(name in (commandOptions[command] ?? {}))) {
      const where = command ?? "briefbot";
      throw new UserError(
        "BAD_ARGUMENT",
        `--${name} is not an option of ${where} (see briefbot --help)`,
        2,
      );
    }
    options[name] = value as string | boolean;
  }
  return {
    command,
    positionals: positionals.slice(1),
    json: values.json === true,
    help: values.help === true,
    corpus: nonEmpty("--corpus", values.corpus as string | undefined),
    config: nonEmpty("--config", values.config as string | undefined),
    limit: values.limit === undefined ? null : parseLimit(values.limit as string),
    options,
  };
}

function parse(
  argv: readonly string[],
  options: Record<string, { type: "string" | "boolean"; short?: string }>,
) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { ...options, help: { type: "boolean", short: "h" } },
  });
}

function nonEmpty(flag: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  if (value.trim() === "") throw new UserError("BAD_ARGUMENT", `${flag} needs a folder path`, 2);
  return value;
}

function parseLimit(value: string): number {
  if (!/^\d+$/.test(value.trim())) {
    throw new UserError(
      "BAD_ARGUMENT",
      `--limit must be a positive whole number, not '${value}'`,
      2,
    );
  }
  return Number(value);
}
