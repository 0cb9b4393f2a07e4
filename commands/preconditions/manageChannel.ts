import type { PreconditionGrants } from "./grants.js";
import type { Precondition } from "./precondition.js";

/**
 * Changing a channel's digest: a chat channel with a subscription store, not a direct message,
 * and a sender who may manage it (`ChatPlace.canManage`). Grants the checked place and store.
 */
export const manageChannel: Precondition<PreconditionGrants["manage-channel"]> = {
  kind: "access",
  async check({ deps }) {
    const place = deps.place;
    const subscriptions = deps.subscriptions;
    if (!place || !subscriptions) {
      return {
        ok: false,
        message: "digests are scheduled from a Slack or Discord channel — use this command there",
      };
    }
    if (place.workspaceId === null)
      return {
        ok: false,
        message: "digests are for channels, not direct messages",
      };
    if (!(await place.canManage())) {
      return {
        ok: false,
        message:
          "only people who can manage this channel can change its digest — ask a channel admin",
      };
    }
    return { ok: true, granted: { place, subscriptions } };
  },
};
