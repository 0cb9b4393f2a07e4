import type { ChatPlace, PreconditionName, SubscriptionService } from "../types.js";

/** What each precondition adds to a command's deps once it passed (`unknown`: nothing). */
export interface PreconditionGrants {
  readonly "flood-limits": unknown;
  readonly "briefing-cooldown": unknown;
  readonly "manage-channel": {
    readonly place: ChatPlace;
    readonly subscriptions: SubscriptionService;
  };
}

/** What a list of preconditions grants together: the intersection of their grants. */
export type Granted<P extends readonly PreconditionName[]> = P extends readonly [
  infer Head extends PreconditionName,
  ...infer Rest extends readonly PreconditionName[],
]
  ? PreconditionGrants[Head] & Granted<Rest>
  : unknown;
