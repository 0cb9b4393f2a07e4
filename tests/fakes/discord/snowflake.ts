import { randomBytes } from "node:crypto";

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/**
 * A Discord snowflake for "now": milliseconds since the Discord epoch shifted left 22 bits,
 * then worker 1, process 0 and a 12-bit increment. Always 17 to 20 digits, like real ids.
 */
export function snowflake(now: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(now) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** A random url-safe token of the given byte length (interaction tokens are opaque strings). */
export function opaqueToken(bytes: number): string {
  return randomBytes(bytes).toString("base64url");
}

/** A bot token shaped like Discord's: base64(user id) . timestamp part . HMAC part. */
export function botToken(userId: string): string {
  return `${Buffer.from(userId).toString("base64url")}.${opaqueToken(4)}.${opaqueToken(27)}`;
}
