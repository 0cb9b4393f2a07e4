/**
 * `text` in at most `max` characters: unchanged when it fits, else cut before the word that
 * does not, without a dangling comma or colon, and closed by "…".
 */
export function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text
    .slice(0, max - 1)
    .replace(/\s+\S*$/u, "")
    .replace(/[,;:]+$/u, "")}…`;
}
