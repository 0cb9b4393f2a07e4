import type { CommandDefinition, OptionDefinition } from "../../../commands/types.js";

/** Discord's application command option types used here (ApplicationCommandOptionType). */
const OPTION_TYPE = { string: 3, integer: 4 } as const;

export interface DiscordOptionPayload {
  readonly type: number;
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
  readonly autocomplete?: boolean;
  readonly min_length?: number;
  readonly max_length?: number;
  readonly min_value?: number;
  readonly max_value?: number;
}

export interface DiscordCommandPayload {
  readonly type: 1;
  readonly name: string;
  readonly description: string;
  readonly options: readonly DiscordOptionPayload[];
  /** Usable in servers and in direct messages with the bot. */
  readonly contexts: readonly number[];
  /** "16" (Manage Channels) for commands that change the channel's digest. */
  readonly default_member_permissions?: string;
}

/**
 * The body of the bulk-overwrite registration (PUT /applications/:id/commands), generated from
 * the same definitions the command layer executes, so Discord always offers what briefbot does.
 */
export function discordCommandPayloads(
  definitions: readonly CommandDefinition[],
): DiscordCommandPayload[] {
  return definitions.map((d) => ({
    type: 1,
    name: d.name,
    description: clip(d.description, 100),
    options: d.options.map(option),
    contexts: requiresManage(d) ? [0] : [0, 1, 2],
    ...(requiresManage(d) ? { default_member_permissions: "16" } : {}),
  }));
}

/** Changes a channel's digest: registered for servers only, with Manage Channels by default. */
function requiresManage(definition: CommandDefinition): boolean {
  return definition.preconditions.includes("manage-channel");
}

function option(o: OptionDefinition): DiscordOptionPayload {
  return {
    type: OPTION_TYPE[o.type],
    name: o.name,
    description: clip(o.description, 100),
    required: o.required,
    ...(o.autocomplete ? { autocomplete: true } : {}),
    ...(o.minLength !== undefined ? { min_length: o.minLength } : {}),
    ...(o.maxLength !== undefined ? { max_length: o.maxLength } : {}),
    ...(o.min !== undefined ? { min_value: o.min } : {}),
    ...(o.max !== undefined ? { max_value: o.max } : {}),
  };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
