/**
 * A subheading set between dashes, as news agencies write them ("- Pas à la hauteur -"), that
 * text scraped from a web page glues to the paragraphs around it: "… en médecine.- \"Pas à la
 * hauteur\" -Olivier Véran a jugé jeudi …". Glued there, the subheading opens the next sentence
 * ("- Sanctuaire -Une annonce condamnée …" is no sentence a briefing can show) and the dash hides
 * the name after it. 3,516 of the 34,025 articles of the shared corpus hold one (5,958 in all).
 *
 * The subheading: a dash, a space, a few words without a dash or a line break, a space and a
 * dash glued to what follows — a capital, a quotation mark, or the end of the block. It stands at
 * the start of the block or right after the end of a sentence (".", "!", "?", "…", a closing
 * quotation mark or bracket), so a dash pair inside a sentence ("le ministre - selon X - a
 * dit") is left alone.
 */
const GLUED_INTERTITLE = /(?:^|(?<=[.!?…"»”)]))\s?- ([^\n-]{2,100}?) -(?=[\p{Lu}"«“]|\s*$)/gu;

/**
 * A block cut around its glued subheadings: the text before, each subheading alone (without its
 * dashes: a heading block), and the text after. A block with none comes back as it is.
 */
export function splitDashIntertitles(block: string): string[] {
  if (!block.includes(" -") && !block.includes("- ")) return [block];
  const parts: string[] = [];
  let at = 0;
  for (const m of block.matchAll(GLUED_INTERTITLE)) {
    const before = block.slice(at, m.index).trim();
    if (before !== "") parts.push(before);
    parts.push((m[1] ?? "").trim());
    at = m.index + m[0].length;
  }
  if (at === 0) return [block];
  const rest = block.slice(at).trim();
  if (rest !== "") parts.push(rest);
  return parts;
}
