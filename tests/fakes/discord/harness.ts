import { once } from "node:events";
import {
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  type Interaction,
} from "discord.js";
import { afterEach } from "vitest";
import {
  FakeDiscord,
  type FakeDiscordOptions,
  type InteractionSpec,
  type RecordedRequest,
} from "./fakeDiscord.js";

export interface FakeDiscordHarness {
  /** Starts a fake that is stopped after the test. */
  start(options?: FakeDiscordOptions): Promise<FakeDiscord>;
  /** A real discord.js client pointed at the fake, destroyed after the test. */
  client(fake: FakeDiscord, options?: Partial<ClientOptions>): Client;
  /** Logs a client in and waits for clientReady (emitted once every guild has arrived). */
  ready(fake: FakeDiscord, options?: Partial<ClientOptions>): Promise<Client<true>>;
}

/** Registers an afterEach that destroys every client, then stops every fake, so nothing leaks. */
export function useFakeDiscord(): FakeDiscordHarness {
  let fakes: FakeDiscord[] = [];
  let clients: Client[] = [];
  afterEach(async () => {
    await Promise.all(clients.map((c) => c.destroy()));
    await Promise.all(fakes.map((f) => f.stop()));
    clients = [];
    fakes = [];
  });

  const client = (fake: FakeDiscord, options: Partial<ClientOptions> = {}): Client => {
    const c = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: { api: fake.apiUrl },
      ...options,
    });
    clients.push(c);
    return c;
  };
  return {
    async start(options = {}) {
      const fake = await FakeDiscord.start(options);
      fakes.push(fake);
      return fake;
    },
    client,
    async ready(fake, options = {}) {
      const c = client(fake, options);
      const isReady = once(c, Events.ClientReady);
      await c.login(fake.token);
      await isReady;
      if (!c.isReady()) throw new Error("expected a ready client, found one still connecting");
      return c;
    },
  };
}

export function nextInteraction(client: Client): Promise<Interaction> {
  return new Promise((resolve) => client.once(Events.InteractionCreate, resolve));
}

/** Dispatches a slash command and returns the payload and the interaction discord.js built. */
export async function slash(
  client: Client,
  fake: FakeDiscord,
  spec: InteractionSpec,
): Promise<{
  payload: ReturnType<FakeDiscord["slashCommand"]>;
  interaction: ChatInputCommandInteraction;
}> {
  const payload = fake.slashCommand(spec);
  const arrived = nextInteraction(client);
  fake.sendInteraction(payload);
  const interaction = await arrived;
  if (!interaction.isChatInputCommand()) {
    throw new Error(`expected a chat-input command, found interaction type ${interaction.type}`);
  }
  return { payload, interaction };
}

export const isCallback = (r: RecordedRequest): boolean =>
  r.route === "POST /interactions/:id/:token/callback";
