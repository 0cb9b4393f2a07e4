import { parseArgs } from "node:util";
import { UserError } from "../errors.js";

export interface CliArgs {
  readonly command: string | null;
  readonly positionals: readonly string[];
  readonly json: boolean;
  readonly help: boolean;
  readonly corpus: string | null;
  readonly config: string | null;
  readonly limit: number | null;
}

/** Parses the command line; global options may appear anywhere. Throws a usage `UserError`. */
export function parseCli(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // Node's messages go on to explain "--" for positionals; the first sentence is the point.
    const first = (error as Error).message.split(/\.(?:\s|$)/)[0] ?? "invalid command line";
    const message = `${first.charAt(0).toLowerCase()}${first.slice(1)}`;
    throw new UserError("BAD_ARGUMENT", `${message} (see briefbot --help)`, 2);
  }
  const { values, positionals } = parsed;
  return {
    command: positionals[0] ?? null,
    positionals: positionals.slice(1),
    json: values.json === true,
    help: values.help === true,
    corpus: nonEmpty("--corpus", values.corpus),
    config: nonEmpty("--config", values.config),
    limit: values.limit === undefined ? null : parseLimit(values.limit),
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      corpus: { type: "string" },
      config: { type: "string" },
      limit: { type: "string" },
    },
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
