import { escapeMarkdown } from "discord.js";
import { chunk, continued, groupWithin, shorten } from "../../present/fitting.js";
import { DISCORD_LIMITS as L } from "./limits.js";

export interface DiscordEmbed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
}

export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: readonly DiscordEmbed[];
  readonly ephemeral: boolean;
}

export const BRAND_COLOR = 0x2b6cb0;

/**
 * Corpus text made safe for Discord: markdown characters escaped so the text shows as written,
 * and @-mentions broken with a zero-width space (allowedMentions already stops pings; this keeps
 * "@everyone" from even looking like one).
 */
export function safe(text: string): string {
  return escapeMarkdown(text)
    .replace(/@(?=[\w!&#])/g, "@\u200b")
    .replace(/<(?=[@#:])/g, "<\u200b");
}

/** Cuts at a word boundary to fit `max`, saying so, when a single item is longer than a limit. */
export const fitText = shorten;

/**
 * Lays out lines (sentences with their citations) as embeds: as many whole lines per description
 * as fit in 4096 characters, continuing in a new embed titled "… (continued)". A line is never
 * split; one longer than a whole description is shortened, and says so.
 */
export function linesToEmbeds(
  title: string,
  lines: readonly string[],
  footer?: string,
): DiscordEmbed[] {
  // A description holds the lines joined by newlines: each costs its length and one more.
  const groups = groupWithin(
    lines.map((line) => fitText(line, L.embedDescription)),
    (line) => line.length + 1,
    { size: L.embedDescription },
  );
  const embeds: DiscordEmbed[] = groups.map((group, i) => ({
    title: fitText(i === 0 ? title : continued(title), L.embedTitle),
    description: group.join("\n"),
    color: BRAND_COLOR,
  }));
  const last = embeds[embeds.length - 1];
  if (last && footer) last.footer = { text: fitText(footer, L.footerText) };
  return embeds;
}

/** Characters Discord counts towards the 6000 per message: titles, descriptions, fields, footers. */
export function embedLength(embed: DiscordEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Groups embeds into messages of at most 10 embeds and 6000 characters, keeping their order. */
export function packMessages(embeds: readonly DiscordEmbed[], ephemeral = false): DiscordMessage[] {
  return groupWithin(embeds, embedLength, {
    count: L.embedsPerMessage,
    size: L.embedsTotal,
  }).map((group) => ({ embeds: group, ephemeral }));
}

/** Fields in groups of at most 25 per embed, each name and value within its limit. */
export function fieldsToEmbeds(
  title: string,
  fields: readonly { name: string; value: string }[],
): DiscordEmbed[] {
  return chunk(fields, L.embedFields).map((group, i) => ({
    title: fitText(i === 0 ? title : continued(title), L.embedTitle),
    color: BRAND_COLOR,
    fields: group.map((f) => ({
      name: fitText(f.name, L.fieldName),
      value: fitText(f.value, L.fieldValue),
    })),
  }));
}
