import { parseSince, SINCE_EXPECTED, type Since } from "./sinceOption.js";
import type { CommandInput, OptionDefinition } from "./types.js";

/**
 * An option's value once parsed: a whole number for an integer option, a `Since` for the since
 * option, else trimmed text.
 */
type ValueOf<Option extends OptionDefinition> = Option extends { readonly format: "since" }
  ? Since
  : Option["type"] extends "integer"
    ? number
    : string;

/**
 * The input a command's `execute` gets, inferred from its option definitions: required options
 * are always there, optional ones only when given.
 */
export type InputOf<Options extends readonly OptionDefinition[]> = {
  readonly [Option in Options[number] as Option["required"] extends true
    ? Option["name"]
    : never]: ValueOf<Option>;
} & {
  readonly [Option in Options[number] as Option["required"] extends true
    ? never
    : Option["name"]]?: ValueOf<Option>;
};

export type ParsedInput<Input> =
  | { readonly ok: true; readonly input: Input }
  | { readonly ok: false; readonly message: string };

/**
 * Where a text face (chat, Slack's command text) puts the words it could not give to any option:
 * a command with no free-text option given some ("/help brief").
 */
export const LEFTOVER_WORDS = "_words";

/**
 * Checks raw input against a command's option definitions: required options present, strings
 * trimmed and within length limits, integers whole and within range. Unknown options are errors.
 */
export function parseInput<const Options extends readonly OptionDefinition[]>(
  command: string,
  options: Options,
  input: CommandInput,
): ParsedInput<InputOf<Options>> {
  const values: Record<string, string | number | Since> = {};
  for (const name of Object.keys(input)) {
    if (input[name] !== undefined && !options.some((o) => o.name === name)) {
      if (name === LEFTOVER_WORDS) {
        const named = options.map((o) => `${o.name}:`).join(", ");
        return {
          ok: false,
          message: `/${command} does not take '${String(input[name])}'${named ? ` — name its options (${named})` : ""}`,
        };
      }
      return { ok: false, message: `/${command} has no option '${name}'` };
    }
  }
  for (const option of options) {
    const raw = input[option.name];
    const text = typeof raw === "string" ? raw.trim() : raw;
    if (text === undefined || text === "") {
      if (option.required) {
        return { ok: false, message: `/${command} needs ${option.name}: ${option.description}` };
      }
      continue;
    }
    const value =
      option.type === "integer"
        ? integer(option, text)
        : option.format === "since"
          ? since(String(text))
          : string(option, String(text));
    if (!value.ok) return value;
    values[option.name] = value.value;
  }
  // Every option was checked against its definition above, which is what `InputOf` says.
  return { ok: true, input: values as InputOf<Options> };
}

type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; message: string };

function integer(option: OptionDefinition, text: string | number): Checked<number> {
  const n = typeof text === "number" ? text : Number(text);
  if (!Number.isInteger(n)) {
    return { ok: false, message: `${option.name} must be a whole number, not '${String(text)}'` };
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
  return { ok: true, value: n };
}

function since(text: string): Checked<Since> {
  const value = parseSince(text);
  return value === null ? { ok: false, message: SINCE_EXPECTED } : { ok: true, value };
}

function string(option: OptionDefinition, s: string): Checked<string> {
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
  return { ok: true, value: s };
}
