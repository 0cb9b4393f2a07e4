/** Decoded text, or the reason the bytes are not treated as text. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly warning?: string }
  | { readonly ok: false; readonly reason: string };

export const BINARY_FILE = "binary file, skipped";
export const WINDOWS_1252_FALLBACK = "not valid UTF-8; decoded as Windows-1252";

/** How much of the start of a file the control-character test looks at. */
const SNIFF_BYTES = 4096;
const MAX_CONTROL_RATIO = 0.1;

/** C0 controls and DEL, except tab, line feed, vertical tab, form feed and carriage return. */
function isControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f;
}

/**
 * Whether more than MAX_CONTROL_RATIO of the first `limit` bytes are control characters.
 * One function per input type (bytes here, UTF-16 text below): a single loop over both arrays
 * and strings made its element access polymorphic and many times slower.
 */
function tooManyControlBytes(bytes: Uint8Array, limit: number): boolean {
  const length = Math.min(bytes.length, limit);
  if (length === 0) return false;
  let controls = 0;
  for (let i = 0; i < length; i++) if (isControl(bytes[i] as number)) controls++;
  return controls / length > MAX_CONTROL_RATIO;
}

/** The same test on the first `limit` UTF-16 code units of decoded text. */
function tooManyControlChars(text: string, limit: number): boolean {
  const length = Math.min(text.length, limit);
  if (length === 0) return false;
  let controls = 0;
  for (let i = 0; i < length; i++) if (isControl(text.charCodeAt(i))) controls++;
  return controls / length > MAX_CONTROL_RATIO;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Windows-1252 as the WHATWG Encoding Standard defines it: like Latin-1 except 0x80–0x9F,
 * which hold "€", curly quotes, dashes and so on. Done by table because Node 20's
 * `TextDecoder("windows-1252")` decodes those bytes as Latin-1 control characters.
 */
/** Characters per `String.fromCharCode` call, well under engine argument limits. */
const CHUNK = 8192;

const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    codes[i] = byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte;
  }
  const parts: string[] = [];
  for (let start = 0; start < codes.length; start += CHUNK) {
    parts.push(String.fromCharCode(...codes.subarray(start, start + CHUNK)));
  }
  return parts.join("");
}

function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): DecodeResult {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
  } catch {
    return { ok: false, reason: "not valid UTF-16, skipped" };
  }
  if (text.includes("\0") || tooManyControlChars(text, SNIFF_BYTES / 2)) {
    return { ok: false, reason: BINARY_FILE };
  }
  return { ok: true, text: normaliseLineEndings(text) };
}

/**
 * Turns file bytes into text: UTF-16 LE/BE when a byte-order mark says so, otherwise strict
 * UTF-8 (a UTF-8 BOM is dropped), falling back to Windows-1252 with a warning. Bytes that look
 * binary (a NUL byte, or more than 10% control characters in the first 4 KB) are refused.
 * Line endings come out as "\n".
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, "utf-16be");
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  if (body.includes(0) || tooManyControlBytes(body, SNIFF_BYTES)) {
    return { ok: false, reason: BINARY_FILE };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text: normaliseLineEndings(text) };
  } catch {
    const text = decodeWindows1252(body);
    return { ok: true, text: normaliseLineEndings(text), warning: WINDOWS_1252_FALLBACK };
  }
}
