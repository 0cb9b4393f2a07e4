import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from "discord.js";
import { MessageFlags, PermissionFlagsBits } from "discord.js";
import { findCommand } from "../../../commands/index.js";
import { suggestChoices } from "../../../commands/suggest.js";
import type { CommandInput, SubscriptionService } from "../../../commands/types.js";
import type { AdapterHost } from "../adapter.js";
import { APOLOGY } from "../apology.js";
import { runChatCommand } from "../runChatCommand.js";
import { DISCORD_LIMITS } from "./limits.js";
import { renderDiscord } from "./renderDiscord.js";
import { NO_MENTIONS, sendInteractionReply } from "./sendReply.js";

/** The adapter's host (its subscriptions optional), and Discord's acknowledgement deadline. */
export type DiscordHandlerDeps = Omit<AdapterHost, "subscriptions" | "shutdown"> & {
  /** Defer when the answer is not ready after this long (Discord allows 3 s). */
  readonly deferAfterMs: number;
  /** The digest subscriptions, when a store is configured. */
  readonly subscriptions?: SubscriptionService;
};

export async function handleInteraction(
  interaction: Interaction,
  deps: DiscordHandlerDeps,
): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await autocomplete(interaction, deps);
    else if (interaction.isChatInputCommand()) await command(interaction, deps);
  } catch (error) {
    deps.logger.error("discord interaction failed", {
      platform: "discord",
      interaction: interaction.id,
      command: interaction.isCommand() ? interaction.commandName : undefined,
      error,
    });
    if (interaction.isRepliable()) {
      const apology = {
        content: APOLOGY,
        allowedMentions: NO_MENTIONS,
        flags: MessageFlags.Ephemeral as const,
      };
      try {
        if (interaction.deferred || interaction.replied) await interaction.followUp(apology);
        else await interaction.reply(apology);
      } catch (second) {
        deps.logger.warn("discord apology failed", { interaction: interaction.id, error: second });
      }
    }
  }
}

async function command(
  interaction: ChatInputCommandInteraction,
  deps: DiscordHandlerDeps,
): Promise<void> {
  const input: Record<string, string | number | undefined> = {};
  for (const option of interaction.options.data) {
    if (typeof option.value === "string" || typeof option.value === "number")
      input[option.name] = option.value;
  }
  let deferred = false;
  let deferring: Promise<unknown> | null = null;
  const timer = setTimeout(() => {
    deferred = true;
    deferring = interaction.deferReply();
  }, deps.deferAfterMs);
  let reply: Awaited<ReturnType<typeof runChatCommand>>;
  try {
    const index = await deps.index();
    reply = await runChatCommand(interaction.commandName, input as CommandInput, {
      platform: "discord",
      userId: interaction.user.id,
      deps: {
        index,
        summarizer: deps.summarizer,
        now: deps.now,
        ...(deps.subscriptions ? { subscriptions: deps.subscriptions } : {}),
        ...(deps.sources ? { sources: deps.sources } : {}),
        ...(interaction.channelId
          ? {
              place: {
                platform: "discord" as const,
                channelId: interaction.channelId,
                workspaceId: interaction.guildId,
                userId: interaction.user.id,
                // Registered with Manage Channels by default; checked again here at run time.
                canManage: async () =>
                  interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
              },
            }
          : {}),
      },
      logger: deps.logger,
      limits: deps.limits,
      where: { channelId: interaction.channelId, workspaceId: interaction.guildId },
    });
  } finally {
    clearTimeout(timer);
  }
  if (deferring) await deferring;
  await sendInteractionReply(interaction, renderDiscord(reply), deferred);
}

async function autocomplete(
  interaction: AutocompleteInteraction,
  deps: DiscordHandlerDeps,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const index = await deps.index();
  const typed = String(focused.value ?? "");
  // What to suggest is the focused option's own `autocomplete` source in its definition.
  const source = findCommand(interaction.commandName)?.definition.options.find(
    (o) => o.name === focused.name,
  )?.autocomplete;
  const choices = source
    ? suggestChoices(source, typed, index, DISCORD_LIMITS.autocompleteChoices)
    : [];
  await interaction.respond(choices);
}
