import { isAsciiDigit } from "../../nlp/charCodes.js";

/** Whether `text` is one or more ASCII digits and nothing else (header and date fields). */
export function isDigits(text: string): boolean {
  if (text === "") return false;
  for (let i = 0; i < text.length; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false;
  return true;
}
