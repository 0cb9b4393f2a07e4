/**
 * The preconditions a command may declare, as sapphire's commands name theirs:
 * - `flood-limits`: the per-channel and per-workspace request limits of chat;
 * - `briefing-cooldown`: the flood limits and the per-user wait between two briefings;
 * - `manage-channel`: only for a chat channel (not a DM) and people who may manage it.
 */
export type PreconditionName = "flood-limits" | "briefing-cooldown" | "manage-channel";
