import { findCommand } from "../../commands/index.js";
import type { RequestGate } from "../../commands/preconditions/precondition.js";
import { runCommand } from "../../commands/runCommand.js";
import type { CommandDeps, CommandInput, Reply } from "../../commands/types.js";
import { userError } from "../../commands/types.js";
import type { Logger } from "../log/logger.js";
import type { PlatformId } from "../store/records.js";
import { FAILURE_MESSAGE } from "./apology.js";
import type { RequestLimits } from "./requestLimits.js";

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
 * Runs one command for a chat user: `runCommand` with the flood limits (`RequestLimits`) for
 * the commands whose preconditions ask for them, and a log line with its name,
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
  try {
    const { reply, refused } = await runCommand(command, input, context.deps, gate(context));
    log(refused === "limit" ? "limited" : reply.kind === "user-error" ? "user-error" : "ok");
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

/** The chat context's flood limits, for the commands whose preconditions ask for them. */
function gate(context: ChatContext): RequestGate | null {
  const limits = context.limits;
  if (!limits) return null;
  return {
    admit: ({ briefing }) =>
      limits.admit({
        platform: context.platform,
        userId: context.userId,
        channelId: context.where?.channelId ?? null,
        workspaceId: context.where?.workspaceId ?? null,
        briefing,
      }),
  };
}
