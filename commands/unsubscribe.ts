import { subscriptionKey } from "../src/store/records.js";
import { isReply, manageablePlace } from "./subscriptionPlace.js";
import { type Command, userError } from "./types.js";
import { validateInput } from "./validateInput.js";

/** `/unsubscribe` — stop this channel's daily digest. */
export const unsubscribe: Command = {
  definition: {
    name: "unsubscribe",
    description: "Stop the daily digest in this channel",
    requiresManage: true,
    options: [],
  },
  async execute(input, deps) {
    const checked = validateInput(this.definition, input);
    if (!checked.ok) return userError(checked.message);
    const allowed = await manageablePlace(deps);
    if (isReply(allowed)) return allowed;
    const deleted = await allowed.service.store.subscriptions.delete(
      subscriptionKey(allowed.place.platform, allowed.place.channelId),
    );
    if (!deleted) return userError("this channel has no daily digest — /subscribe to start one");
    await allowed.service.changed();
    return { kind: "notice", message: "Unsubscribed: no more daily digest in this channel." };
  },
};
