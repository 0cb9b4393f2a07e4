/** Where the sentence holding offset `at` starts: after the last ". ", "! " or "? " before it. */
export function lastSentenceEnd(text: string, at: number): number {
  const head = text.slice(Math.max(0, at - 400), at);
  let end = -1;
  for (const m of head.matchAll(/[.!?]["»”]?\s+(?=["«“]?\p{Lu})/gu)) end = m.index + m[0].length;
  return end < 0 ? Math.max(0, at - 400) : Math.max(0, at - 400) + end;
}
