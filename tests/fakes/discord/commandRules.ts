import { type FieldError, isRecord, maxLength, required } from "./formErrors.js";

/** Discord's rule for chat-input command and option names (lower case, 1 to 32 characters). */
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const CHAT_INPUT = 1;
const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;

function nameErrors(name: unknown, path: (string | number)[], chatInput: boolean): FieldError[] {
  if (typeof name !== "string" || name === "") return [required([...path, "name"])];
  if (name.length > 32) return [maxLength([...path, "name"], 32)];
  if (chatInput && (!NAME.test(name) || name !== name.toLowerCase())) {
    return [
      {
        path: [...path, "name"],
        code: "APPLICATION_COMMAND_INVALID_NAME",
        message: "Command name is invalid",
      },
    ];
  }
  return [];
}

function descriptionErrors(value: unknown, path: (string | number)[]): FieldError[] {
  if (typeof value !== "string" || value === "") return [required([...path, "description"])];
  return value.length > 100 ? [maxLength([...path, "description"], 100)] : [];
}

function optionErrors(options: unknown, path: (string | number)[]): FieldError[] {
  if (options === undefined || options === null) return [];
  if (!Array.isArray(options)) return [required(path)];
  const errors: FieldError[] = [];
  if (options.length > 25) errors.push(maxLength(path, 25));
  let seenOptional = false;
  const names = new Set<string>();
  for (const [i, option] of options.entries()) {
    const at = [...path, i];
    if (!isRecord(option)) {
      errors.push(required(at));
      continue;
    }
    errors.push(...nameErrors(option.name, at, true), ...descriptionErrors(option.description, at));
    if (typeof option.name === "string") {
      if (names.has(option.name)) {
        errors.push({
          path: [...at, "name"],
          code: "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS",
          message: "Option name already exists",
        });
      }
      names.add(option.name);
    }
    const nested = option.type === SUBCOMMAND || option.type === SUBCOMMAND_GROUP;
    if (nested) {
      errors.push(...optionErrors(option.options, [...at, "options"]));
    } else if (option.required === true && seenOptional) {
      errors.push({
        path: [...at, "required"],
        code: "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
        message: "Required options must be placed before non-required options",
      });
    } else if (option.required !== true) {
      seenOptional = true;
    }
    if (Array.isArray(option.choices) && option.choices.length > 25) {
      errors.push(maxLength([...at, "choices"], 25));
    }
  }
  return errors;
}

/**
 * Validates one command body as Discord's "Create/Bulk Overwrite Application Command" does:
 * names, descriptions, option order and counts. `path` prefixes the error paths (the index in a
 * bulk overwrite).
 */
export function commandErrors(command: unknown, path: (string | number)[]): FieldError[] {
  if (!isRecord(command)) return [required(path)];
  const type = command.type ?? CHAT_INPUT;
  const chatInput = type === CHAT_INPUT;
  const errors = nameErrors(command.name, path, chatInput);
  if (chatInput) {
    errors.push(
      ...descriptionErrors(command.description, path),
      ...optionErrors(command.options, [...path, "options"]),
    );
  } else if (typeof command.description === "string" && command.description !== "") {
    errors.push({
      path: [...path, "description"],
      code: "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION",
      message: "Context menu commands cannot have description",
    });
  }
  return errors;
}

/** Bulk overwrite limits: 100 chat-input commands, no duplicate name per type. */
export function commandListErrors(commands: readonly unknown[]): FieldError[] {
  const errors = commands.flatMap((c, i) => commandErrors(c, [i]));
  const seen = new Set<string>();
  let chatInputs = 0;
  for (const [i, c] of commands.entries()) {
    if (!isRecord(c)) continue;
    const key = `${String(c.type ?? CHAT_INPUT)}:${String(c.name)}`;
    if (seen.has(key)) {
      errors.push({
        path: [i, "name"],
        code: "APPLICATION_COMMANDS_DUPLICATE_NAME",
        message: `Application command names must be unique (${String(c.name)})`,
      });
    }
    seen.add(key);
    if ((c.type ?? CHAT_INPUT) === CHAT_INPUT) chatInputs += 1;
  }
  if (chatInputs > 100) errors.push(maxLength([], 100));
  return errors;
}
