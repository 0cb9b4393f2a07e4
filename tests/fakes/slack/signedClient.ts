import { createHmac } from "node:crypto";
import { type IncomingHttpHeaders, request } from "node:http";
import {
  appMentionEvent,
  directMessageEvent,
  type EventCallback,
  eventCallback,
  type MessageEventSpec,
  type SlackEvent,
  type SlashCommandSpec,
  slashCommandFields,
} from "./payloads.js";
import type { MessageClock, SlackWorld } from "./world.js";

/** How to sign (or mis-sign) one request. */
export interface SendOptions {
  /** `X-Slack-Request-Timestamp`, in Unix seconds; defaults to now. */
  timestamp?: number;
  /** A timestamp this many seconds ago: 360 is stale for Bolt, which allows 5 minutes. */
  ageSeconds?: number;
  /**
   * `valid` (default); `corrupt`: the right length but one hex digit changed; `missing`: no
   * `X-Slack-Signature` header; `{ header }`: that exact header value.
   */
  signature?: "valid" | "corrupt" | "missing" | { header: string };
  /** Sign with this secret instead of the workspace's. */
  signingSecret?: string;
  /** `X-Slack-Retry-Num` and `X-Slack-Retry-Reason`, as on Slack's redeliveries. */
  retry?: { num: number; reason: "http_timeout" | "http_error" | "too_many_requests" | string };
}

/** What the app answered, and how long it took to answer (Slack gives up after 3 s). */
export interface Delivery<P> {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** The body parsed as JSON when it was JSON, else undefined. */
  readonly json: unknown;
  /** From the first byte sent to the end of the response, in milliseconds. */
  readonly ackMs: number;
  /** What was sent: the form fields or the JSON object. */
  readonly payload: P;
  readonly rawBody: string;
}

/** Slack's request signature: `v0=` + HMAC-SHA256(secret, `v0:${timestamp}:${rawBody}`), hex. */
export function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${rawBody}`).digest("hex")}`;
}

function corrupt(signature: string): string {
  const last = signature.at(-1) === "0" ? "1" : "0";
  return `${signature.slice(0, -1)}${last}`;
}

/**
 * Sends requests to a Bolt HTTP receiver (default path `/slack/events`) the way Slack does:
 * slash commands as `application/x-www-form-urlencoded`, events as `application/json`, both
 * signed with `X-Slack-Signature` and `X-Slack-Request-Timestamp`. Each request uses its own
 * connection (`Connection: close`), so stopping the app never waits on this client.
 */
export class SignedSlackClient {
  constructor(
    readonly url: string,
    private readonly world: SlackWorld,
    private readonly clock: MessageClock,
    private readonly mintResponseUrl: () => string,
  ) {}

  /** A slash command; `payload.response_url` is where `respond()` will POST. */
  slashCommand(
    spec: SlashCommandSpec,
    options: SendOptions = {},
  ): Promise<Delivery<Record<string, string>>> {
    const fields = slashCommandFields(this.world, spec, this.mintResponseUrl);
    return this.postForm(fields, options);
  }

  /** An Events API `event_callback` wrapping `event`. */
  event(
    event: SlackEvent,
    options: SendOptions & { envelope?: Partial<EventCallback> } = {},
  ): Promise<Delivery<EventCallback>> {
    return this.postJson(eventCallback(this.world, event, options.envelope), options);
  }

  /** `app_mention` in #general from the workspace's person, unless `spec` says otherwise. */
  appMention(spec: MessageEventSpec = {}, options: SendOptions = {}) {
    return this.event(appMentionEvent(this.world, spec.ts ?? this.clock.next(), spec), options);
  }

  /** A direct message to the bot (`message` with `channel_type: "im"`). */
  directMessage(spec: MessageEventSpec = {}, options: SendOptions = {}) {
    return this.event(directMessageEvent(this.world, spec.ts ?? this.clock.next(), spec), options);
  }

  /** The handshake Slack sends when the Request URL is saved; Bolt echoes the challenge. */
  urlVerification(challenge: string, options: SendOptions = {}) {
    const body = { token: this.world.verificationToken, challenge, type: "url_verification" };
    return this.postJson(body, options);
  }

  postForm<P extends Record<string, string>>(
    fields: P,
    options: SendOptions = {},
  ): Promise<Delivery<P>> {
    const raw = new URLSearchParams(fields).toString();
    return this.#send("application/x-www-form-urlencoded", raw, fields, options);
  }

  postJson<P extends object>(payload: P, options: SendOptions = {}): Promise<Delivery<P>> {
    return this.#send("application/json", JSON.stringify(payload), payload, options);
  }

  #headers(contentType: string, raw: string, options: SendOptions): Record<string, string> {
    const now = Math.floor(Date.now() / 1000);
    const timestamp = options.timestamp ?? now - (options.ageSeconds ?? 0);
    const secret = options.signingSecret ?? this.world.signingSecret;
    const valid = slackSignature(secret, timestamp, raw);
    const headers: Record<string, string> = {
      "content-type": contentType,
      "content-length": String(Buffer.byteLength(raw)),
      "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
      "x-slack-request-timestamp": String(timestamp),
      connection: "close",
    };
    const mode = options.signature ?? "valid";
    if (mode === "valid") headers["x-slack-signature"] = valid;
    else if (mode === "corrupt") headers["x-slack-signature"] = corrupt(valid);
    else if (mode !== "missing") headers["x-slack-signature"] = mode.header;
    if (options.retry !== undefined) {
      headers["x-slack-retry-num"] = String(options.retry.num);
      headers["x-slack-retry-reason"] = options.retry.reason;
    }
    return headers;
  }

  #send<P>(
    contentType: string,
    raw: string,
    payload: P,
    options: SendOptions,
  ): Promise<Delivery<P>> {
    const headers = this.#headers(contentType, raw, options);
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const req = request(this.url, { method: "POST", headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const body = Buffer.concat(chunks).toString("utf8");
          let json: unknown;
          if ((res.headers["content-type"] ?? "").includes("json")) json = JSON.parse(body);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            json,
            ackMs: performance.now() - started,
            payload,
            rawBody: raw,
          });
        });
      });
      req.on("error", reject);
      req.end(raw);
    });
  }
}
