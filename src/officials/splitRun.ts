import { NOT_A_FIRST_NAME } from "./namePatterns.js";

const PARTICLE = /^(?:von|van|der|den|de|du|da|di|bin|ben|al|el|ter)$/;

/**
 * The person's name inside a run of capitalised words: its last two name words, with any
 * particles before the last ("Ursula von der Leyen"). Returns null for a single word or when the
 * first name is a title or a function word ("Le", "Secretary").
 */
export function splitRun(run: string): { name: string; offset: number } | null {
  const words = run.split(/\s+/);
  let first = words.length - 2;
  while (first > 0 && PARTICLE.test(words[first] ?? "")) first--;
  if (first < 0 || PARTICLE.test(words[first] ?? "")) return null;
  if (NOT_A_FIRST_NAME.has((words[first] ?? "").toLowerCase())) return null;
  const prefix = words.slice(0, first).join(" ");
  const offset = prefix === "" ? 0 : run.indexOf(words[first] ?? "", prefix.length);
  return { name: run.slice(offset), offset };
}
