import { describe, expect, it } from "vitest";
import { readAppConfig as readEnvironment } from "../../src/app.js";
import { createLogger } from "../../src/log/logger.js";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789";
const APP = "123456789012345678";

function error(env: Record<string, string>): string {
  try {
    readEnvironment(env);
  } catch (e) {
    return (e as Error).message;
  }
  return "no error";
}

describe("readEnvironment", () => {
  it("reads Discord settings, defaulting the API URL, and hides the token", () => {
    const env = readEnvironment({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP });
    expect(env.adapters.discord?.apiUrl).toBe("https://discord.com/api");
    expect(env.adapters.discord?.token.reveal()).toBe(TOKEN);
    expect(JSON.stringify(env)).not.toContain(TOKEN);
    expect(String(env.adapters.discord?.token)).toBe("[redacted]");
  });

  it.each([
    [
      { DISCORD_TOKEN: "nope" },
      "DISCORD_TOKEN is malformed: expected a bot token (three dot-separated parts from the Developer Portal)",
    ],
    [
      { DISCORD_TOKEN: TOKEN },
      "DISCORD_APPLICATION_ID is not set — it is needed to register the commands",
    ],
    [
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: "abc" },
      "DISCORD_APPLICATION_ID is malformed: expected a numeric id (17 to 20 digits)",
    ],
    [
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: "12" },
      "DISCORD_GUILD_ID is malformed: expected a numeric server id (17 to 20 digits)",
    ],
    [
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: APP,
        DISCORD_API_URL: "http://127.0.0.1:1/api/v10",
      },
      "DISCORD_API_URL is malformed: expected an http(s) URL without the API version, like https://discord.com/api",
    ],
    [
      { LOG_LEVEL: "loud" },
      "LOG_LEVEL is malformed: expected one of debug, info, warn, error, found 'loud'",
    ],
    [
      { BRIEFBOT_COOLDOWN_SECONDS: "-1" },
      "BRIEFBOT_COOLDOWN_SECONDS is malformed: expected a number from 0 to 3600, found '-1'",
    ],
  ])("%o → one-line error naming the variable", (env, message) => {
    expect(error(env)).toBe(message);
  });
});

describe("readEnvironment: Slack", () => {
  it("reads HTTP-mode settings with defaults and hides the secrets", () => {
    const env = readEnvironment({
      SLACK_BOT_TOKEN: "xoxb-1234567890",
      SLACK_SIGNING_SECRET: "abcdef0123456789",
    });
    expect(env.adapters.slack?.port).toBe(3000);
    // Loopback unless SLACK_HOST says otherwise: a public port is a choice, not a default.
    expect(env.adapters.slack?.host).toBe("127.0.0.1");
    expect(env.adapters.slack?.apiUrl).toBe("https://slack.com/api/");
    expect(env.adapters.slack?.appToken).toBeNull();
    expect(JSON.stringify(env)).not.toContain("xoxb-1234567890");
    expect(JSON.stringify(env)).not.toContain("abcdef0123456789");
  });

  it("adds the trailing slash to SLACK_API_URL and accepts Socket Mode", () => {
    const env = readEnvironment({
      SLACK_BOT_TOKEN: "xoxb-1234567890",
      SLACK_APP_TOKEN: "xapp-1-A0-123-abc",
      SLACK_API_URL: "http://127.0.0.1:9999/api",
    });
    expect(env.adapters.slack?.apiUrl).toBe("http://127.0.0.1:9999/api/");
    expect(env.adapters.slack?.appToken?.reveal()).toBe("xapp-1-A0-123-abc");
  });
});

describe("logger", () => {
  it("writes JSON lines and redacts secret-looking fields", () => {
    const lines: string[] = [];
    const log = createLogger({
      level: "info",
      format: "json",
      write: (l) => lines.push(l),
      now: () => new Date(0),
    });
    log.debug("hidden");
    log.info("command", { command: "brief", token: "abc", error: new Error("boom") });
    expect(lines).toEqual([
      '{"time":"1970-01-01T00:00:00.000Z","level":"info","msg":"command","command":"brief","token":"[redacted]","error":{"name":"Error","message":"boom"}}\n',
    ]);
  });
});

describe("readEnvironment: the shared saved index", () => {
  it("reads DATABASE_URL as a secret and BRIEFBOT_INDEX_NAME", () => {
    const env = readEnvironment({
      DATABASE_URL: "postgres://briefbot:hunter2@db.internal:5432/news",
      BRIEFBOT_INDEX_NAME: "newsroom",
    });
    expect(env.databaseUrl?.reveal()).toBe("postgres://briefbot:hunter2@db.internal:5432/news");
    expect(JSON.stringify(env)).not.toContain("hunter2");
    expect(env.indexName).toBe("newsroom");
    expect(readEnvironment({}).databaseUrl).toBeNull();
  });

  it("refuses a URL that is not PostgreSQL's without showing it, and a malformed name", () => {
    expect(error({ DATABASE_URL: "mysql://root:hunter2@db/news" })).toBe(
      "DATABASE_URL is malformed: expected a PostgreSQL URL like postgres://user@host:5432/db",
    );
    expect(error({ DATABASE_URL: "hunter2" })).toBe(
      "DATABASE_URL is malformed: expected a PostgreSQL URL like postgres://user@host:5432/db",
    );
    expect(error({ BRIEFBOT_INDEX_NAME: "news room" })).toBe(
      "BRIEFBOT_INDEX_NAME is malformed: expected 1 to 200 letters, digits or _ . : / -, found 'news room'",
    );
  });
});
