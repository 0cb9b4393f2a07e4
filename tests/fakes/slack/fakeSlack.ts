import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Journal } from "../shared/journal.js";
import { eventsApiEnvelope, type RetrySpec, slashCommandEnvelope } from "./envelopes.js";
import { FaultQueue, type InjectedFault, type SlackFaultSpec } from "./faults.js";
import { type Encoding, parseArgs, type Reply, readBody, sendJson } from "./http.js";
import { decodeJsonFields, errorBody } from "./messageRules.js";
import { MessageStore, type PostedMessage } from "./messages.js";
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
import { type ResponseUrlPost, ResponseUrls } from "./responseUrls.js";
import { SignedSlackClient } from "./signedClient.js";
import { type SocketAck, type SocketConnectionChange, SocketModeLink } from "./socketMode.js";
import { type MethodSpec, webApiMethods } from "./webApi.js";
import {
  type FakeChannel,
  type FakeUser,
  MessageClock,
  makeWorld,
  type SlackWorld,
  slackId,
  type WorldOptions,
} from "./world.js";

export type {
  EventsApiEnvelope,
  HelloMessage,
  RetrySpec,
  SlashCommandEnvelope,
  SocketEnvelope,
} from "./envelopes.js";
export type { InjectedFault, SlackFaultSpec } from "./faults.js";
export type { PostedMessage } from "./messages.js";
export type { EventCallback, MessageEventSpec, SlackEvent, SlashCommandSpec } from "./payloads.js";
export type { ResponseUrlPost } from "./responseUrls.js";
export type { Delivery, SendOptions, SignedSlackClient } from "./signedClient.js";
export type { SocketAck, SocketConnectionChange } from "./socketMode.js";
export type { MethodContext, MethodSpec } from "./webApi.js";
export type { FakeChannel, FakeUser, SlackWorld } from "./world.js";

export interface FakeSlackOptions extends WorldOptions {
  /** Sent as `x-oauth-scopes` on every authenticated answer (web-api exposes it as `scopes`). */
  scopes?: readonly string[];
  /** Extra Web API methods, or replacements for the built-in ones. */
  methods?: Readonly<Record<string, MethodSpec>>;
}

/** One Web API call as the fake received and answered it. */
export interface SlackApiCall {
  /** The Web API method, e.g. `chat.postMessage`. */
  readonly method: string;
  readonly httpMethod: string;
  readonly encoding: Encoding;
  /** Query and body arguments, JSON fields (`blocks`, `attachments`, …) decoded. */
  readonly args: Readonly<Record<string, unknown>>;
  readonly token: string | null;
  /** web-api sends `Authorization: Bearer`; a per-call `token` also lands in the form body. */
  readonly tokenSource: "header" | "body" | null;
  /** Judged against the token the method takes: the bot token, or the app token (`MethodSpec.token`). */
  readonly auth: "valid" | "invalid" | "missing";
  readonly status: number;
  /** The JSON body answered. */
  readonly response: unknown;
  readonly fault: InjectedFault | null;
  /** Date.now() when it arrived. */
  readonly at: number;
}

const DEFAULT_WAIT_MS = 2_000;
/** What Slack reports for an app-level token that may open Socket Mode connections. */
const APP_TOKEN_SCOPES = "connections:write";
const DEFAULT_SCOPES = [
  "app_mentions:read",
  "channels:read",
  "chat:write",
  "commands",
  "im:history",
  "users:read",
];

function describeCall(c: SlackApiCall): string {
  const response = c.response as { ok?: boolean; error?: string };
  const outcome = response.ok === true ? "ok" : `error ${response.error ?? "?"}`;
  const fault = c.fault === null ? "" : " (injected)";
  return `${c.method} → ${c.status} ${outcome}${fault} [auth ${c.auth}]`;
}

function describePost(p: ResponseUrlPost): string {
  return `${p.url} #${p.use} ${p.responseType} → ${p.status}${p.error === null ? "" : ` ${p.error}`}`;
}

function bearer(req: IncomingMessage): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  return match?.[1] ?? null;
}

/**
 * A loopback stand-in for Slack, on one random free port of 127.0.0.1:
 * - the Web API under `apiUrl` (`http://127.0.0.1:PORT/api/`), for Bolt's
 *   `clientOptions.slackApiUrl`; every call is recorded (`calls`, `waitForCall`) and can be made
 *   to fail (`failNext`);
 * - response_urls (`responseUrl()`), recording what `respond()` POSTs (`waitForResponse`);
 * - `client(eventsUrl)`: signed slash commands and events sent to the app, as Slack sends them;
 * - Socket Mode: `apps.connections.open` (app token) and a WebSocket on the same port, over which
 *   `socketSlashCommand`/`socketEvent` deliver envelopes and the app's acks are recorded
 *   (`waitForAck`). Bolt's `app.stop()` resolves before the socket is closed: await
 *   `waitForSocketConnections(0)` to see it closed.
 */
export class FakeSlack {
  readonly #server: Server;
  readonly #world: SlackWorld;
  readonly #clock = new MessageClock();
  readonly #messages: MessageStore;
  readonly #methods: Map<string, MethodSpec>;
  readonly #scopes: string;
  readonly #faults = new FaultQueue();
  readonly #calls = new Journal<SlackApiCall>(describeCall);
  readonly #posts = new Journal<ResponseUrlPost>(describePost);
  readonly #responseUrls = new ResponseUrls(() => this.baseUrl);
  readonly #socket: SocketModeLink;
  #port = 0;
  #stopped = false;

  private constructor(options: FakeSlackOptions) {
    this.#world = makeWorld(options);
    this.#messages = new MessageStore(this.#world, this.#clock);
    this.#methods = webApiMethods();
    this.#socket = new SocketModeLink(this.#world, () => this.baseUrl);
    this.#methods.set("apps.connections.open", this.#socket.connectionsOpen);
    for (const [name, spec] of Object.entries(options.methods ?? {})) this.#methods.set(name, spec);
    this.#scopes = (options.scopes ?? DEFAULT_SCOPES).join(",");
    this.#server = createServer((req, res) => {
      // A request aborted mid-body has nobody to answer.
      this.#route(req, res).catch(() => res.destroy());
    });
    this.#server.on("upgrade", (req, socket, head: Buffer) =>
      this.#socket.handleUpgrade(req, socket, head),
    );
  }

  /** Starts the fake on 127.0.0.1 and a free port. */
  static async start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
    const fake = new FakeSlack(options);
    await new Promise<void>((resolve, reject) => {
      fake.#server.once("error", reject);
      fake.#server.listen(0, "127.0.0.1", () => resolve());
    });
    fake.#port = (fake.#server.address() as AddressInfo).port;
    return fake;
  }

  get port(): number {
    return this.#port;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  /** Pass as Bolt's `clientOptions.slackApiUrl` (web-api appends the method name to it). */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  get botToken(): string {
    return this.#world.botToken;
  }

  /** The app-level token (`xapp-…`) for Bolt's `appToken` in Socket Mode. */
  get appToken(): string {
    return this.#world.appToken;
  }

  get signingSecret(): string {
    return this.#world.signingSecret;
  }

  /** The workspace: team, app id, bot, the default person, #general and their DM. */
  get world(): SlackWorld {
    return this.#world;
  }

  /** Web API calls in arrival order; only those to `method` when given. */
  calls(method?: string): readonly SlackApiCall[] {
    const all = this.#calls.entries;
    return method === undefined ? all : all.filter((c) => c.method === method);
  }

  /** The first call to `method` (injected failures included) that satisfies `predicate`. */
  waitForCall(
    method: string,
    predicate: (call: SlackApiCall) => boolean = () => true,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<SlackApiCall> {
    return this.#calls.waitFor(
      (c) => c.method === method && predicate(c),
      timeoutMs,
      `a call to ${method}`,
    );
  }

  waitForCalls(
    method: string,
    count: number,
    predicate: (call: SlackApiCall) => boolean = () => true,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<SlackApiCall[]> {
    return this.#calls.waitForMany(
      (c) => c.method === method && predicate(c),
      count,
      timeoutMs,
      `calls to ${method}`,
    );
  }

  /** Makes the next call(s) to `spec.method` fail; see `SlackFaultSpec`. */
  failNext(spec: SlackFaultSpec): void {
    this.#faults.add(spec);
  }

  /** Messages the bot posted (ephemeral ones included), in one channel or everywhere. */
  messages(channelId?: string): readonly PostedMessage[] {
    return channelId === undefined ? this.#messages.all : this.#messages.inChannel(channelId);
  }

  /** A fresh response_url on this fake; slash commands get one each unless given one. */
  responseUrl(): string {
    return this.#responseUrls.mint(this.#world.team.id);
  }

  /** POSTs to response_urls in arrival order; only those to `url` when given. */
  responses(url?: string): readonly ResponseUrlPost[] {
    const all = this.#posts.entries;
    return url === undefined ? all : all.filter((p) => p.url === url);
  }

  /** The first POST to `url`, whether accepted or not (see `error`). */
  waitForResponse(url: string, timeoutMs = DEFAULT_WAIT_MS): Promise<ResponseUrlPost> {
    return this.#posts.waitFor((p) => p.url === url, timeoutMs, `a POST to ${url}`);
  }

  waitForResponses(url: string, count: number, timeoutMs = DEFAULT_WAIT_MS) {
    return this.#posts.waitForMany((p) => p.url === url, count, timeoutMs, `POSTs to ${url}`);
  }

  /** A client that sends signed requests to the app listening at `eventsUrl`. */
  client(eventsUrl: string): SignedSlackClient {
    return new SignedSlackClient(eventsUrl, this.#world, this.#clock, () => this.responseUrl());
  }

  /** Open Socket Mode connections. */
  get socketConnections(): number {
    return this.#socket.connections;
  }

  /** Socket Mode connections opening and closing, in order (close codes included). */
  socketConnectionChanges(): readonly SocketConnectionChange[] {
    return this.#socket.changes;
  }

  /** Resolves when `count` Socket Mode connections are open (now, or after the next change). */
  waitForSocketConnections(count: number, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return this.#socket.waitForConnections(count, timeoutMs);
  }

  /**
   * A slash command over Socket Mode; returns the envelope id. Pass `responseUrl` (from
   * `responseUrl()`) to know where `respond()` will POST. Throws when no app is connected.
   */
  socketSlashCommand(spec: SlashCommandSpec): string {
    const fields = slashCommandFields(this.#world, spec, () => this.responseUrl());
    return this.#socket.send(slashCommandEnvelope(fields));
  }

  /** An Events API `event_callback` wrapping `event`, over Socket Mode; returns the envelope id. */
  socketEvent(
    event: SlackEvent,
    options: { envelope?: Partial<EventCallback>; retry?: RetrySpec } = {},
  ): string {
    const callback = eventCallback(this.#world, event, options.envelope);
    return this.#socket.send(eventsApiEnvelope(callback, options.retry ?? null));
  }

  /** `app_mention` in #general from the workspace's person, unless `spec` says otherwise. */
  socketAppMention(spec: MessageEventSpec = {}): string {
    return this.socketEvent(appMentionEvent(this.#world, spec.ts ?? this.#clock.next(), spec));
  }

  /** A direct message to the bot over Socket Mode. */
  socketDirectMessage(spec: MessageEventSpec = {}): string {
    return this.socketEvent(directMessageEvent(this.#world, spec.ts ?? this.#clock.next(), spec));
  }

  /** Acks received over Socket Mode, in arrival order; only those of `envelopeId` when given. */
  acks(envelopeId?: string): readonly SocketAck[] {
    const all = this.#socket.acks;
    return envelopeId === undefined ? all : all.filter((a) => a.envelopeId === envelopeId);
  }

  /** The app's ack of the envelope `envelopeId`. */
  waitForAck(envelopeId: string, timeoutMs = DEFAULT_WAIT_MS): Promise<SocketAck> {
    return this.#socket.waitForAck(envelopeId, timeoutMs);
  }

  /** Adds a public channel (the bot is a member unless `botIsMember: false`). */
  addChannel(name: string, options: { botIsMember?: boolean } = {}): FakeChannel {
    const channel: FakeChannel = {
      id: slackId("C"),
      name,
      kind: "channel",
      userId: null,
      botIsMember: options.botIsMember ?? true,
      created: Math.floor(Date.now() / 1000),
    };
    this.#world.channels.push(channel);
    return channel;
  }

  /** Adds a person (a workspace admin or owner when `role` says so), and their DM with the bot. */
  addUser(
    name: string,
    realName = name,
    role: { isAdmin?: boolean; isOwner?: boolean } = {},
  ): { user: FakeUser; im: FakeChannel } {
    const user: FakeUser = {
      id: slackId("U"),
      name,
      realName,
      botId: null,
      tz: "UTC",
      isAdmin: role.isAdmin ?? false,
      isOwner: role.isOwner ?? false,
    };
    const im: FakeChannel = {
      id: slackId("D"),
      name: user.id,
      kind: "im",
      userId: user.id,
      botIsMember: true,
      created: Math.floor(Date.now() / 1000),
    };
    this.#world.users.push(user);
    this.#world.channels.push(im);
    return { user, im };
  }

  async #route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.baseUrl);
    const raw = await readBody(req);
    if (url.pathname.startsWith("/api/")) {
      const method = decodeURIComponent(url.pathname.slice("/api/".length));
      const { call, reply } = await this.#webApi(req, method, url.searchParams, raw);
      this.#calls.add(call);
      sendJson(res, reply);
      return;
    }
    if (req.method === "POST" && url.pathname.startsWith("/commands/")) {
      const responseUrl = `${this.baseUrl}${url.pathname}`;
      const { reply, post } = this.#responseUrls.receive(
        responseUrl,
        req.headers["content-type"],
        raw,
      );
      this.#posts.add(post);
      sendJson(res, reply);
      return;
    }
    sendJson(res, { status: 404, body: { ok: false, error: "not_found" } });
  }

  async #webApi(
    req: IncomingMessage,
    method: string,
    query: URLSearchParams,
    raw: Buffer,
  ): Promise<{ call: SlackApiCall; reply: Reply }> {
    const at = Date.now();
    const parsed = await parseArgs(req.headers["content-type"], raw, query);
    const { args } = parsed;
    const decodeError = decodeJsonFields(args);
    const headerToken = bearer(req);
    const bodyToken = typeof args.token === "string" && args.token !== "" ? args.token : null;
    const token = headerToken ?? bodyToken;
    const spec = this.#methods.get(method);
    const appTokenMethod = spec?.token === "app";
    const expected = appTokenMethod ? this.#world.appToken : this.#world.botToken;
    const auth = token === null ? "missing" : token === expected ? "valid" : "invalid";
    const answer = (
      reply: Reply,
      fault: InjectedFault | null = null,
    ): { call: SlackApiCall; reply: Reply } => ({
      reply,
      call: {
        method,
        httpMethod: req.method ?? "POST",
        encoding: parsed.encoding,
        args,
        token,
        tokenSource: headerToken !== null ? "header" : bodyToken !== null ? "body" : null,
        auth,
        status: reply.status,
        response: reply.body,
        fault,
        at,
      },
    });
    const ok = (body: object): { call: SlackApiCall; reply: Reply } =>
      answer({
        status: 200,
        body,
        headers: { "x-oauth-scopes": appTokenMethod ? APP_TOKEN_SCOPES : this.#scopes },
      });

    const injected = this.#faults.take(method);
    if (injected !== null) return answer(injected.reply, injected.fault);
    if (spec === undefined) return ok({ ok: false, error: "unknown_method", req_method: method });
    if (spec.auth && auth !== "valid") {
      return ok({ ok: false, error: auth === "missing" ? "not_authed" : "invalid_auth" });
    }
    if (parsed.malformed) {
      return ok({
        ok: false,
        error: parsed.encoding === "json" ? "invalid_json" : "invalid_form_data",
      });
    }
    if (decodeError !== null) return ok(errorBody(decodeError));
    return ok(spec.handle({ args, world: this.#world, messages: this.#messages }));
  }

  /** Closes the server and frees the port. Stop Bolt apps first. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    // Upgraded sockets are not HTTP connections: close() would wait for them.
    this.#socket.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.#server.close((error) => (error === undefined ? resolve() : reject(error))),
    );
  }
}
