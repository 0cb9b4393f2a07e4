import { Parser } from "htmlparser2";
import { decodeBytes, decodeWindows1252 } from "../../corpus/read/decodeBytes.js";
import { SourceFetchError } from "../types.js";

/** How far into a document its declared encoding is looked for (the HTML standard's 1024). */
const PRESCAN_BYTES = 1024;

/**
 * Labels the WHATWG Encoding Standard maps to Windows-1252: browsers read pages labelled
 * ISO-8859-1 or ASCII as Windows-1252, whose 0x80–0x9F hold "€", "œ", curly quotes.
 */
const WINDOWS_1252_LABELS = new Set([
  "windows-1252",
  "cp1252",
  "x-cp1252",
  "iso-8859-1",
  "iso8859-1",
  "iso_8859-1",
  "latin1",
  "l1",
  "us-ascii",
  "ascii",
]);

const UTF8_LABELS = new Set(["utf-8", "utf8", "unicode-1-1-utf-8"]);

/** The `charset` parameter of a Content-Type header, lower-cased, quotes removed. */
function charsetOf(contentType: string | undefined): string | undefined {
  for (const parameter of (contentType ?? "").split(";").slice(1)) {
    const [name, value] = parameter.split("=", 2);
    if (name?.trim().toLowerCase() === "charset" && value !== undefined) {
      const label = value.trim().replaceAll('"', "").replaceAll("'", "").toLowerCase();
      if (label !== "") return label;
    }
  }
  return undefined;
}

/** The value of `name="…"` (or '…') inside an XML declaration's text. */
function pseudoAttribute(declaration: string, name: string): string | undefined {
  const at = declaration.indexOf(`${name}=`);
  if (at < 0) return undefined;
  const quote = declaration[at + name.length + 1];
  if (quote !== '"' && quote !== "'") return undefined;
  const start = at + name.length + 2;
  const end = declaration.indexOf(quote, start);
  return end < 0 ? undefined : declaration.slice(start, end).trim().toLowerCase();
}

/**
 * The encoding a document declares in its first bytes: the XML declaration's `encoding`, or an
 * HTML `<meta charset>` / `<meta http-equiv="content-type" content="…; charset=…">`.
 */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString("latin1");
  let found: string | undefined;
  const parser = new Parser(
    {
      onprocessinginstruction(name, data) {
        if (found === undefined && name.toLowerCase() === "?xml") {
          found = pseudoAttribute(data, "encoding");
        }
      },
      onopentag(name, attributes) {
        if (found !== undefined || name !== "meta") return;
        if (attributes.charset !== undefined) found = attributes.charset.trim().toLowerCase();
        else if ((attributes["http-equiv"] ?? "").toLowerCase() === "content-type") {
          found = charsetOf(`x;${(attributes.content ?? "").split(";").slice(1).join(";")}`);
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(head);
  parser.end();
  return found === "" ? undefined : found;
}

function hasUnicodeBom(bytes: Uint8Array): boolean {
  const [a, b, c] = bytes;
  return (
    (a === 0xef && b === 0xbb && c === 0xbf) ||
    (a === 0xff && b === 0xfe) ||
    (a === 0xfe && b === 0xff)
  );
}

/**
 * Text of a fetched document. The encoding is, in order: a byte-order mark, the Content-Type
 * charset, the document's own declaration, else UTF-8 (falling back to Windows-1252 when the
 * bytes are not UTF-8, as `decodeBytes` does for corpus files). Binary bytes are refused.
 */
export function decodeText(bytes: Uint8Array, contentType: string | undefined): string {
  const label = hasUnicodeBom(bytes)
    ? undefined
    : (charsetOf(contentType) ?? declaredCharset(bytes));
  if (label !== undefined && WINDOWS_1252_LABELS.has(label)) return decodeWindows1252(bytes);
  if (label !== undefined && !UTF8_LABELS.has(label) && !label.startsWith("utf-16")) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An encoding this Node does not know: read it as UTF-8 or Windows-1252 below.
    }
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok)
    throw new SourceFetchError("malformed", `the answer is not text (${decoded.reason})`);
  return decoded.text;
}
