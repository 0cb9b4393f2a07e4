import { escapeMarkdown, type Markup } from "../markdown/markup.js";

/**
 * The Markdown subset of an Adaptive Card's TextBlock (Teams): `**bold**`, `_italic_`, lists and
 * `[text](url)` links; no headings and no code spans, so the title is bold and commands plain.
 * Corpus text is escaped as CommonMark escapes it, and `{{` broken with a zero-width space so it
 * cannot call the card's DATE()/TIME() functions.
 */
export const TEAMS_MARKUP: Markup = Object.freeze({
  title: (text: string) => `**${text}**`,
  bold: (text: string) => `**${text}**`,
  italic: (text: string) => `_${text}_`,
  code: (text: string) => text,
  link: (title: string, url: string) => `[${title}](${url})`,
  escape: (text: string) => escapeMarkdown(text).replace(/\{\{/g, "{\u200b{"),
});
