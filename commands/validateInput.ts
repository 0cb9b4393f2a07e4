import type { CommandDefinition, CommandInput } from "./types.js";

export type Validated =
  | { readonly ok: true; readonly values: CommandInput }
  | { readonly ok: false; readonly message: string };

/**
 * Checks raw input against a command's option definitions: required options present, strings
 * trimmed and within length limits, integers whole and within range. Unknown options are errors.
 */
export function validateInput(definition: CommandDefinition, input: CommandInput): Validated {
  const values: Record<string, string | number | undefined> = {};
  for (const name of Object.keys(input)) {
    if (input[name] !== undefined && !definition.options.some((o) => o.name === name)) {
      return { ok: false, message: `/${definition.name} has no option '${name}'` };
    }
  }
  for (const option of definition.options) {
    const raw = input[option.name];
    const text = typeof raw === "string" ? raw.trim() : raw;
    if (text === undefined || text === "") {
      if (option.required) {
        return {
          ok: false,
          message: `/${definition.name} needs ${option.name}: ${option.description}`,
        };
      }
      continue;
    }
    if (option.type === "integer") {
      const n = typeof text === "number" ? text : Number(text);
      if (!Number.isInteger(n)) {
        return {
          ok: false,
          message: `${option.name} must be a whole number, not '${String(text)}'`,
        };
      }
      if (
        (option.min !== undefined && n < option.min) ||
        (option.max !== undefined && n > option.max)
      ) {
        return {
          ok: false,
          message: `${option.name} must be between ${option.min ?? "-∞"} and ${option.max ?? "∞"}, not ${n}`,
        };
      }
      values[option.name] = n;
    } else {
      const s = String(text);
      if (option.maxLength !== undefined && s.length > option.maxLength) {
        return {
          ok: false,
          message: `${option.name} is too long (${s.length} characters, at most ${option.maxLength})`,
        };
      }
      if (option.minLength !== undefined && s.length < option.minLength) {
        return {
          ok: false,
          message: `${option.name} is too short (at least ${option.minLength} characters)`,
        };
      }
      values[option.name] = s;
    }
  }
  return { ok: true, values };
}
