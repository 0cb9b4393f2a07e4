import { deserialize, serialize } from "node:v8";
import type { Steps } from "../util/steps.js";

/**
 * A saved index as a file of pieces, each serialised on its own (`v8.serialize`), so that writing
 * or reading one costs a few milliseconds however large the corpus: a serving process answers
 * between two. The value's outer plain objects make the first piece (its outline), with every
 * array, map or set in them replaced by a marker; their elements follow, `chunk` to a piece.
 * Nothing is shared between pieces: the value must be plain data, without one object reached
 * twice (the saved work names sentences and articles by id for that reason).
 *
 * Layout: `MAGIC`, then per piece its length (4 bytes, little-endian) and its bytes. A file
 * without `MAGIC` is one `v8.serialize` of the whole value (saved indexes before 2026-12-06).
 */
const MAGIC = Buffer.from("briefbot saved index in pieces 2\n", "latin1");

/** The key of a marker; no saved object has it. */
const MARK = "briefbot:pieces";

/** How deep in nested plain objects collections are looked for. */
const DEPTH = 3;

type Kind = "array" | "map" | "set";

interface Marker {
  readonly [MARK]: Kind;
  readonly count: number;
}

interface Pending {
  readonly elements: readonly unknown[];
  readonly chunk: number;
}

/**
 * The file's bytes, one step per piece. `chunk(key)`: how many elements of the collection under
 * that key go in one piece (a saved source holds a whole file's articles: one per piece).
 */
export function* encodeInPieces(value: unknown, chunk: (key: string) => number): Steps<Buffer[]> {
  const pending: Pending[] = [];
  const out: Buffer[] = [MAGIC];
  add(out, serialize(marked(value, "", pending, chunk, 0)));
  yield;
  for (const { elements, chunk: size } of pending) {
    for (let at = 0; at < elements.length; at += size) {
      add(out, serialize(elements.slice(at, at + size)));
      yield;
    }
  }
  return out;
}

/** The value `encodeInPieces` (or `v8.serialize`) wrote; throws on damaged or cut bytes. */
export function* decodeInPieces(bytes: Uint8Array): Steps<unknown> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!buffer.subarray(0, MAGIC.length).equals(MAGIC)) return deserialize(buffer);
  let at = MAGIC.length;
  const next = (): unknown => {
    if (at + 4 > buffer.length) throw new Error("the saved index is cut short");
    const length = buffer.readUInt32LE(at);
    const end = at + 4 + length;
    if (end > buffer.length) throw new Error("the saved index is cut short");
    const piece: unknown = deserialize(buffer.subarray(at + 4, end));
    at = end;
    return piece;
  };
  const outline = next();
  yield;
  const value = yield* filled(outline, next, 0);
  if (at !== buffer.length) throw new Error("the saved index has bytes after its last piece");
  return value;
}

function add(out: Buffer[], bytes: Buffer): void {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(bytes.length);
  out.push(length, bytes);
}

function marked(
  value: unknown,
  key: string,
  pending: Pending[],
  chunk: (key: string) => number,
  depth: number,
): unknown {
  const collection: [Kind, readonly unknown[]] | null = Array.isArray(value)
    ? ["array", value]
    : value instanceof Map
      ? ["map", [...value.entries()]]
      : value instanceof Set
        ? ["set", [...value.values()]]
        : null;
  if (collection !== null) {
    const [kind, elements] = collection;
    const size = Math.max(1, Math.floor(chunk(key)) || 1);
    pending.push({ elements, chunk: size });
    const marker: Marker = { [MARK]: kind, count: elements.length };
    return marker;
  }
  if (!isPlainObject(value) || depth === DEPTH) return value;
  const copy: Record<string, unknown> = {};
  for (const [k, field] of Object.entries(value)) {
    // Defined, not assigned: a key "__proto__" stays a key.
    Object.defineProperty(copy, k, {
      value: marked(field, k, pending, chunk, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** The outline with each marker replaced by its elements, read in the order they were written. */
function* filled(value: unknown, next: () => unknown, depth: number): Steps<unknown> {
  if (isMarker(value)) return yield* collection(value, next);
  if (!isPlainObject(value) || depth === DEPTH) return value;
  for (const [key, field] of Object.entries(value)) {
    const filledField = yield* filled(field, next, depth + 1);
    Object.defineProperty(value, key, { value: filledField });
  }
  return value;
}

function* collection(marker: Marker, next: () => unknown): Steps<unknown> {
  const elements: unknown[] = [];
  while (elements.length < marker.count) {
    const piece = next();
    if (!Array.isArray(piece) || piece.length === 0) {
      throw new Error("a piece of the saved index is not what was written");
    }
    for (const element of piece) elements.push(element);
    yield;
  }
  if (elements.length !== marker.count) {
    throw new Error("a piece of the saved index is not what was written");
  }
  if (marker[MARK] === "array") return elements;
  if (marker[MARK] === "set") return new Set(elements);
  if (!elements.every((e) => Array.isArray(e) && e.length === 2)) {
    throw new Error("a saved map's entries are damaged");
  }
  return new Map(elements as [unknown, unknown][]);
}

function isMarker(value: unknown): value is Marker {
  if (!isPlainObject(value)) return false;
  const v = value as Record<string, unknown>;
  return (
    (v[MARK] === "array" || v[MARK] === "map" || v[MARK] === "set") &&
    Number.isSafeInteger(v.count) &&
    (v.count as number) >= 0
  );
}

function isPlainObject(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
