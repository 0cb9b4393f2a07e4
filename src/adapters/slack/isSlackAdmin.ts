import type { App } from "@slack/bolt";
import type { Logger } from "../../log/logger.js";

/**
 * Whether a user may manage digests: on the allow-list (SLACK_ADMIN_USER_IDS), or a workspace
 * admin or owner (users.info). A failed lookup is logged and answers no.
 */
export async function isSlackAdmin(
  client: App["client"],
  userId: string,
  allowed: readonly string[],
  logger: Logger,
): Promise<boolean> {
  if (allowed.includes(userId)) return true;
  try {
    const info = await client.users.info({ user: userId });
    return info.user?.is_admin === true || info.user?.is_owner === true;
  } catch (error) {
    logger.warn("slack users.info failed", { platform: "slack", user: userId, error });
    return false;
  }
}
