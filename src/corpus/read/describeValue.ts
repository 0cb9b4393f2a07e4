const MAX_SHOWN = 40;

/** A JSON value as shown after "found" in a message: `"9 janvier"`, `5`, `null`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object" && value !== null) return "an object";
  if (typeof value === "string") {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

/** The message of a `JSON.parse` failure. */
export function jsonErrorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
