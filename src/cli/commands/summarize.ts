import { readFile } from "node:fs/promises";
import { documentQuoteSpeakers } from "../../../briefings/documentQuoteSpeakers.js";
import { type DocumentInput, summarizeDocument } from "../../../briefings/summarizeDocument.js";
import { decodeBytes } from "../../corpus/read/decodeBytes.js";
import { describeValue, jsonErrorMessage } from "../../corpus/read/describeValue.js";
import { UserError } from "../../errors.js";
import type { ArticleBudget } from "../../summarize/summarizeArticle.js";
import {
  ARTICLE_SUMMARY_SETTINGS,
  DEFAULT_ARTICLE_BUDGET,
} from "../../summarize/summarizeArticle.js";
import { terminalJson, terminalLine, terminalText } from "../../text/terminalText.js";
import type { CliCommandSpec, CliContext } from "../cliCommand.js";

const HELP = `Usage: briefbot summarize <file|-> [--words n] [--sentences n] [--json]
       briefbot summarize <file.jsonl|-> --jsonl

Summarizes one article (a text file, or standard input with -): its most informative sentences,
as extracted by the same summarizer as the briefings, trimmed of attribution tails; a quote is
always shown with its speaker.

  --words <n>       target length in words (default ${DEFAULT_ARTICLE_BUDGET.maxWords})
  --sentences <n>   at most n sentences (default ${DEFAULT_ARTICLE_BUDGET.maxSentences})
  --json            print {"id", "summary", "sentences"}
  --jsonl           read one article per line, {"id", "text", "title"?}, and write one
                    {"id", "summary", "sentences"} line per article; a bad line is reported on
                    stderr with its number and the others are still summarized (exit 1)

Exit codes: 0 ok, 1 unreadable or empty input, 2 bad command line.`;

const MAX_WORDS = 1000;
const MAX_SENTENCES = 50;

export const summarizeCli: CliCommandSpec = {
  name: "summarize",
  synopsis: "summarize <file|->",
  summary: "summarize one article (or a JSONL dump with --jsonl)",
  help: HELP,
  options: { words: { type: "string" }, sentences: { type: "string" }, jsonl: { type: "boolean" } },
  async run(context) {
    const { args } = context;
    for (const [flag, value] of [
      ["--limit", args.limit],
      ["--corpus", args.corpus],
      ["--config", args.config],
    ] as const) {
      if (value !== null) {
        throw new UserError("BAD_ARGUMENT", `summarize takes no ${flag} (see --sentences)`, 2);
      }
    }
    const [source, ...extra] = args.positionals;
    if (source === undefined || extra.length > 0) {
      const found = source === undefined ? "none" : `'${args.positionals.join(" ")}'`;
      throw new UserError(
        "BAD_ARGUMENT",
        `summarize needs one file, or - for standard input; found ${found}`,
        2,
      );
    }
    const budget: ArticleBudget = {
      maxWords: countOption(
        "words",
        args.options.words,
        DEFAULT_ARTICLE_BUDGET.maxWords,
        MAX_WORDS,
      ),
      maxSentences: countOption(
        "sentences",
        args.options.sentences,
        DEFAULT_ARTICLE_BUDGET.maxSentences,
        MAX_SENTENCES,
      ),
    };
    const text = await readSource(context, source);
    return args.options.jsonl === true
      ? summarizeLines(context, source, text, budget)
      : summarizeOne(context, source, text, budget);
  },
};

/** A --words/--sentences value: a whole number from 1 to `max`; usage error (exit 2) otherwise. */
function countOption(
  name: string,
  value: string | boolean | undefined,
  fallback: number | null,
  max: number,
): number {
  if (value === undefined) return fallback ?? max;
  const text = String(value).trim();
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > max) {
    throw new UserError(
      "BAD_ARGUMENT",
      `--${name} must be a whole number from 1 to ${max}, not '${String(value)}'`,
      2,
    );
  }
  return Number(text);
}

/** The text of a file or of standard input; an unreadable file is an input error (exit 1). */
async function readSource({ io, resolvePath }: CliContext, source: string): Promise<string> {
  if (source === "-") {
    if (!io.readStdin) {
      throw new UserError("BAD_ARGUMENT", "standard input is not available here", 2);
    }
    return io.readStdin();
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolvePath(source));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a folder, not a file"
          : code === "EACCES"
            ? "permission denied"
            : (error as Error).message;
    throw new UserError("BAD_INPUT", `cannot read ${source}: ${reason}`, 1);
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new UserError("BAD_INPUT", `cannot read ${source}: ${decoded.reason}`);
  return decoded.text;
}

/** One output record, the same for --json and each --jsonl line. */
function outputRecord(id: string, sentences: readonly string[]) {
  return { id, summary: sentences.join(" "), sentences };
}

function summarizeOne(
  { io, args }: CliContext,
  source: string,
  text: string,
  budget: ArticleBudget,
): number {
  const id = source === "-" ? "stdin" : source;
  const result = summarizeDocument(
    { id, text },
    budget,
    ARTICLE_SUMMARY_SETTINGS,
    documentQuoteSpeakers,
  );
  if (!result.ok)
    throw new UserError("BAD_INPUT", `nothing to summarize in ${source}: ${result.reason}`);
  const sentences = result.summary.sentences.map((s) => s.text);
  io.stdout(
    args.json
      ? `${terminalJson(JSON.stringify(outputRecord(id, sentences), null, 2))}\n`
      : `${terminalText(sentences.join(" "))}\n`,
  );
  return 0;
}

/** Summarizes each line; bad lines go to stderr with their number and make the exit code 1. */
function summarizeLines(
  { io }: CliContext,
  source: string,
  text: string,
  budget: ArticleBudget,
): number {
  let failures = 0;
  for (const [index, line] of text.split("\n").entries()) {
    if (line.trim() === "") continue;
    const request = parseRequest(line);
    const result = request.ok
      ? summarizeDocument(request.input, budget, ARTICLE_SUMMARY_SETTINGS, documentQuoteSpeakers)
      : request;
    if (!result.ok) {
      failures++;
      io.stderr(
        `briefbot: ${terminalLine(`${source === "-" ? "stdin" : source}:${index + 1}: ${result.reason}`)}, skipped\n`,
      );
      continue;
    }
    const sentences = result.summary.sentences.map((s) => s.text);
    const record = outputRecord(request.ok ? request.input.id : "", sentences);
    io.stdout(`${terminalJson(JSON.stringify(record))}\n`);
  }
  return failures === 0 ? 0 : 1;
}

type ParsedRequest =
  | { readonly ok: true; readonly input: DocumentInput }
  | { readonly ok: false; readonly reason: string };

/** One JSONL line: an object with string "id" and "text", and optionally a string "title". */
export function parseRequest(line: string): ParsedRequest {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, reason: `invalid JSON (${jsonErrorMessage(error)})` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, reason: `expected an object, found ${describeValue(value)}` };
  }
  const { id, text, title } = value as Record<string, unknown>;
  if (typeof id !== "string" || id.trim() === "") {
    return { ok: false, reason: `expected "id" to be a string, found ${describeValue(id)}` };
  }
  if (typeof text !== "string") {
    return { ok: false, reason: `expected "text" to be a string, found ${describeValue(text)}` };
  }
  if (title !== undefined && typeof title !== "string") {
    return { ok: false, reason: `expected "title" to be a string, found ${describeValue(title)}` };
  }
  return {
    ok: true,
    input: { id, text, ...(title === undefined ? {} : { title }) },
  };
}
