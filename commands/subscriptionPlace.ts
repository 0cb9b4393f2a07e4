import type { ChatPlace, CommandDeps, Reply, SubscriptionService } from "./types.js";
import { userError } from "./types.js";

/** The place and subscription store a subscription command needs, or the user error to answer. */
export async function manageablePlace(
  deps: CommandDeps,
): Promise<{ place: ChatPlace; service: SubscriptionService } | Reply> {
  const place = deps.place;
  const service = deps.subscriptions;
  if (!place || !service)
    return userError(
      "digests are scheduled from a Slack or Discord channel — use this command there",
    );
  if (place.workspaceId === null) return userError("digests are for channels, not direct messages");
  if (!(await place.canManage())) {
    return userError(
      "only people who can manage this channel can change its digest — ask a channel admin",
    );
  }
  return { place, service };
}

export function isReply(value: unknown): value is Reply {
  return typeof value === "object" && value !== null && "kind" in value;
}
