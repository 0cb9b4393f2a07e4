import { blockProblems } from "./blocks.js";

/** Slack rejects message text longer than this with `msg_too_long`. */
export const MESSAGE_TEXT_LIMIT = 40_000;

/** Arguments Slack parses as JSON; form-encoded requests carry them as JSON strings. */
const JSON_FIELDS: Readonly<Record<string, string>> = {
  blocks: "invalid_blocks_format",
  attachments: "invalid_attachments",
  metadata: "invalid_metadata_format",
  view: "invalid_arguments",
  unfurls: "invalid_unfurls_format",
  user_auth_blocks: "invalid_blocks_format",
};

/** An `ok: false` answer: the error code, and for `invalid_blocks` the problems found. */
export interface SlackError {
  readonly error: string;
  readonly errors?: readonly string[];
}

/**
 * Replaces JSON-string arguments (`blocks="[{…}]"`) with their parsed value. Returns the error
 * Slack answers for the first one that is not valid JSON, e.g. `invalid_blocks_format`.
 */
export function decodeJsonFields(args: Record<string, unknown>): SlackError | null {
  for (const [field, formatError] of Object.entries(JSON_FIELDS)) {
    const value = args[field];
    if (typeof value !== "string") continue;
    try {
      args[field] = JSON.parse(value);
    } catch {
      return { error: formatError };
    }
  }
  return null;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

/**
 * What Slack says about a message's content (chat.postMessage, chat.update, chat.postEphemeral and
 * response_url bodies), or null when it is acceptable: some text, blocks or attachments; text
 * within 40 000 characters; blocks an array within Block Kit's limits.
 */
export function messageContentError(args: Readonly<Record<string, unknown>>): SlackError | null {
  const { text, blocks, attachments } = args;
  if (text !== undefined && typeof text !== "string") return { error: "invalid_arguments" };
  if (blocks !== undefined && !Array.isArray(blocks)) return { error: "invalid_blocks_format" };
  if (attachments !== undefined && !Array.isArray(attachments)) {
    return { error: "invalid_attachments" };
  }
  if (isBlank(text) && isBlank(blocks) && isBlank(attachments)) return { error: "no_text" };
  if (typeof text === "string" && Array.from(text).length > MESSAGE_TEXT_LIMIT) {
    return { error: "msg_too_long" };
  }
  if (Array.isArray(blocks)) {
    const errors = blockProblems(blocks);
    if (errors.length > 0) return { error: "invalid_blocks", errors };
  }
  return null;
}

/** The body of an `ok: false` answer, with Slack's `response_metadata.messages` for block errors. */
export function errorBody(e: SlackError, extra: Record<string, unknown> = {}): object {
  if (e.errors === undefined) return { ok: false, error: e.error, ...extra };
  return {
    ok: false,
    error: e.error,
    errors: e.errors,
    ...extra,
    response_metadata: { messages: e.errors.map((m) => `[ERROR] ${m}`) },
  };
}
