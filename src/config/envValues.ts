import { UserError } from "../errors.js";

/**
 * Reads one environment variable, trimmed; null when unset or blank. Made once at start-up from
 * the process environment and handed to each settings reader, so nothing else reads `process.env`.
 */
export type EnvReader = (name: string) => string | null;

export function envReader(env: NodeJS.ProcessEnv): EnvReader {
  return (name) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === "" ? null : raw;
  };
}

export function readNumber(
  name: string,
  raw: string | null,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max)
    throw invalid(name, `a number from ${min} to ${max}`, raw);
  return n;
}

export function readInteger(
  name: string,
  raw: string | null,
  fallback: number,
  min: number,
  max: number,
): number {
  const n = readNumber(name, raw, fallback, min, max);
  if (!Number.isInteger(n)) throw invalid(name, `a whole number from ${min} to ${max}`, raw ?? "");
  return n;
}

export function missing(name: string, why: string): UserError {
  return new UserError("CONFIG_INVALID", `${name} is not set — ${why}`);
}

/** Names the variable and what was expected; shows the value only when it is not a secret. */
export function invalid(name: string, expected: string, shown?: string): UserError {
  const found = shown === undefined ? "" : `, found '${shown}'`;
  return new UserError("CONFIG_INVALID", `${name} is malformed: expected ${expected}${found}`);
}
