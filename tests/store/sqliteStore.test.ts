import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import KeyvSqlite from "@keyv/sqlite";
import { Keyv } from "keyv";
import { afterEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { silentLogger } from "../../src/log/logger.js";
import { openStore } from "../../src/store/openStore.js";
import { RECORD_VERSION, subscriptionKey } from "../../src/store/records.js";
import { SQLITE_FILE_NAME } from "../../src/store/sqliteStore.js";
import type { Store } from "../../src/store/store.js";
import { discordSubscription, recordingLogger, slackSubscription, sleep } from "./fixtures.js";
import { storeContract } from "./storeContract.js";

const temporaryDirs: string[] = [];
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "briefbot-store-"));
  temporaryDirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temporaryDirs.splice(0).map((dir) => rm(dir, { recursive: true })));
});

/** Runs `action` with a raw @keyv/sqlite adapter on the store's file, then closes it. */
async function withRawSqlite<T>(dataDir: string, action: (raw: KeyvSqlite) => Promise<T>) {
  const raw = new KeyvSqlite({
    uri: `sqlite://${join(dataDir, SQLITE_FILE_NAME)}`,
    busyTimeout: 5000,
  });
  try {
    return await action(raw);
  } finally {
    await raw.disconnect();
  }
}

describe("SQLite store (a real file in a temporary folder)", () => {
  storeContract(async () => {
    const dataDir = await freshDir();
    return {
      open: (logger) => openStore({ url: null, dataDir, logger }),
      writeRaw: (namespace, key, text) =>
        withRawSqlite(dataDir, (raw) => raw.set(`${namespace}:${key}`, text)),
      cleanup: async () => {},
    };
  });
});

describe("SQLite store specifics", () => {
  const opened: Store[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  it("creates the data folder and keeps everything in briefbot.sqlite inside it", async () => {
    const dataDir = join(await freshDir(), "nested", "data");
    const store = await openStore({ url: null, dataDir, logger: silentLogger });
    opened.push(store);
    expect(store.kind).toBe("sqlite");
    expect(existsSync(join(dataDir, SQLITE_FILE_NAME))).toBe(true);
  });

  it("keeps its folders owner-only (0700) and the database, -wal and -shm files 0600", async () => {
    const parent = await freshDir();
    const dataDir = join(parent, "nested", "data");
    const store = await openStore({ url: null, dataDir, logger: silentLogger });
    opened.push(store);
    await store.cache.set("written", 1);
    const file = join(dataDir, SQLITE_FILE_NAME);
    const modes = await Promise.all(
      [join(parent, "nested"), dataDir, file, `${file}-wal`, `${file}-shm`].map(async (path) =>
        ((await stat(path)).mode & 0o777).toString(8),
      ),
    );
    expect(modes).toEqual(["700", "700", "600", "600", "600"]);
  });

  it("makes a world-readable database left by an earlier version owner-only when opened", async () => {
    const dataDir = await freshDir();
    const file = join(dataDir, SQLITE_FILE_NAME);
    await (await openStore({ url: null, dataDir, logger: silentLogger })).close();
    await chmod(file, 0o644);
    opened.push(await openStore({ url: null, dataDir, logger: silentLogger }));
    expect(((await stat(file)).mode & 0o777).toString(8)).toBe("600");
  });

  it("names the path when the data folder cannot be created", async () => {
    const parent = await freshDir();
    await writeFile(join(parent, "a-file"), "not a folder");
    const dataDir = join(parent, "a-file", "data");
    const opening = openStore({ url: null, dataDir, logger: silentLogger });
    await expect(opening).rejects.toBeInstanceOf(UserError);
    await expect(opening).rejects.toThrow(
      `cannot create the data folder ${dataDir} (BRIEFBOT_DATA_DIR): ENOTDIR`,
    );
  });

  it("names the file when it is not an SQLite database", async () => {
    const dataDir = await freshDir();
    await writeFile(
      join(dataDir, SQLITE_FILE_NAME),
      "this is not a database, just text ".repeat(50),
    );
    await expect(openStore({ url: null, dataDir, logger: silentLogger })).rejects.toThrow(
      `cannot open the store ${join(dataDir, SQLITE_FILE_NAME)} for writing`,
    );
  });

  it("skips a record a plain Keyv (default serializer) wrote with an unknown version", async () => {
    const dataDir = await freshDir();
    const { logger, lines } = recordingLogger();
    const store = await openStore({ url: null, dataDir, logger });
    opened.push(store);
    const discordKey = subscriptionKey("discord", discordSubscription.channelId);
    await store.subscriptions.set(discordKey, discordSubscription);
    await withRawSqlite(dataDir, async (raw) => {
      const plain = new Keyv(raw, { namespace: "subscriptions" });
      await plain.set("slack:v2", { v: RECORD_VERSION + 1, data: slackSubscription });
    });
    expect(await store.subscriptions.list()).toStrictEqual([
      { key: discordKey, value: discordSubscription },
    ]);
    expect(lines.map((line) => line.fields)).toStrictEqual([
      { namespace: "subscriptions", key: "slack:v2", reason: "unknown version 2" },
    ]);
  });

  it("sweeps entries whose ttl has passed when the file is opened again", async () => {
    const dataDir = await freshDir();
    const store = await openStore({ url: null, dataDir, logger: silentLogger });
    await store.cache.set("gone", 1, 30);
    await store.cache.set("kept", 2);
    await store.close();
    await sleep(60);
    opened.push(await openStore({ url: null, dataDir, logger: silentLogger }));
    const rows = await withRawSqlite(dataDir, (raw) => raw.query("SELECT key FROM keyv"));
    expect(rows).toStrictEqual([{ key: "cache:kept" }]);
  });
});
