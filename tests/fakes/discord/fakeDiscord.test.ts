import { once } from "node:events";
import { createServer } from "node:net";
import { constants, createInflate } from "node:zlib";
import { Events, GatewayIntentBits } from "discord.js";
import { describe, expect, it, vi } from "vitest";
import { WebSocket } from "ws";
import { nextInteraction, useFakeDiscord } from "./harness.js";

const harness = useFakeDiscord();

describe("fake Discord gateway with the real discord.js client", () => {
  it("logs in, emits clientReady with the fake bot user and caches the guild and channel", async () => {
    const f = await harness.start();
    const client = await harness.ready(f);

    expect(client.user.id).toBe(f.botUser.id);
    expect(client.user.username).toBe("briefbot");
    expect(client.user.bot).toBe(true);
    expect(client.application.id).toBe(f.applicationId);
    const guild = client.guilds.cache.get(f.guild.id);
    expect(guild?.name).toBe("Briefbot Test Server");
    expect(guild?.channels.cache.get(f.guild.textChannelId)?.name).toBe("general");
    expect(guild?.members.me?.id).toBe(f.botUser.id);

    expect(f.requests.find((r) => r.path === "/api/v10/gateway/bot")).toMatchObject({
      method: "GET",
      auth: "valid",
      status: 200,
    });
    expect(f.gatewayConnections).toEqual([
      { id: 1, path: "/", query: { v: "10", encoding: "json" } },
    ]);
    const identify = f.gatewayFrames.find((fr) => fr.direction === "received" && fr.op === 2);
    expect(identify?.d).toMatchObject({
      token: f.token,
      intents: GatewayIntentBits.Guilds,
      compress: false,
      shard: [0, 1],
    });
    const dispatched = f.gatewayFrames.filter((fr) => fr.op === 0).map((fr) => [fr.t, fr.s]);
    expect(dispatched).toEqual([
      ["READY", 1],
      ["GUILD_CREATE", 2],
    ]);
  });

  it("rejects a wrong token: /gateway/bot answers 401 and login fails with TokenInvalid", async () => {
    const f = await harness.start();
    const client = harness.client(f);

    await expect(client.login("MTIz.bad.token")).rejects.toMatchObject({ code: "TokenInvalid" });
    expect(f.requests.map((r) => [r.path, r.auth, r.status])).toEqual([
      ["/api/v10/gateway/bot", "invalid", 401],
    ]);
  });

  it("closes IDENTIFY with 4014 when MESSAGE_CONTENT is not enabled, and login fails", async () => {
    const f = await harness.start({ enabledPrivilegedIntents: 0 });
    const client = harness.client(f, {
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.MessageContent],
    });

    await expect(client.login(f.token)).rejects.toThrow("Used disallowed intents");
  });

  it("acknowledges every heartbeat, sent at the HELLO interval with the last sequence", async () => {
    const f = await harness.start({ heartbeatIntervalMs: 200 });
    const client = await harness.ready(f);

    const beats = await f.waitForGatewayFrames(
      (fr) => fr.direction === "received" && fr.op === 1,
      2,
    );
    await f.waitForGatewayFrames((fr) => fr.direction === "sent" && fr.op === 11, 2);
    expect(beats[1]?.d).toBe(2);
    expect(f.gatewayFrames.find((fr) => fr.op === 10)?.d).toMatchObject({
      heartbeat_interval: 200,
    });
    await vi.waitFor(() => expect(client.ws.ping).toBeGreaterThanOrEqual(0));
  });

  it("resumes after a 4000 close and replays the interaction dispatched while disconnected", async () => {
    const f = await harness.start();
    const client = await harness.ready(f);
    const resumed = once(client, Events.ShardResume);

    f.closeGateway(4000);
    const payload = f.slashCommand({ name: "brief" });
    const arrived = nextInteraction(client);
    f.sendInteraction(payload);
    await resumed;

    expect((await arrived).id).toBe(payload.id);
    const ready1 = f.gatewayFrames.find((fr) => fr.t === "READY")?.d as { session_id: string };
    const resume = f.gatewayFrames.find((fr) => fr.direction === "received" && fr.op === 6);
    expect(resume?.d).toMatchObject({ session_id: ready1.session_id, seq: 2, token: f.token });
    expect(f.gatewayFrames.filter((fr) => fr.direction === "received" && fr.op === 2)).toHaveLength(
      1,
    );
    expect(f.gatewayConnections).toHaveLength(2);
  });

  it("closes cleanly on client.destroy (session ended) and stop() frees the port", async () => {
    const f = await harness.start();
    const client = await harness.ready(f);

    await client.destroy();
    await vi.waitFor(() => expect(f.liveSessions).toBe(0));
    const { port } = f;
    await f.stop();

    const probe = createServer();
    await new Promise<void>((resolve, reject) => {
      probe.once("error", reject);
      probe.listen(port, "127.0.0.1", () => resolve());
    });
    await new Promise((resolve) => probe.close(resolve));
  });

  it("speaks zlib-stream when a client asks for compress=zlib-stream", async () => {
    const f = await harness.start();
    const socket = new WebSocket(`${f.gatewayUrl}/?v=10&encoding=json&compress=zlib-stream`);
    const inflate = createInflate();
    const decoded: unknown[] = [];
    socket.on("message", (data: Buffer) => {
      let text = "";
      inflate.on("data", (chunk: Buffer) => {
        text += chunk.toString();
      });
      inflate.write(data);
      inflate.flush(constants.Z_SYNC_FLUSH, () => {
        inflate.removeAllListeners("data");
        decoded.push(JSON.parse(text));
      });
    });
    await once(socket, "open");
    await vi.waitFor(() => expect(decoded).toHaveLength(1));
    socket.send(JSON.stringify({ op: 1, d: null }));
    await vi.waitFor(() => expect(decoded).toHaveLength(2));
    socket.close();
    await once(socket, "close");
    inflate.close();

    expect(decoded).toEqual([
      { op: 10, d: expect.objectContaining({ heartbeat_interval: 41_250 }), s: null, t: null },
      { op: 11, d: null, s: null, t: null },
    ]);
  });
});
