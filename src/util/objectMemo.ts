/**
 * Results remembered per object (a WeakMap): they live as long as the object does. The entries of
 * given objects can be taken out and put back on the same objects elsewhere, which is how a saved
 * index brings back the work done on its sentences and articles.
 */
export class ObjectMemo<K extends object, V> {
  private readonly values = new WeakMap<K, V>();

  get(key: K): V | undefined {
    return this.values.get(key);
  }

  has(key: K): boolean {
    return this.values.has(key);
  }

  set(key: K, value: V): void {
    this.values.set(key, value);
  }

  /** The remembered entries of these objects, in their order (objects with none left out). */
  entriesOf(keys: Iterable<K>): [K, V][] {
    const entries: [K, V][] = [];
    for (const key of keys) {
      const value = this.values.get(key);
      if (value !== undefined) entries.push([key, value]);
    }
    return entries;
  }

  /** Remembers entries taken out by `entriesOf`. */
  adopt(entries: Iterable<readonly [K, V]>): void {
    for (const [key, value] of entries) this.values.set(key, value);
  }
}
