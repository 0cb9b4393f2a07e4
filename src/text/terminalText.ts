/**
 * Text from a corpus, a feed or a file name made safe to print on a terminal. A terminal acts on
 * some characters instead of showing them: C0 controls (ESC opens escape sequences that move the
 * cursor or retitle the window, BEL ends them, CR rewrites the line), DEL, the C1 controls (U+009B
 * is a one-character CSI on some terminals) and the bidirectional overrides and isolates, which
 * reorder what follows them. Each becomes a visible `\uXXXX`, so nothing is hidden either.
 */

/** Control characters but tab and line feed: what a multi-line text may not hold. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Every control character and line break: what one line (a name, a field) may not hold. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** What JSON.stringify leaves raw of those: DEL, C1, line separators and bidi controls. */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escaped(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** Text of several lines for a terminal: line feeds and tabs kept, other controls escaped. */
export function terminalText(text: string): string {
  return text.replace(CONTROLS_IN_TEXT, escaped);
}

/** One line for a terminal or a log: every control character escaped, line breaks included. */
export function terminalLine(text: string): string {
  return text.replace(CONTROLS_IN_LINE, escaped);
}

/**
 * JSON text for a terminal: JSON.stringify escapes C0 controls but leaves DEL, C1 and the bidi
 * controls raw; they become `\uXXXX` escapes, so the JSON parses to the same value.
 */
export function terminalJson(json: string): string {
  return json.replace(RAW_IN_JSON, escaped);
}
