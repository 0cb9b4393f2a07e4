import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type RawData, type WebSocket, WebSocketServer } from "ws";
import { Journal } from "../shared/journal.js";
import { helloMessage, type SocketEnvelope } from "./envelopes.js";
import type { MethodSpec } from "./webApi.js";
import type { SlackWorld } from "./world.js";

/** One acknowledgement the app sent back over the WebSocket. */
export interface SocketAck {
  readonly envelopeId: string;
  /** The type of the envelope acknowledged; null when the fake sent no envelope with that id. */
  readonly type: SocketEnvelope["type"] | null;
  /** The ack's `payload`: `{}` for a bare `ack()`, the message for `ack({ text })`. */
  readonly payload: unknown;
  /** Date.now() when it arrived. */
  readonly at: number;
  /** From sending the envelope to receiving this ack, in ms (Slack allows 3 s); null if unknown. */
  readonly ackMs: number | null;
}

/** A WebSocket connection opening or closing. */
export interface SocketConnectionChange {
  readonly change: "open" | "close";
  /** 1, 2, … in connection order. */
  readonly connectionId: number;
  /** Connections open after this change. */
  readonly connections: number;
  /** On close: the code the client sent (1000 from `app.stop()`; 1006 when the fake cut it). */
  readonly code: number | null;
  readonly reason: string | null;
  readonly at: number;
}

const LINK_PATH = "/link/";

function describeAck(a: SocketAck): string {
  return `${a.type ?? "unknown envelope"} ${a.envelopeId} ${JSON.stringify(a.payload)}`;
}

function describeChange(c: SocketConnectionChange): string {
  const code = c.code === null ? "" : ` (code ${c.code})`;
  return `#${c.connectionId} ${c.change}${code} → ${c.connections} open`;
}

function text(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  return Buffer.isBuffer(data) ? data.toString("utf8") : Buffer.from(data).toString("utf8");
}

/**
 * Slack's Socket Mode side, as @slack/socket-mode talks to it: `apps.connections.open` (app-level
 * token) answers a one-use `ws://127.0.0.1:PORT/link/?ticket=…` URL; a connection on it gets
 * `hello`, then envelopes (`send`) which the app acknowledges (`acks`). Pings are answered by
 * `ws` itself; the fake sends none, so the client never times out waiting for one.
 */
export class SocketModeLink {
  readonly #wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  readonly #tickets = new Set<string>();
  /** Open connections, oldest first; envelopes go to the newest. */
  readonly #open: WebSocket[] = [];
  readonly #sentAt = new Map<string, { type: SocketEnvelope["type"]; at: number }>();
  readonly #acks = new Journal<SocketAck>(describeAck);
  readonly #changes = new Journal<SocketConnectionChange>(describeChange);
  #opened = 0;

  constructor(
    private readonly world: SlackWorld,
    private readonly baseUrl: () => string,
  ) {}

  /** `apps.connections.open`, which only the app-level token may call. */
  get connectionsOpen(): MethodSpec {
    return { auth: true, token: "app", handle: () => ({ ok: true, url: this.#mintUrl() }) };
  }

  get connections(): number {
    return this.#open.length;
  }

  get acks(): readonly SocketAck[] {
    return this.#acks.entries;
  }

  get changes(): readonly SocketConnectionChange[] {
    return this.#changes.entries;
  }

  /** For the HTTP server's `upgrade` event: accepts a ticket once, else answers 401. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const ticket = url.searchParams.get("ticket") ?? "";
    if (url.pathname !== LINK_PATH || !this.#tickets.delete(ticket)) {
      socket.end("HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#accept(ws));
  }

  /** Sends `envelope` to the newest connection; throws when no app is connected. */
  send(envelope: SocketEnvelope): string {
    const ws = this.#open.at(-1);
    if (ws === undefined) {
      throw new Error(
        `no Socket Mode connection to send ${envelope.type} to: start a Bolt app with socketMode and this fake's appToken first`,
      );
    }
    this.#sentAt.set(envelope.envelope_id, { type: envelope.type, at: performance.now() });
    ws.send(JSON.stringify(envelope));
    return envelope.envelope_id;
  }

  waitForAck(envelopeId: string, timeoutMs: number): Promise<SocketAck> {
    return this.#acks.waitFor(
      (a) => a.envelopeId === envelopeId,
      timeoutMs,
      `an ack of envelope ${envelopeId}`,
    );
  }

  /** Resolves at once if `count` connections are open, else at the next change that leaves that many. */
  async waitForConnections(count: number, timeoutMs: number): Promise<void> {
    if (this.#open.length === count) return;
    const from = this.#changes.entries.length;
    await this.#changes.waitFor(
      (c) => c.connections === count && this.#changes.entries.indexOf(c) >= from,
      timeoutMs,
      `${count} open Socket Mode connection(s)`,
    );
  }

  /** Cuts every connection (the client sees code 1006) and stops accepting new ones. */
  close(): void {
    for (const ws of this.#open) ws.terminate();
    this.#wss.close();
  }

  #mintUrl(): string {
    const ticket = randomUUID();
    this.#tickets.add(ticket);
    const origin = this.baseUrl().replace(/^http/, "ws");
    return `${origin}${LINK_PATH}?ticket=${ticket}&app_id=${this.world.appId}`;
  }

  #accept(ws: WebSocket): void {
    this.#opened += 1;
    const connectionId = this.#opened;
    this.#open.push(ws);
    this.#record("open", connectionId, null, null);
    ws.on("message", (data, isBinary) => {
      if (!isBinary) this.#receive(text(data));
    });
    // A client that vanishes mid-frame errors, then closes; the close is what gets recorded.
    ws.on("error", () => {});
    ws.on("close", (code, reason) => {
      const at = this.#open.indexOf(ws);
      if (at >= 0) this.#open.splice(at, 1);
      this.#record("close", connectionId, code, reason.toString("utf8"));
    });
    ws.send(JSON.stringify(helloMessage(this.world, this.#open.length)));
  }

  #receive(raw: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return;
    }
    if (typeof parsed !== "object" || parsed === null) return;
    const message = parsed as { envelope_id?: unknown; payload?: unknown };
    if (typeof message.envelope_id !== "string") return;
    const sent = this.#sentAt.get(message.envelope_id);
    this.#acks.add({
      envelopeId: message.envelope_id,
      type: sent?.type ?? null,
      payload: message.payload ?? null,
      at: Date.now(),
      ackMs: sent === undefined ? null : performance.now() - sent.at,
    });
  }

  #record(
    change: "open" | "close",
    connectionId: number,
    code: number | null,
    reason: string | null,
  ): void {
    const connections = this.#open.length;
    this.#changes.add({ change, connectionId, connections, code, reason, at: Date.now() });
  }
}
