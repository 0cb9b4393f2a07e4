import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { silentLogger } from "../../src/log/logger.js";
import { openStore } from "../../src/store/openStore.js";

const BAD_URL = "KEYV_URL must be a redis:// URL (or unset for the SQLite file)";

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe("openStore", () => {
  it.each([
    "sqlite://./briefbot.sqlite",
    "mongodb://localhost:27017",
    "http://127.0.0.1:6379",
    "localhost:6379",
    "redis:",
    "",
  ])("refuses KEYV_URL %j with a configuration error", async (url) => {
    const opening = openStore({ url, dataDir: "/unused", logger: silentLogger });
    await expect(opening).rejects.toBeInstanceOf(UserError);
    await expect(opening).rejects.toMatchObject({ code: "CONFIG_INVALID", message: BAD_URL });
  });

  it("names the host (never the password) when Redis cannot be reached", async () => {
    const port = await closedPort();
    const opening = openStore({
      url: `redis://:hunter2@127.0.0.1:${port}`,
      dataDir: "/unused",
      logger: silentLogger,
    });
    await expect(opening).rejects.toBeInstanceOf(UserError);
    const error = (await opening.catch((e: unknown) => e)) as UserError;
    expect(error.message).toMatch(
      new RegExp(`^cannot reach Redis at 127\\.0\\.0\\.1:${port} \\(KEYV_URL\\): .*ECONNREFUSED`),
    );
    expect(error.message).not.toContain("hunter2");
  });
});
