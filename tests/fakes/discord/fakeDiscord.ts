import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type APIApplicationCommand,
  type APIApplicationCommandAutocompleteInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIMessage,
  type APIUser,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  type GatewayMessageCreateDispatchData,
  GatewayOpcodes,
} from "discord.js";
import { Journal } from "../shared/journal.js";
import { ChannelStore } from "./channels.js";
import { CommandStore, commandRoutes } from "./commands.js";
import { FaultQueue, type FaultSpec } from "./faults.js";
import { FakeGateway, type GatewayConnectionInfo, PRIVILEGED_INTENTS } from "./gateway.js";
import type { GatewayFrame } from "./gatewayConnection.js";
import { guildMember } from "./guildPayloads.js";
import { identityRoutes, type SessionStartLimit } from "./identityRoutes.js";
import {
  type AutocompleteSpec,
  autocompletePayload,
  type InteractionSpec,
  slashCommandPayload,
} from "./interactionPayloads.js";
import { type InteractionRecord, InteractionStore } from "./interactions.js";
import { type MessageCreateSpec, messageCreatePayload } from "./messagePayloads.js";
import { type ChaosRule, handleRest, type RecordedRequest } from "./rest.js";
import { botToken, snowflake } from "./snowflake.js";
import {
  botUserPayload,
  type FakeGuild,
  type FakeGuildSpec,
  makeGuild,
  type World,
} from "./world.js";

export type { FaultSpec, InjectedFault } from "./faults.js";
export type { GatewayConnectionInfo } from "./gateway.js";
export type { GatewayFrame } from "./gatewayConnection.js";
export type { RecordedFile } from "./http.js";
export type { AutocompleteSpec, InteractionSpec, OptionValue } from "./interactionPayloads.js";
export type { InteractionRecord } from "./interactions.js";
export type { MessageCreateSpec } from "./messagePayloads.js";
export type { ChaosAction, ChaosRule, RecordedRequest } from "./rest.js";
export type { FakeGuild, FakeGuildSpec } from "./world.js";

export interface FakeDiscordOptions {
  token?: string;
  /** Defaults to the bot user's id, as for applications created since 2020. */
  applicationId?: string;
  botUsername?: string;
  /** Defaults to one guild with one text channel. */
  guilds?: FakeGuildSpec[];
  /** HELLO's heartbeat_interval; Discord's is 41 250 ms. Use ~200 ms to watch heartbeats. */
  heartbeatIntervalMs?: number;
  /** How long after dispatch the first callback is accepted (Discord: 3 000 ms). */
  interactionDeadlineMs?: number;
  /** Privileged intents enabled for the bot; IDENTIFY asking for others is closed with 4014. */
  enabledPrivilegedIntents?: number;
  sessionStartLimit?: Partial<SessionStartLimit>;
  /** How long an enforced nonce is remembered (Discord: "the past few minutes"; 5 min here). */
  nonceWindowMs?: number;
}

const DEFAULT_WAIT_MS = 2_000;
const CALLBACK_ROUTE = "POST /interactions/:id/:token/callback";

/** Fields Discord blanks in MESSAGE_CREATE for bots without the MESSAGE_CONTENT intent. */
function withoutContent(
  message: GatewayMessageCreateDispatchData,
): GatewayMessageCreateDispatchData {
  const { poll: _poll, ...rest } = message;
  return { ...rest, content: "", embeds: [], attachments: [], components: [] };
}

function describeRequest(r: RecordedRequest): string {
  const fault = r.fault === null ? "" : " (injected)";
  return `${r.method} ${r.path} → ${r.status}${fault}`;
}

function describeFrame(f: GatewayFrame): string {
  const arrow = f.direction === "sent" ? "→ client" : "← client";
  return `#${f.connection} ${arrow} op ${f.op}${f.t === null ? "" : ` ${f.t}`}${f.s === null ? "" : ` s=${f.s}`}`;
}

/**
 * A loopback stand-in for Discord: REST under `http://127.0.0.1:PORT/api/v10` and the gateway at
 * `ws://127.0.0.1:PORT`, on one random free port. The real discord.js `Client` connects to it with
 * `new Client({ intents, rest: { api: fake.apiUrl } })` and `login(fake.token)`: `/gateway/bot`
 * hands out the ws:// URL, and discord.js 14 asks for no compression unless `zlib-sync` is
 * installed (the fake also speaks `compress=zlib-stream`). Tests drive events in (`sendInteraction`,
 * `sendMessage`) and assert what the bot sent back (`requests`, `waitForCallback`, `interaction`).
 */
export class FakeDiscord {
  readonly #server: Server;
  readonly #gateway: FakeGateway;
  readonly #world: World;
  readonly #requests = new Journal<RecordedRequest>(describeRequest);
  readonly #frames = new Journal<GatewayFrame>(describeFrame);
  readonly #faults = new FaultQueue();
  readonly #commands: CommandStore;
  readonly #interactions: InteractionStore;
  readonly #channels: ChannelStore;
  #chaos: ChaosRule | null = null;
  #port = 0;
  #stopped = false;

  private constructor(options: FakeDiscordOptions) {
    const botId = options.applicationId ?? snowflake();
    const botUser = botUserPayload(botId, options.botUsername ?? "briefbot");
    this.#world = {
      token: options.token ?? botToken(botId),
      applicationId: botId,
      botUser,
      guilds: (options.guilds ?? [{}]).map(makeGuild),
    };
    const limit: SessionStartLimit = {
      total: 1000,
      remaining: 1000,
      resetAfterMs: 86_400_000,
      ...options.sessionStartLimit,
    };
    this.#commands = new CommandStore(this.#world);
    this.#interactions = new InteractionStore(this.#world, options.interactionDeadlineMs ?? 3_000);
    this.#channels = new ChannelStore(
      this.#world,
      (guild, message) => this.#echoOwnMessage(guild, message),
      options.nonceWindowMs,
    );
    const routes = [
      ...identityRoutes(this.#world, () => this.gatewayUrl, limit),
      ...commandRoutes(this.#world, this.#commands),
      ...this.#interactions.routes(),
      ...this.#channels.routes(),
    ];
    this.#server = createServer((req, res) => {
      const deps = {
        token: () => this.#world.token,
        routes,
        faults: this.#faults,
        requests: this.#requests,
        chaos: () => this.#chaos,
      };
      // A request aborted mid-body has nobody to answer.
      handleRest(deps, req, res).catch(() => res.destroy());
    });
    this.#gateway = new FakeGateway(
      this.#server,
      this.#world,
      {
        heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
        enabledPrivilegedIntents: options.enabledPrivilegedIntents ?? PRIVILEGED_INTENTS,
        url: () => this.gatewayUrl,
        onSessionStart: () => {
          limit.remaining = Math.max(0, limit.remaining - 1);
        },
      },
      this.#frames,
    );
  }

  /** Starts REST and gateway on 127.0.0.1 and a free port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
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

  /** Pass as the discord.js client option `rest.api`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}`;
  }

  get token(): string {
    return this.#world.token;
  }

  get applicationId(): string {
    return this.#world.applicationId;
  }

  get botUser(): APIUser {
    return this.#world.botUser;
  }

  get guilds(): readonly FakeGuild[] {
    return this.#world.guilds;
  }

  /** The first configured guild. */
  get guild(): FakeGuild {
    const [first] = this.#world.guilds;
    if (first === undefined) throw new Error("expected at least one guild, found none");
    return first;
  }

  get requests(): readonly RecordedRequest[] {
    return this.#requests.entries;
  }

  get gatewayFrames(): readonly GatewayFrame[] {
    return this.#frames.entries;
  }

  /** Gateway connections in the order they were opened, with the query each used. */
  get gatewayConnections(): readonly GatewayConnectionInfo[] {
    return this.#gateway.connections;
  }

  /** Identified sessions not yet ended: connected, or disconnected but resumable. */
  get liveSessions(): number {
    return this.#gateway.liveSessions;
  }

  /** Commands registered globally, or in `guildId`. */
  registeredCommands(guildId?: string): readonly APIApplicationCommand[] {
    return this.#commands.list(guildId);
  }

  /** Messages the bot posted to a channel through REST. */
  channelMessages(channelId: string): readonly APIMessage[] {
    return this.#channels.messages(channelId);
  }

  /** A dispatched interaction and how it was answered (its reply as it stands after edits). */
  interaction(id: string): Readonly<InteractionRecord> | undefined {
    return this.#interactions.get(id);
  }

  failNext(spec: FaultSpec): void {
    this.#faults.add(spec);
  }

  /** Decides transport trouble (stalls, errors, cut connections) per request; null for none. */
  setChaos(rule: ChaosRule | null): void {
    this.#chaos = rule;
  }

  /** How many POSTs with an already-used enforced nonce got the earlier message back. */
  get nonceDeduplications(): number {
    return this.#channels.deduplicated;
  }

  slashCommand(spec: InteractionSpec): APIChatInputApplicationCommandInteraction {
    return slashCommandPayload(this.#world, (n, g) => this.#commands.find(n, g), spec);
  }

  autocomplete(spec: AutocompleteSpec): APIApplicationCommandAutocompleteInteraction {
    return autocompletePayload(this.#world, (n, g) => this.#commands.find(n, g), spec);
  }

  messageCreate(spec: MessageCreateSpec): GatewayMessageCreateDispatchData {
    return messageCreatePayload(this.#world, spec);
  }

  /** Dispatches INTERACTION_CREATE and starts its 3-second clock. Throws if no client identified. */
  sendInteraction(payload: APIInteraction): void {
    this.#interactions.register(payload);
    this.#requireSession(this.dispatch(GatewayDispatchEvents.InteractionCreate, payload));
  }

  /**
   * Dispatches MESSAGE_CREATE as Discord would: only to sessions with the GUILD_MESSAGES intent,
   * and with content blanked unless they have MESSAGE_CONTENT or the bot is mentioned.
   * Returns how many sessions received it.
   */
  sendMessage(payload: GatewayMessageCreateDispatchData): number {
    const mentionsBot = payload.mentions.some((u) => u.id === this.#world.botUser.id);
    return this.#gateway.dispatch(GatewayDispatchEvents.MessageCreate, (intents) => {
      if ((intents & GatewayIntentBits.GuildMessages) === 0) return null;
      const content = (intents & GatewayIntentBits.MessageContent) !== 0 || mentionsBot;
      return content ? payload : withoutContent(payload);
    });
  }

  /** Dispatches any event to every identified session; returns how many received it. */
  dispatch(t: string, d: unknown): number {
    return this.#gateway.dispatch(t, () => d);
  }

  #requireSession(sent: number): void {
    if (sent === 0) {
      throw new Error(
        "expected an identified gateway session, found none: await client.login() first",
      );
    }
  }

  #echoOwnMessage(guild: FakeGuild, message: APIMessage): void {
    const { user: _user, ...member } = guildMember(
      this.#world.botUser,
      [guild.botRoleId],
      guild.joinedAt,
    );
    this.#gateway.dispatch(GatewayDispatchEvents.MessageCreate, (intents) =>
      (intents & GatewayIntentBits.GuildMessages) === 0
        ? null
        : { ...message, guild_id: guild.id, member },
    );
  }

  waitForRequest(
    predicate: (r: RecordedRequest) => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<RecordedRequest> {
    return this.#requests.waitFor(predicate, timeoutMs, "a matching REST request");
  }

  waitForRequests(
    predicate: (r: RecordedRequest) => boolean,
    count: number,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<RecordedRequest[]> {
    return this.#requests.waitForMany(predicate, count, timeoutMs, "matching REST requests");
  }

  /** The first callback for the interaction that was not answered with an injected fault. */
  waitForCallback(interactionId: string, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedRequest> {
    return this.#requests.waitFor(
      (r) => r.route === CALLBACK_ROUTE && r.params.id === interactionId && r.fault === null,
      timeoutMs,
      `a callback for interaction ${interactionId}`,
    );
  }

  waitForGatewayFrame(
    predicate: (f: GatewayFrame) => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<GatewayFrame> {
    return this.#frames.waitFor(predicate, timeoutMs, "a matching gateway frame");
  }

  waitForGatewayFrames(
    predicate: (f: GatewayFrame) => boolean,
    count: number,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<GatewayFrame[]> {
    return this.#frames.waitForMany(predicate, count, timeoutMs, "matching gateway frames");
  }

  /** Closes every gateway connection from Discord's side; 4000 lets discord.js RESUME. */
  closeGateway(code: number = GatewayCloseCodes.UnknownError, reason = "Closed by the fake"): void {
    this.#gateway.closeAll(code, reason);
  }

  /** Sends op 7 RECONNECT, as Discord does before moving a session. */
  requestReconnect(): void {
    this.#gateway.sendOp(GatewayOpcodes.Reconnect, null);
  }

  /** Closes the gateway and REST server and frees the port. Destroy discord.js clients first. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    await this.#gateway.stop();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.#server.close((error) => (error === undefined ? resolve() : reject(error))),
    );
  }
}
