import { afterEach, describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/index.js";
import { discordCommandPayloads } from "../../src/adapters/discord/commandPayloads.js";
import { cli } from "../cli/cliHarness.js";
import { FakeDiscord } from "../fakes/discord/fakeDiscord.js";

const fakes: FakeDiscord[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.stop()));
});

async function fakeDiscord(): Promise<FakeDiscord> {
  const fake = await FakeDiscord.start();
  fakes.push(fake);
  return fake;
}

function discordEnv(fake: FakeDiscord, guild = true): NodeJS.ProcessEnv {
  return {
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    ...(guild ? { DISCORD_GUILD_ID: fake.guild.id } : {}),
    BRIEFBOT_COOLDOWN_SECONDS: "0",
  };
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("briefbot register", () => {
  it("bulk-overwrites the guild's commands with the command layer's definitions", async () => {
    const fake = await fakeDiscord();
    const result = await cli(["register"], { env: discordEnv(fake) });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Registered 12 commands for guild ${fake.guild.id}.\n`);
    const put = fake.requests.find((r) => r.method === "PUT");
    expect(put?.path).toBe(
      `/api/v10/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`,
    );
    expect(put?.auth).toBe("valid");
    expect(put?.body).toEqual(discordCommandPayloads(COMMANDS.map((c) => c.definition)));
    expect(result.stderr).not.toContain(fake.token);
  });

  it("registers globally without DISCORD_GUILD_ID, and running it twice changes nothing", async () => {
    const fake = await fakeDiscord();
    await cli(["register"], { env: discordEnv(fake, false) });
    const again = await cli(["register"], { env: discordEnv(fake, false) });
    expect(again.stdout).toBe("Registered 12 commands for all servers (global).\n");
    const puts = fake.requests.filter((r) => r.method === "PUT");
    expect(puts.map((r) => r.path)).toEqual([
      `/api/v10/applications/${fake.applicationId}/commands`,
      `/api/v10/applications/${fake.applicationId}/commands`,
    ]);
    expect(fake.registeredCommands().map((c) => c.name)).toEqual(
      COMMANDS.map((c) => c.definition.name),
    );
  });

  it("needs Discord credentials", async () => {
    expect(await cli(["register"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "briefbot: register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID\n",
    });
  });
});

describe("a Discord API that cannot be reached", () => {
  it("stops serve and register with a clear network error, exit code 1 and no stack", async () => {
    // A fake that was stopped: its port on 127.0.0.1 is closed.
    const fake = await FakeDiscord.start();
    await fake.stop();
    for (const command of ["serve", "register"]) {
      expect(await cli([command], { env: discordEnv(fake) })).toEqual({
        code: 1,
        stdout: "",
        stderr: `briefbot: cannot reach the Discord API at ${fake.apiUrl}: ECONNREFUSED\n`,
      });
    }
  });
});

describe("briefbot serve", () => {
  it("connects, answers slash commands, logs JSON lines without the token, and stops on SIGINT", async () => {
    const fake = await fakeDiscord();
    const shutdown = new AbortController();
    const running = cli(["serve"], { env: discordEnv(fake), shutdown: shutdown.signal });
    await until(() => fake.liveSessions === 1);
    await fake.waitForGatewayFrame((f) => f.t === "GUILD_CREATE");
    const interaction = fake.slashCommand({ name: "brief", options: { topic: "iran" } });
    await until(() => {
      try {
        fake.sendInteraction(interaction);
        return true;
      } catch {
        return false;
      }
    });
    const callback = await fake.waitForCallback(interaction.id);
    expect((callback.body as { type: number }).type).toBe(4);
    shutdown.abort("SIGINT");
    const result = await running;
    expect(result.code).toBe(0);
    await until(() => fake.liveSessions === 0);
    const logs = result.stderr
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { msg: string; [k: string]: unknown });
    expect(logs.map((l) => l.msg)).toEqual(
      expect.arrayContaining([
        "discord commands registered",
        "discord connected",
        "command",
        "shutting down",
        "discord disconnected",
      ]),
    );
    expect(logs.find((l) => l.msg === "command")).toMatchObject({
      command: "brief",
      platform: "discord",
      outcome: "ok",
    });
    expect(result.stderr).not.toContain(fake.token);
  });

  it("without credentials prints the digest, the variables that connect, and the local chat", async () => {
    const result = await cli(["serve"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("TOP STORIES");
    expect(result.stderr).toContain("DISCORD_TOKEN (bot token) and DISCORD_APPLICATION_ID");
    expect(result.stderr).toContain("SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET");
    expect(result.stderr).toContain("npx briefbot chat");
  });
});
