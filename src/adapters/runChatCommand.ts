import { findCommand } from "../../commands/index.js";
import type { CommandDeps, CommandInput, Reply } from "../../commands/types.js";
import { userError } from "../../commands/types.js";
import type { Logger } from "../log/logger.js";
import type { Cooldown } from "./cooldown.js";

/** Commands that compose a briefing and so count against the per-user cooldown. */
const RATE_LIMITED = new Set(["brief", "official", "digest"]);

export interface ChatContext {
  readonly platform: "discord" | "slack" | "chat";
  readonly userId: string;
  readonly deps: CommandDeps;
  readonly logger: Logger;
  readonly cooldown: Cooldown | null;
}

/**
 * Runs one command for a chat user: cooldown, the command itself, and a log line with its name,
 * platform, latency and outcome. A bug becomes a short apology for the user and an error log with
 * context; user errors come back as `user-error` replies. Never throws.
 */
export async function runChatCommand(
  name: string,
  input: CommandInput,
  context: ChatContext,
): Promise<Reply> {
  const started = performance.now();
  const log = (outcome: string, extra: Record<string, unknown> = {}) =>
    context.logger.info("command", {
      command: name,
      platform: context.platform,
      latencyMs: Math.round(performance.now() - started),
      outcome,
      ...extra,
    });
  const command = findCommand(name);
  if (!command) {
    log("unknown-command");
    return userError(`there is no /${name} command — try /help`);
  }
  if (RATE_LIMITED.has(name) && context.cooldown) {
    const wait = context.cooldown.check(context.platform, context.userId);
    if (wait > 0) {
      log("cooldown");
      return userError(`please wait ${wait} s before asking for another briefing`);
    }
  }
  try {
    const reply = await command.execute(input, context.deps);
    log(reply.kind === "user-error" ? "user-error" : "ok");
    return reply;
  } catch (error) {
    context.logger.error("command failed", {
      command: name,
      platform: context.platform,
      error,
      latencyMs: Math.round(performance.now() - started),
    });
    return {
      kind: "failure",
      message: "Sorry — something went wrong while preparing this answer. Please try again.",
    };
  }
}
