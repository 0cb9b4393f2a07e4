import type { Deserialize, DeserializedData, Serialize } from "keyv";

/**
 * Plain JSON in place of Keyv's default serializer (@keyv/serialize), which rewrites strings that
 * start with ":" (and turns ":base64:…" strings back into Buffers), calls any `toJSON` it finds,
 * and whose `JSON.parse` throws out of `keyv.get()` on a corrupt row. Our values are validated
 * JSON, so JSON is an exact round-trip; text that is not Keyv's `{ value, expires? }` wrapper
 * decodes to `{ value: UNREADABLE }` so the record layer can log it and carry on.
 */
export const UNREADABLE: unique symbol = Symbol("unreadable stored value");

export const serializeJson: Serialize = (data) => JSON.stringify(data);

export const deserializeJson: Deserialize = <Value>(text: string): DeserializedData<Value> => {
  const wrapper = parseWrapper(text);
  return (wrapper ?? { value: UNREADABLE }) as DeserializedData<Value>;
};

/** Keyv's stored shape: the value and, when it has a ttl, the epoch millisecond it expires. */
export interface StoredWrapper {
  readonly value: unknown;
  readonly expires?: number;
}

export function parseWrapper(text: string): StoredWrapper | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  if (!("value" in parsed)) return null;
  const expires = (parsed as { expires?: unknown }).expires;
  if (expires !== undefined && typeof expires !== "number") return null;
  return parsed as StoredWrapper;
}
