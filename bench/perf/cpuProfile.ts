import { readFile } from "node:fs/promises";

/** One function's share of a V8 CPU profile (`node --cpu-prof`), in milliseconds. */
export interface HotSpot {
  readonly function: string;
  /** Script path (relative to the package root when inside it) and 1-based line in that script. */
  readonly location: string;
  /** Time with this function on top of the stack. */
  readonly selfMs: number;
  /** Time with this function anywhere on the stack (counted once per sample under recursion). */
  readonly totalMs: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface HotSpots {
  /** Largest self time first: where the CPU actually is (often a builtin or a regex). */
  readonly bySelf: readonly HotSpot[];
  /** The engine's functions (under `dist/`, not the benchmark's) by total time: which step costs. */
  readonly byTotal: readonly HotSpot[];
}

/**
 * The hottest functions of a `.cpuprofile`: self time = sum of the sampling intervals in which the
 * function was on top of the stack; total time = intervals in which it was anywhere on the stack.
 * Functions are grouped by name and location; "(idle)", "(program)" and "(root)" are left out,
 * the garbage collector is kept.
 */
export async function hotSpots(file: string, root: string, top = 10): Promise<HotSpots> {
  const profile = JSON.parse(await readFile(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const path = url.replace(/^file:\/\//, "").replace(`${root}/`, "");
    return `${functionName || "(anonymous)"}\t${path === "" ? "" : `${path}:${lineNumber + 1}`}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const key = keyOf(node);
    self.set(key, (self.get(key) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at);
      if (!frame) break;
      const frameKey = keyOf(frame);
      if (seen.has(frameKey)) continue;
      seen.add(frameKey);
      total.set(frameKey, (total.get(frameKey) ?? 0) + ms);
    }
  });
  const spots = [...total]
    .filter(([key]) => !/^\((?:idle|program|root)\)/.test(key))
    .map(([key, totalMs]): HotSpot => {
      const [name = "", location = ""] = key.split("\t");
      return { function: name, location, selfMs: self.get(key) ?? 0, totalMs };
    });
  return {
    bySelf: [...spots].sort((a, b) => b.selfMs - a.selfMs).slice(0, top),
    byTotal: spots
      .filter(
        (s) =>
          s.location.startsWith("dist/") &&
          !s.location.startsWith("dist/bench/") &&
          s.function !== "(anonymous)",
      )
      .sort((a, b) => b.totalMs - a.totalMs)
      .slice(0, top * 2),
  };
}
