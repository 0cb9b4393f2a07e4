/**
 * How one platform marks text up: the few marks a presented document needs (a title, bold,
 * italic, code, a link) and how text from the corpus or the asker is made inert there, so it can
 * neither format, link nor notify. `renderMarkdown` lays a document out once for every dialect.
 */
export interface Markup {
  /** The reply's title, opening each message. */
  readonly title: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly italic: (text: string) => string;
  /** A command or an id to type as it is. */
  readonly code: (text: string) => string;
  /** A link to a source; `title` is already escaped, `url` is a plain http(s) URL. */
  readonly link: (title: string, url: string) => string;
  readonly escape: (text: string) => string;
}

/**
 * Markdown's control characters escaped so corpus text shows as written, and an `@` before a
 * word broken with a zero-width space (`@channel`, `@all`, `@here`, `@room` would notify).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_~[\]<>|#]/g, "\\$&").replace(/@(?=\w)/g, "@\u200b");
}

/**
 * CommonMark, as Mattermost, Matrix (hookshot reads `text` as Markdown) and Rocket.Chat read it.
 * Italic is `_x_`: Rocket.Chat takes `*x*` for bold.
 */
export const STANDARD_MARKDOWN: Markup = Object.freeze({
  title: (text: string) => `### ${text}`,
  bold: (text: string) => `**${text}**`,
  italic: (text: string) => `_${text}_`,
  code: (text: string) => `\`${text.replace(/`/g, "")}\``,
  link: (title: string, url: string) => `[${title}](${url})`,
  escape: escapeMarkdown,
});
