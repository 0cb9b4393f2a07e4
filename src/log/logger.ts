import { terminalJson, terminalLine } from "../text/terminalText.js";

export type LogLevel = "debug" | "info" | "warn" | "error";

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
/** Field names whose values are never written, whatever they hold. */
const SECRET_FIELD = /token|secret|authorization|password/i;

export interface LoggerOptions {
  readonly level: LogLevel;
  /** JSON lines for machines, or readable lines for a terminal. */
  readonly format: "json" | "pretty";
  readonly write: (line: string) => void;
  readonly now: () => Date;
}

/**
 * Structured logs: one JSON object per line when not on a TTY (time, level, msg and fields),
 * readable `12:00:01 INFO msg key=value` in a terminal, control characters escaped in both. Fields named like secrets are redacted,
 * and errors are reduced to name, message and code (no request bodies that could hold tokens).
 */
export function createLogger(options: LoggerOptions): Logger {
  const log = (level: LogLevel, message: string, fields: LogFields = {}): void => {
    if (ORDER[level] < ORDER[options.level]) return;
    const clean = sanitize(fields);
    const time = options.now().toISOString();
    if (options.format === "json") {
      options.write(`${terminalJson(JSON.stringify({ time, level, msg: message, ...clean }))}\n`);
    } else {
      const extras = Object.entries(clean)
        .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
        .join(" ");
      // One line per entry, whatever a message or a value holds.
      const line = `${time.slice(11, 19)} ${level.toUpperCase().padEnd(5)} ${message}${extras ? ` ${extras}` : ""}`;
      options.write(`${terminalLine(line)}\n`);
    }
  };
  return {
    debug: (m, f) => log("debug", m, f),
    info: (m, f) => log("info", m, f),
    warn: (m, f) => log("warn", m, f),
    error: (m, f) => log("error", m, f),
  };
}

function sanitize(fields: LogFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (SECRET_FIELD.test(key)) out[key] = "[redacted]";
    else if (value instanceof Error) {
      const code = (value as { code?: unknown }).code;
      out[key] = {
        name: value.name,
        message: value.message,
        ...(code === undefined ? {} : { code }),
      };
    } else out[key] = value;
  }
  return out;
}

/** A logger that drops everything (tests, and the one-shot CLI commands). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
