import { discordError, type Reply } from "./http.js";

export interface FieldError {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

/**
 * Discord's "Invalid Form Body" (code 50035): errors nested by field path, each leaf holding
 * `_errors: [{ code, message }]`, e.g. `{ content: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH", ... }] } }`.
 */
export function invalidFormBody(errors: readonly FieldError[]): Reply {
  const tree: Record<string, unknown> = {};
  for (const error of errors) {
    let node = tree;
    for (const key of error.path) {
      const k = String(key);
      node[k] ??= {};
      node = node[k] as Record<string, unknown>;
    }
    node._errors ??= [];
    (node._errors as { code: string; message: string }[]).push({
      code: error.code,
      message: error.message,
    });
  }
  return discordError(400, 50035, "Invalid Form Body", tree);
}

export function maxLength(path: FieldError["path"], limit: number): FieldError {
  return { path, code: "BASE_TYPE_MAX_LENGTH", message: `Must be ${limit} or fewer in length.` };
}

export function required(path: FieldError["path"]): FieldError {
  return { path, code: "BASE_TYPE_REQUIRED", message: "This field is required" };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
