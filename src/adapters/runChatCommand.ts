import { findCommand } from "../../commands/index.js";
import type { CommandDeps, CommandInput, Reply } from "../../commands/types.js";
import { userError } from "../../commands/types.js";
import type { Logger } from "../log/logger.js";
import type { PlatformId } from "../store/records.js";
import { FAILURE_MESSAGE } from "./apology.js";
import type { RequestLimits } from "./requestLimits.js";

/** Commands that compose a briefing and so count against the per-user cooldown. */
const BRIEFINGS = new Set(["brief", "official", "digest"]);

export interface ChatContext {
  /** The adapter's id, or "chat" for the local terminal chat. */
  readonly platform: PlatformId;
  readonly userId: string;
  readonly deps: CommandDeps;
  readonly logger: Logger;
  /** Flood limits (per user, channel, workspace); null: none. */
  readonly limits: RequestLimits | null;
  /** Where the request was made, for the per-channel and per-workspace limits. */
  readonly where?: { readonly channelId: string | null; readonly workspaceId: string | null };
}

/**
 * Runs one command for a chat user: flood limits (`RequestLimits`; help is never limited), the
 * command itself, and a log line with its name,
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
  if (name !== "help" && context.limits) {
    const refused = context.limits.admit({
      platform: context.platform,
      userId: context.userId,
      channelId: context.where?.channelId ?? null,
      workspaceId: context.where?.workspaceId ?? null,
      briefing: BRIEFINGS.has(name),
    });
    if (refused !== null) {
      log("limited");
      return userError(refused);
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
      message: FAILURE_MESSAGE,
    };
  }
}
