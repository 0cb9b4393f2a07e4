import { subscriptionKey } from "../src/store/records.js";
import { defineCommand } from "./defineCommand.js";
import { userError } from "./types.js";

/** `/unsubscribe` — stop this channel's daily digest. */
export const unsubscribe = defineCommand({
  name: "unsubscribe",
  description: "Stop the daily digest in this channel",
  preconditions: ["flood-limits", "manage-channel"],
  options: [],
  async execute(_input, { place, subscriptions }) {
    const deleted = await subscriptions.store.subscriptions.delete(
      subscriptionKey(place.platform, place.channelId),
    );
    if (!deleted) return userError("this channel has no daily digest — /subscribe to start one");
    await subscriptions.changed();
    return { kind: "notice", message: "Unsubscribed: no more daily digest in this channel." };
  },
});
