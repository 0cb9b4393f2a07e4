import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../log/logger.js";

/**
 * Bolt's logger interface on top of ours, so Bolt's own messages become structured log lines too.
 * Arguments are joined as text; our logger redacts secret-looking fields, and Bolt never logs
 * tokens at warn level or above.
 */
export function boltLogger(logger: Logger): BoltLogger {
  let level: LogLevel = LogLevel.WARN;
  const text = (msg: unknown[]) =>
    msg.map((m) => (m instanceof Error ? m.message : String(m))).join(" ");
  return {
    debug: (...msg) => logger.debug("bolt", { platform: "slack", detail: text(msg) }),
    info: (...msg) => logger.info("bolt", { platform: "slack", detail: text(msg) }),
    warn: (...msg) => logger.warn("bolt", { platform: "slack", detail: text(msg) }),
    error: (...msg) => logger.error("bolt", { platform: "slack", detail: text(msg) }),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
