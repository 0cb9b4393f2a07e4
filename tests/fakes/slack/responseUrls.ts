import { randomBytes } from "node:crypto";
import type { Reply } from "./http.js";
import { errorBody, messageContentError } from "./messageRules.js";

/** Slack lets an app use a response_url this many times (within 30 minutes). */
export const RESPONSE_URL_USES = 5;

/** One POST to a response_url, as received and answered. */
export interface ResponseUrlPost {
  readonly url: string;
  /** 1 for the first POST to this URL, rejected ones included. */
  readonly use: number;
  /** The parsed JSON body (the raw text when it was not JSON). */
  readonly body: unknown;
  /** Slack's default, when the body does not say, is `ephemeral`. */
  readonly responseType: "ephemeral" | "in_channel";
  readonly replaceOriginal: boolean;
  readonly deleteOriginal: boolean;
  readonly text: string | null;
  readonly blocks: readonly unknown[] | null;
  readonly status: number;
  /** The error answered, or null when accepted. */
  readonly error: string | null;
  /** Date.now() when it arrived. */
  readonly at: number;
}

const flag = (value: unknown): boolean => value === true || value === "true";

function fieldsOf(body: unknown): Record<string, unknown> {
  return typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
}

interface Verdict {
  readonly status: number;
  readonly error: string | null;
  readonly extra?: Readonly<Record<string, unknown>>;
}

/**
 * response_urls minted for slash commands, at `/commands/<team>/<n>/<secret>` like Slack's
 * `https://hooks.slack.com/commands/T…/…/…`. A POST must be JSON; it is checked like a message
 * (text or blocks, Block Kit limits), and each URL accepts at most five. The error answers — 400
 * `invalid_blocks`/`no_text`/`invalid_payload`, 404 `used_url`/`expired_url`, with
 * `{ ok: false, error }` — are this fake's rendering of Slack's, whose exact bodies vary.
 */
export class ResponseUrls {
  /** POSTs received per minted URL, and how many were accepted. */
  readonly #urls = new Map<string, { received: number; accepted: number }>();
  #minted = 0;

  constructor(private readonly base: () => string) {}

  mint(teamId: string): string {
    this.#minted += 1;
    const secret = randomBytes(12).toString("hex");
    const url = `${this.base()}/commands/${teamId}/${this.#minted}/${secret}`;
    this.#urls.set(url, { received: 0, accepted: 0 });
    return url;
  }

  /** Answers a POST to `url`: what to send back, and what to record. */
  receive(
    url: string,
    contentType: string | undefined,
    raw: Buffer,
  ): { reply: Reply; post: ResponseUrlPost } {
    const text = raw.toString("utf8");
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Recorded as text; judged below.
    }
    const counts = this.#urls.get(url);
    if (counts !== undefined) counts.received += 1;
    const verdict = this.#judge(counts, contentType, body);
    if (counts !== undefined && verdict.error === null) counts.accepted += 1;
    const reply: Reply = {
      status: verdict.status,
      body:
        verdict.error === null
          ? { ok: true }
          : { ok: false, error: verdict.error, ...verdict.extra },
    };
    const fields = fieldsOf(body);
    const post: ResponseUrlPost = {
      url,
      use: counts?.received ?? 1,
      body,
      responseType: fields.response_type === "in_channel" ? "in_channel" : "ephemeral",
      replaceOriginal: flag(fields.replace_original),
      deleteOriginal: flag(fields.delete_original),
      text: typeof fields.text === "string" ? fields.text : null,
      blocks: Array.isArray(fields.blocks) ? fields.blocks : null,
      status: verdict.status,
      error: verdict.error,
      at: Date.now(),
    };
    return { reply, post };
  }

  #judge(
    counts: { received: number; accepted: number } | undefined,
    contentType: string | undefined,
    body: unknown,
  ): Verdict {
    if (counts === undefined) return { status: 404, error: "expired_url" };
    if (counts.accepted >= RESPONSE_URL_USES) return { status: 404, error: "used_url" };
    const isJson = (contentType ?? "").toLowerCase().startsWith("application/json");
    if (!isJson || typeof body !== "object" || body === null) {
      return { status: 400, error: "invalid_payload" };
    }
    const fields = fieldsOf(body);
    if (flag(fields.delete_original)) return { status: 200, error: null };
    const problem = messageContentError(fields);
    if (problem === null) return { status: 200, error: null };
    const { ok: _ok, error: _error, ...extra } = errorBody(problem) as Record<string, unknown>;
    return { status: 400, error: problem.error, extra };
  }
}
