import { randomUUID } from "node:crypto";
import type { EventCallback } from "./payloads.js";
import type { SlackWorld } from "./world.js";

/**
 * Socket Mode messages as Slack sends them over the WebSocket. The client acknowledges an
 * envelope with `{ envelope_id, payload }`; see `SocketAck`.
 */

/** The first message on every connection; @slack/socket-mode's `start()` resolves on it. */
export interface HelloMessage {
  readonly type: "hello";
  /** Open connections of this app, this one included. */
  readonly num_connections: number;
  readonly debug_info: {
    readonly host: string;
    readonly build_number: number;
    /** Seconds until Slack recycles the connection (it sends `disconnect` first). */
    readonly approximate_connection_time: number;
  };
  readonly connection_info: { readonly app_id: string };
}

/** A slash command: the same fields as the form Slack POSTs in HTTP mode, all strings. */
export interface SlashCommandEnvelope {
  readonly envelope_id: string;
  readonly type: "slash_commands";
  readonly payload: Readonly<Record<string, string>>;
  /** An ack may carry a message, which Slack shows as the command's reply. */
  readonly accepts_response_payload: true;
}

/** An Events API delivery: the whole `event_callback` body as `payload`. */
export interface EventsApiEnvelope {
  readonly envelope_id: string;
  readonly type: "events_api";
  readonly payload: EventCallback;
  readonly accepts_response_payload: false;
  /** 0 on the first delivery; Slack redelivers unacknowledged events up to 3 times. */
  readonly retry_attempt: number;
  /** "" on the first delivery, else e.g. "timeout". */
  readonly retry_reason: string;
}

export type SocketEnvelope = SlashCommandEnvelope | EventsApiEnvelope;

/** A redelivery, as Slack marks it. */
export interface RetrySpec {
  readonly attempt: number;
  readonly reason: string;
}

const DEBUG_HOST = "applink-fake-127-0-0-1";

export function helloMessage(world: SlackWorld, connections: number): HelloMessage {
  return {
    type: "hello",
    num_connections: connections,
    debug_info: { host: DEBUG_HOST, build_number: 1, approximate_connection_time: 18_060 },
    connection_info: { app_id: world.appId },
  };
}

export function slashCommandEnvelope(fields: Record<string, string>): SlashCommandEnvelope {
  return {
    envelope_id: randomUUID(),
    type: "slash_commands",
    payload: fields,
    accepts_response_payload: true,
  };
}

export function eventsApiEnvelope(
  callback: EventCallback,
  retry: RetrySpec | null = null,
): EventsApiEnvelope {
  return {
    envelope_id: randomUUID(),
    type: "events_api",
    payload: callback,
    accepts_response_payload: false,
    retry_attempt: retry?.attempt ?? 0,
    retry_reason: retry?.reason ?? "",
  };
}
