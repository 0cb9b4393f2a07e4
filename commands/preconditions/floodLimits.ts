import type { Precondition, PreconditionContext, PreconditionResult } from "./precondition.js";

/** The chat request limits: per channel and per workspace, and per user for a briefing. */
function admitted(context: PreconditionContext, briefing: boolean): PreconditionResult<unknown> {
  const refused = context.gate?.admit({ briefing }) ?? null;
  return refused === null ? { ok: true, granted: {} } : { ok: false, message: refused };
}

export const floodLimits: Precondition<unknown> = {
  kind: "limit",
  check: (context) => admitted(context, false),
};

/** A briefing costs more to compose: its asker also waits between two (`cooldownSeconds`). */
export const briefingCooldown: Precondition<unknown> = {
  kind: "limit",
  check: (context) => admitted(context, true),
};
