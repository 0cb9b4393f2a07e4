import { afterEach, describe, expect, it } from "vitest";
import { type CliResult, cli } from "../cli/cliHarness.js";
import { FakeSlack } from "../fakes/slack/fakeSlack.js";

const fakes: FakeSlack[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.stop()));
});

describe("briefbot serve with Slack", () => {
  it("listens for signed requests, answers, and stops cleanly on SIGTERM", async () => {
    const fake = await FakeSlack.start();
    fakes.push(fake);
    let stderr = "";
    const shutdown = new AbortController();
    const env = {
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: fake.signingSecret,
      SLACK_API_URL: fake.apiUrl,
      SLACK_PORT: "0",
      SLACK_HOST: "127.0.0.1",
      BRIEFBOT_COOLDOWN_SECONDS: "0",
    };
    const running: Promise<CliResult> = cli(["serve"], {
      env,
      shutdown: shutdown.signal,
      onStderr: (t) => {
        stderr += t;
      },
    });
    const deadline = Date.now() + 10_000;
    let port: number | null = null;
    while (port === null) {
      const line = stderr.split("\n").find((l) => l.includes('"slack listening"'));
      if (line) port = (JSON.parse(line) as { port: number }).port;
      else if (Date.now() > deadline) throw new Error(`slack never listened:\n${stderr}`);
      else await new Promise((r) => setTimeout(r, 25));
    }
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
