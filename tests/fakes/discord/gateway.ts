import type { IncomingMessage, Server } from "node:http";
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
} from "discord.js";
import { type RawData, type WebSocket, WebSocketServer } from "ws";
import type { Journal } from "../shared/journal.js";
import { isRecord } from "./formErrors.js";
import { GatewayConnection, type GatewayFrame, type GatewayPayload } from "./gatewayConnection.js";
import { guildCreatePayload, readyPayload } from "./guildPayloads.js";
import { opaqueToken } from "./snowflake.js";
import type { World } from "./world.js";

export const PRIVILEGED_INTENTS =
  GatewayIntentBits.GuildMembers |
  GatewayIntentBits.GuildPresences |
  GatewayIntentBits.MessageContent;

export interface GatewayOptions {
  readonly heartbeatIntervalMs: number;
  /** Privileged intents switched on in the (imaginary) Developer Portal. */
  readonly enabledPrivilegedIntents: number;
  /** The ws:// URL handed out in `/gateway/bot` and as `resume_gateway_url`. */
  readonly url: () => string;
  /** Called for each IDENTIFY that starts a session (it spends `session_start_limit`). */
  readonly onSessionStart: () => void;
}

/** A WebSocket connection as opened by the client: the URL path and query it used. */
export interface GatewayConnectionInfo {
  readonly id: number;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
}

interface Session {
  readonly id: string;
  readonly intents: number;
  seq: number;
  readonly log: { s: number; t: string; d: unknown }[];
  connection: GatewayConnection | null;
}

/** Closing with these ends the session: the client must IDENTIFY again rather than RESUME. */
const SESSION_ENDING = new Set<number>([
  1000,
  1001,
  GatewayCloseCodes.AuthenticationFailed,
  GatewayCloseCodes.InvalidSeq,
  GatewayCloseCodes.SessionTimedOut,
  GatewayCloseCodes.InvalidShard,
  GatewayCloseCodes.ShardingRequired,
  GatewayCloseCodes.InvalidAPIVersion,
  GatewayCloseCodes.InvalidIntents,
  GatewayCloseCodes.DisallowedIntents,
]);

/** Why the gateway closes a connection: a close code and its reason text. */
type Refusal = readonly [code: number, reason: string];

const DECODE_ERROR: Refusal = [GatewayCloseCodes.DecodeError, "Error while decoding payload."];
const AUTHENTICATION_FAILED: Refusal = [
  GatewayCloseCodes.AuthenticationFailed,
  "Authentication failed.",
];
const ALREADY_AUTHENTICATED: Refusal = [
  GatewayCloseCodes.AlreadyAuthenticated,
  "Already authenticated.",
];
const TRACE = ['["fake-gateway",{"micros":0}]'];

/** A client frame as JSON `{ op, d }`, or null when it cannot be decoded. */
function decode(text: string): GatewayPayload | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isRecord(parsed) || typeof parsed.op !== "number") return null;
    return { op: parsed.op, d: parsed.d ?? null, s: null, t: null };
  } catch {
    return null;
  }
}

/**
 * The gateway: HELLO on connect, HEARTBEAT → HEARTBEAT_ACK, IDENTIFY → READY then one
 * GUILD_CREATE per guild, RESUME → replay of missed dispatches then RESUMED. Protocol errors close
 * the socket with Discord's close codes (4001 unknown opcode, 4002 decode error, 4003 not
 * authenticated, 4004 bad token, 4005 already authenticated, 4007 bad seq, 4010 bad shard,
 * 4012 bad version, 4013 bad intents, 4014 disallowed intents).
 */
export class FakeGateway {
  readonly #wss: WebSocketServer;
  readonly #connections = new Set<GatewayConnection>();
  readonly #sessions = new Map<string, Session>();
  readonly #opened: GatewayConnectionInfo[] = [];
  #nextConnection = 1;

  constructor(
    server: Server,
    private readonly world: World,
    private readonly options: GatewayOptions,
    private readonly frames: Journal<GatewayFrame>,
  ) {
    this.#wss = new WebSocketServer({ server });
    this.#wss.on("connection", (socket, req) => this.#accept(socket, req));
  }

  /** Every connection opened so far, oldest first. */
  get connections(): readonly GatewayConnectionInfo[] {
    return this.#opened;
  }

  /** Sessions that are identified and not ended (connected or waiting to resume). */
  get liveSessions(): number {
    return this.#sessions.size;
  }

  #accept(socket: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? "/", "ws://fake");
    const query = url.searchParams;
    this.#opened.push({
      id: this.#nextConnection,
      path: url.pathname,
      query: Object.fromEntries(query),
    });
    const connection = new GatewayConnection(
      this.#nextConnection++,
      socket,
      query.get("compress") === "zlib-stream",
      (frame) => this.frames.add(frame),
    );
    this.#connections.add(connection);
    socket.on("close", (code) => this.#closed(connection, code));
    socket.on("error", () => socket.terminate());
    if (query.get("v") !== "10") {
      connection.close(GatewayCloseCodes.InvalidAPIVersion, "Invalid API version.");
      return;
    }
    if ((query.get("encoding") ?? "json") !== "json") {
      connection.close(...DECODE_ERROR);
      return;
    }
    socket.on("message", (data, isBinary) => this.#message(connection, data, isBinary));
    connection.send({
      op: GatewayOpcodes.Hello,
      d: {
        heartbeat_interval: this.options.heartbeatIntervalMs,
        _trace: TRACE,
      },
      s: null,
      t: null,
    });
  }

  #closed(connection: GatewayConnection, code: number): void {
    this.#connections.delete(connection);
    const session = [...this.#sessions.values()].find((s) => s.connection === connection);
    if (session === undefined) return;
    session.connection = null;
    if (SESSION_ENDING.has(code)) this.#sessions.delete(session.id);
  }

  #message(connection: GatewayConnection, data: RawData, isBinary: boolean): void {
    const payload = isBinary ? null : decode(data.toString());
    if (payload === null) {
      connection.close(...DECODE_ERROR);
      return;
    }
    connection.received(payload);
    const refusal = this.#handle(connection, payload);
    if (refusal !== null) connection.close(...refusal);
  }

  #handle(connection: GatewayConnection, payload: GatewayPayload): Refusal | null {
    const identified = this.#sessionOf(connection) !== undefined;
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        connection.send({ op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        return null;
      case GatewayOpcodes.Identify:
        return identified ? ALREADY_AUTHENTICATED : this.#identify(connection, payload.d);
      case GatewayOpcodes.Resume:
        return identified ? ALREADY_AUTHENTICATED : this.#resume(connection, payload.d);
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        return identified ? null : [GatewayCloseCodes.NotAuthenticated, "Not authenticated."];
      default:
        return [GatewayCloseCodes.UnknownOpcode, "Unknown opcode."];
    }
  }

  #sessionOf(connection: GatewayConnection): Session | undefined {
    return [...this.#sessions.values()].find((s) => s.connection === connection);
  }

  #identify(connection: GatewayConnection, d: unknown): Refusal | null {
    if (!isRecord(d) || typeof d.token !== "string" || !isRecord(d.properties)) return DECODE_ERROR;
    if (d.token !== this.world.token) return AUTHENTICATION_FAILED;
    const intents = d.intents;
    const validIntents =
      typeof intents === "number" && Number.isInteger(intents) && intents >= 0 && intents < 2 ** 26;
    if (!validIntents) return [GatewayCloseCodes.InvalidIntents, "Invalid intent(s)."];
    if ((intents & PRIVILEGED_INTENTS & ~this.options.enabledPrivilegedIntents) !== 0) {
      return [GatewayCloseCodes.DisallowedIntents, "Disallowed intent(s)."];
    }
    const [shardId, shardCount] = (Array.isArray(d.shard) ? d.shard : [0, 1]) as unknown[];
    const validShard =
      typeof shardId === "number" &&
      typeof shardCount === "number" &&
      shardCount >= 1 &&
      shardId < shardCount;
    if (!validShard) return [GatewayCloseCodes.InvalidShard, "Invalid shard."];

    connection.identifyCompress = d.compress === true;
    this.options.onSessionStart();
    const session: Session = { id: opaqueToken(16), intents, seq: 0, log: [], connection };
    this.#sessions.set(session.id, session);
    this.#send(session, GatewayDispatchEvents.Ready, {
      ...readyPayload(this.world, session.id, this.options.url()),
      shard: [shardId, shardCount],
    });
    if ((intents & GatewayIntentBits.Guilds) === 0) return null;
    for (const guild of this.world.guilds) {
      // Discord's sharding formula: (guild_id >> 22) % shard_count.
      if (Number((BigInt(guild.id) >> 22n) % BigInt(shardCount)) !== shardId) continue;
      this.#send(session, GatewayDispatchEvents.GuildCreate, guildCreatePayload(this.world, guild));
    }
    return null;
  }

  #resume(connection: GatewayConnection, d: unknown): Refusal | null {
    if (!isRecord(d) || typeof d.token !== "string" || typeof d.session_id !== "string") {
      return DECODE_ERROR;
    }
    if (d.token !== this.world.token) return AUTHENTICATION_FAILED;
    const session = this.#sessions.get(d.session_id);
    if (session === undefined) {
      connection.send({ op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return null;
    }
    const seq = typeof d.seq === "number" ? d.seq : 0;
    if (seq > session.seq) return [GatewayCloseCodes.InvalidSeq, "Invalid seq."];
    if (session.connection !== null && session.connection !== connection) {
      session.connection.close(GatewayCloseCodes.SessionTimedOut, "Session resumed elsewhere.");
    }
    session.connection = connection;
    for (const missed of session.log.filter((entry) => entry.s > seq)) {
      connection.send({ op: GatewayOpcodes.Dispatch, ...missed });
    }
    this.#send(session, GatewayDispatchEvents.Resumed, { _trace: TRACE });
    return null;
  }

  /** Numbers, logs and (when connected) sends one dispatch to a session. */
  #send(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const entry = { s: session.seq, t, d };
    session.log.push(entry);
    if (session.log.length > 1000) session.log.shift();
    session.connection?.send({ op: GatewayOpcodes.Dispatch, ...entry });
  }

  /**
   * Dispatches an event to every live session. `build` sees the session's intents and returns
   * the payload, or null when Discord would not send it. A session that is disconnected but
   * resumable gets the event on RESUME. Returns how many sessions the event went to.
   */
  dispatch(t: string, build: (intents: number) => unknown): number {
    let sent = 0;
    for (const session of this.#sessions.values()) {
      const d = build(session.intents);
      if (d === null) continue;
      this.#send(session, t, d);
      sent += 1;
    }
    return sent;
  }

  /** Sends a raw opcode (e.g. 7 RECONNECT) to every connection. */
  sendOp(op: number, d: unknown): void {
    for (const connection of this.#connections) connection.send({ op, d, s: null, t: null });
  }

  /** Closes every connection from the server side with `code`. */
  closeAll(code: number, reason: string): void {
    for (const connection of this.#connections) connection.close(code, reason);
  }

  async stop(): Promise<void> {
    for (const connection of this.#connections) connection.terminate();
    this.#connections.clear();
    this.#sessions.clear();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }
}
