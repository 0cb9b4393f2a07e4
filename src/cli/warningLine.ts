import type { LoadWarning } from "../corpus/types.js";
import { terminalLine } from "../text/terminalText.js";

/**
 * A corpus warning as one stderr line: the file name and the reason are escaped, so a file named
 * with a line break or an escape sequence cannot forge lines or drive the terminal.
 */
export function warningLine(warning: LoadWarning): string {
  return `warning: ${terminalLine(warning.file)}: ${terminalLine(warning.reason)}\n`;
}
