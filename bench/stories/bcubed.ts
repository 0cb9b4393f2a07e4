/** B-cubed precision, recall and F1 of a clustering against gold clusters (Bagga & Baldwin 1998). */
export interface BCubed {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly items: number;
}

/**
 * Scores `system` (item → cluster) against `gold` (item → cluster) over the gold items; an item
 * the system does not place counts as alone in its own cluster. Per item: precision is the share
 * of its system cluster that shares its gold cluster, recall the share of its gold cluster that
 * shares its system cluster; both averaged over items.
 */
export function bcubed(
  gold: ReadonlyMap<string, string>,
  system: ReadonlyMap<string, string>,
): BCubed {
  const items = [...gold.keys()];
  const clusterOf = (id: string) => system.get(id) ?? `alone:${id}`;
  const goldMembers = groups(items, (id) => gold.get(id) as string);
  const systemMembers = groups(items, clusterOf);
  let precision = 0;
  let recall = 0;
  for (const id of items) {
    const g = goldMembers.get(gold.get(id) as string) as string[];
    const s = systemMembers.get(clusterOf(id)) as string[];
    const both = s.filter((other) => gold.get(other) === gold.get(id)).length;
    precision += both / s.length;
    recall += both / g.length;
  }
  const n = Math.max(1, items.length);
  const p = precision / n;
  const r = recall / n;
  return {
    precision: p,
    recall: r,
    f1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
    items: items.length,
  };
}

function groups(items: readonly string[], key: (id: string) => string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const id of items) {
    const k = key(id);
    const list = result.get(k);
    if (list) list.push(id);
    else result.set(k, [id]);
  }
  return result;
}
