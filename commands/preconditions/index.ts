import { briefingCooldown, floodLimits } from "./floodLimits.js";
import type { PreconditionGrants } from "./grants.js";
import { manageChannel } from "./manageChannel.js";
import type { Precondition } from "./precondition.js";

/** Each declarable precondition by name: what `runCommand` checks for a command's definition. */
export const PRECONDITIONS: {
  readonly [Name in keyof PreconditionGrants]: Precondition<PreconditionGrants[Name]>;
} = {
  "flood-limits": floodLimits,
  "briefing-cooldown": briefingCooldown,
  "manage-channel": manageChannel,
};
