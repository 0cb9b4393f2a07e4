import { afterEach, describe, expect, it } from "vitest";
import type { ProcessFault } from "../../src/cli/cliCommand.js";
import { type CliResult, cli } from "../cli/cliHarness.js";
import { FakeSlack } from "../fakes/slack/fakeSlack.js";

const fakes: FakeSlack[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.stop()));
});

/** The port of the running `serve`, from its "slack listening" log line. */
async function slackPort(stderr: () => string): Promise<number> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const line = stderr()
      .split("\n")
      .find((l) => l.includes('"slack listening"'));
    if (line) return (JSON.parse(line) as { port: number }).port;
    if (Date.now() > deadline) throw new Error(`slack never listened:\n${stderr()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function slackEnv(fake: FakeSlack) {
  return {
    SLACK_BOT_TOKEN: fake.botToken,
    SLACK_SIGNING_SECRET: fake.signingSecret,
    SLACK_API_URL: fake.apiUrl,
    SLACK_PORT: "0",
    SLACK_HOST: "127.0.0.1",
    BRIEFBOT_COOLDOWN_SECONDS: "0",
  };
}

describe("briefbot serve with Slack", () => {
  it("logs a rejection no handler caught as a bug and goes on serving", async () => {
    const fake = await FakeSlack.start();
    fakes.push(fake);
    let stderr = "";
    const listeners: ((fault: ProcessFault) => void)[] = [];
    let listening = 0;
    const shutdown = new AbortController();
    const running = cli(["serve"], {
      env: slackEnv(fake),
      shutdown: shutdown.signal,
      onStderr: (t) => {
        stderr += t;
      },
      onFault: (listener) => {
        listeners.push(listener);
        listening++;
        return () => {
          listening--;
        };
      },
    });
    const port = await slackPort(() => stderr);
    expect(listening).toBe(1);
    listeners[0]?.({
      kind: "unhandled rejection",
      error: new TypeError("Cannot read properties of null (reading 'ssl_check')"),
    });
    const logged = stderr
      .split("\n")
      .filter((l) => l.includes("this is a bug"))
      .map((l) => JSON.parse(l));
    expect(logged).toEqual([
      {
        time: "2026-01-15T08:00:00.000Z",
        level: "error",
        msg: "unhandled rejection — this is a bug, please report it",
        error: {
          name: "TypeError",
          message: "Cannot read properties of null (reading 'ssl_check')",
        },
        serving: true,
      },
    ]);
    const responseUrl = fake.responseUrl();
    await fake
      .client(`http://127.0.0.1:${port}/slack/events`)
      .slashCommand({ command: "/topics", responseUrl });
    expect((await fake.waitForResponse(responseUrl, 3000)).status).toBe(200);
    shutdown.abort("SIGTERM");
    expect((await running).code).toBe(0);
    expect(listening).toBe(0);
  }, 60_000);

  it("listens for signed requests, answers, and stops cleanly on SIGTERM", async () => {
    const fake = await FakeSlack.start();
    fakes.push(fake);
    let stderr = "";
    const shutdown = new AbortController();
    const env = slackEnv(fake);
    const running: Promise<CliResult> = cli(["serve"], {
      env,
      shutdown: shutdown.signal,
      onStderr: (t) => {
        stderr += t;
      },
    });
    const port = await slackPort(() => stderr);
    const responseUrl = fake.responseUrl();
    const delivery = await fake
      .client(`http://127.0.0.1:${port}/slack/events`)
      .slashCommand({ command: "/topics", responseUrl });
    expect(delivery.status).toBe(200);
    const response = await fake.waitForResponse(responseUrl, 3000);
    expect((response.blocks as { text?: { text: string } }[])[0]?.text?.text).toBe("Topics");
    shutdown.abort("SIGTERM");
    const result = await running;
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('"msg":"shutting down"');
    expect(result.stderr).not.toContain(fake.botToken);
    expect(result.stderr).not.toContain(fake.signingSecret);
  }, 20_000);

  it("stops at once on SIGTERM while Socket Mode still retries its connection at start-up", async () => {
    const fake = await FakeSlack.start();
    fakes.push(fake);
    // A recoverable error: the Socket Mode client waits 5 s, 10 s, ... and asks again, forever.
    fake.failNext({ method: "apps.connections.open", error: "internal_error", times: 1000 });
    const shutdown = new AbortController();
    const running = cli(["serve"], {
      env: {
        SLACK_BOT_TOKEN: fake.botToken,
        SLACK_APP_TOKEN: fake.appToken,
        SLACK_API_URL: fake.apiUrl,
      },
      shutdown: shutdown.signal,
    });
    const deadline = Date.now() + 60_000;
    while (fake.calls("apps.connections.open").length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(fake.calls("apps.connections.open").length).toBeGreaterThan(0);
    shutdown.abort("SIGTERM");
    // Generous: a loaded machine is slow, but start-up retries would take minutes.
    const stopped = await Promise.race([
      running,
      new Promise<"still running">((r) => setTimeout(() => r("still running"), 20_000)),
    ]);
    expect(stopped).not.toBe("still running");
    const result = stopped as CliResult;
    expect(result.code).toBe(0);
    const last = JSON.parse(result.stderr.trim().split("\n").at(-1) ?? "{}") as object;
    expect(last).toMatchObject({ msg: "shutting down", reason: "SIGTERM", during: "start-up" });
    expect(fake.socketConnections).toBe(0);
  }, 120_000);

  it("stops start-up with a network error, not a rejected token, when the Slack API cannot be reached", async () => {
    // A fake that was stopped: its port on 127.0.0.1 is closed.
    const fake = await FakeSlack.start();
    await fake.stop();
    const result = await cli(["serve"], { env: slackEnv(fake) });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n").at(-2)).toBe(
      `briefbot: cannot reach the Slack API at ${fake.apiUrl}: ECONNREFUSED`,
    );
    expect(result.stderr).not.toContain("SLACK_BOT_TOKEN");
    expect(result.stderr).not.toContain("this is a bug");
  });

  it("stops start-up with a clear error when Slack rejects the token", async () => {
    const fake = await FakeSlack.start();
    fakes.push(fake);
    const result = await cli(["serve"], {
      env: {
        SLACK_BOT_TOKEN: "xoxb-0000000000-wrong",
        SLACK_SIGNING_SECRET: fake.signingSecret,
        SLACK_API_URL: fake.apiUrl,
        SLACK_PORT: "0",
        SLACK_HOST: "127.0.0.1",
      },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("briefbot: Slack rejected SLACK_BOT_TOKEN (invalid_auth)");
    expect(result.stderr).not.toContain("xoxb-0000000000-wrong");
  });
});
