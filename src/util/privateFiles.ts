import { chmod, mkdir, open } from "node:fs/promises";

/**
 * Modes of the state briefbot keeps (the SQLite store, the saved index): subscriptions, channel
 * ids and the articles' text are nobody else's business on a shared machine.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates `dir` and any missing parent, each readable by its owner only. A folder that already
 * exists keeps its mode: it may be shared on purpose (a home, a mounted volume).
 */
export async function makePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/**
 * Creates `file` empty if missing, and makes it (and an existing one) readable by its owner only.
 * SQLite gives its `-wal` and `-shm` files the mode of the database file, so a database made
 * private before SQLite opens it keeps its companions private too.
 */
export async function makePrivateFile(file: string): Promise<void> {
  const handle = await open(file, "a", PRIVATE_FILE_MODE);
  await handle.close();
  await chmod(file, PRIVATE_FILE_MODE);
}

/** Makes `file` readable by its owner only when it exists (a companion file SQLite may not have made yet). */
export async function restrictIfPresent(file: string): Promise<void> {
  try {
    await chmod(file, PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ENOENT") throw error;
  }
}
