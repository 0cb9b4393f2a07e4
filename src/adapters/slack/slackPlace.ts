import type { ChatPlace } from "../../../commands/types.js";

/** The fields of a slash command payload that say where it was sent from. */
interface SlashCommandOrigin {
  readonly channel_id: string;
  readonly channel_name: string;
  readonly team_id: string;
  readonly user_id: string;
}

/**
 * Where a slash command was sent from. Slack always sends a team; a direct message ("D…"
 * channel) is not a channel to subscribe, so its workspace is null.
 */
export function slashCommandPlace(
  payload: SlashCommandOrigin,
  canManage: () => Promise<boolean>,
): ChatPlace {
  const direct = payload.channel_id.startsWith("D") || payload.channel_name === "directmessage";
  return {
    platform: "slack",
    channelId: payload.channel_id,
    workspaceId: direct ? null : payload.team_id || null,
    userId: payload.user_id,
    canManage,
  };
}

/** The workspace of an event, when Slack says (events carry `team`; older payloads may not). */
export function teamOf(event: object): string | null {
  const team = (event as { team?: unknown }).team;
  return typeof team === "string" && team !== "" ? team : null;
}
