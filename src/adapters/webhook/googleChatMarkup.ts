import type { Markup } from "../markdown/markup.js";

/** Google Chat's markup characters, each with the look-alike shown in its place. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  "*": "∗",
  _: "＿",
  "~": "∼",
  "`": "ˋ",
  "<": "‹",
  ">": "›",
};

/**
 * Google Chat's own small markup for a webhook's `text` (MARKUP_SYNTAX_CHAT): `*bold*`,
 * `_italic_`, `` `code` ``, `<url|text>` links, no headings. It has no escape character, so the
 * markup characters of corpus text are shown as look-alikes: they can neither format nor open a
 * `<users/all>` mention or a link. An `@` before a word is broken with a zero-width space too.
 */
export const GOOGLE_CHAT_MARKUP: Markup = Object.freeze({
  title: (text: string) => `*${text}*`,
  bold: (text: string) => `*${text}*`,
  italic: (text: string) => `_${text}_`,
  code: (text: string) => `\`${text.replace(/`/g, "")}\``,
  link: (title: string, url: string) => `<${url}|${title.replace(/\|/g, "¦")}>`,
  escape: (text: string) =>
    text.replace(/[*_~`<>]/g, (c) => LOOK_ALIKES[c] ?? c).replace(/@(?=\w)/g, "@\u200b"),
});
