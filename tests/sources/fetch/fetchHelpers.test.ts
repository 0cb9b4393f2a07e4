import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/sources/fetch/decodeText.js";
import { documentKind } from "../../../src/sources/fetch/documentKind.js";
import { feedDate } from "../../../src/sources/fetch/feedDate.js";
import { parseRetryAfter } from "../../../src/sources/fetch/retryAfter.js";
import { isTeaser, TEASER_MAX_CHARS } from "../../../src/sources/fetch/teaser.js";

const NOW = Date.parse("2026-12-06T12:00:00Z");

describe("parseRetryAfter", () => {
  it("reads delay-seconds and HTTP dates; a past date is 0; anything else is undefined", () => {
    expect(parseRetryAfter("30", NOW)).toBe(30_000);
    expect(parseRetryAfter(" 0 ", NOW)).toBe(0);
    expect(parseRetryAfter("Sun, 06 Dec 2026 12:00:10 GMT", NOW)).toBe(10_000);
    expect(parseRetryAfter("Sat, 05 Dec 2026 12:00:00 GMT", NOW)).toBe(0);
    expect(parseRetryAfter("soon", NOW)).toBeUndefined();
    expect(parseRetryAfter("-5", NOW)).toBeUndefined();
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
  });
});

describe("feedDate", () => {
  it("turns RFC 822 and ISO 8601 dates into ISO 8601 UTC", () => {
    expect(feedDate("Fri, 01 Mar 2024 10:00:00 +0100")).toBe("2024-03-01T09:00:00.000Z");
    expect(feedDate("1 Mar 24 10:00 GMT")).toBe("2024-03-01T10:00:00.000Z");
    expect(feedDate("2024-03-01")).toBe("2024-03-01T00:00:00.000Z");
    expect(feedDate("2024-03-01T10:00:00.5-05:00")).toBe("2024-03-01T15:00:00.500Z");
  });

  it("gives nothing for dates that do not exist or are not dates", () => {
    expect(feedDate("Sat, 30 Feb 2024 10:00:00 GMT")).toBeUndefined();
    expect(feedDate("2023-02-29")).toBeUndefined();
    expect(feedDate("1")).toBeUndefined();
    expect(feedDate("yesterday")).toBeUndefined();
    expect(feedDate("")).toBeUndefined();
  });
});

describe("isTeaser", () => {
  it("a short summary without full content is a teaser; full content is not", () => {
    expect(isTeaser("Short summary.", false)).toBe(true);
    expect(isTeaser("x".repeat(TEASER_MAX_CHARS), false)).toBe(false);
    expect(isTeaser("Short but complete.", true)).toBe(false);
  });

  it("a text ending with a cut mark is a teaser whatever its length", () => {
    expect(isTeaser(`${"x".repeat(2_000)} […]`, true)).toBe(true);
    expect(isTeaser(`${"x".repeat(2_000)}...`, false)).toBe(true);
    expect(isTeaser(`${"x".repeat(2_000)} [...]  `, false)).toBe(true);
  });
});

describe("decodeText", () => {
  const cafe = Buffer.from("<p>Café</p>", "latin1");

  it("follows <meta charset> and <meta http-equiv> when the header names none", () => {
    const meta = Buffer.concat([Buffer.from('<meta charset="iso-8859-1">'), cafe]);
    expect(decodeText(meta, "text/html")).toBe('<meta charset="iso-8859-1"><p>Café</p>');
    const equiv = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'),
      Buffer.from([0x80]),
    ]);
    expect(decodeText(equiv, undefined).endsWith("€")).toBe(true);
  });

  it("prefers the header's charset to the document's, and a BOM to both", () => {
    const utf8 = Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><t>é</t>', "utf8");
    expect(decodeText(utf8, "text/xml; charset=UTF-8")).toBe(
      '<?xml version="1.0" encoding="iso-8859-1"?><t>é</t>',
    );
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("é", "utf8")]);
    expect(decodeText(bom, "text/plain; charset=iso-8859-1")).toBe("é");
  });

  it("reads undeclared bytes as UTF-8, else Windows-1252", () => {
    expect(decodeText(Buffer.from("naïve", "utf8"), undefined)).toBe("naïve");
    expect(decodeText(Buffer.from("naïve", "latin1"), undefined)).toBe("naïve");
  });

  it("refuses binary bytes as malformed", () => {
    expect(() => decodeText(Buffer.from([0x00, 0x01, 0x02, 0x03]), undefined)).toThrow(
      "the answer is not text (binary file, skipped)",
    );
  });
});

describe("documentKind", () => {
  it("trusts the body's opening over a vague or wrong label", () => {
    expect(documentKind("text/html", '<?xml version="1.0"?><rss/>')).toBe("xml");
    expect(documentKind("text/plain", "  <rss version='2.0'>")).toBe("xml");
    expect(documentKind("application/octet-stream", '{"version":"x"}')).toBe("json");
    expect(documentKind("application/xml", "<!DOCTYPE html><html>")).toBe("html");
    expect(documentKind(undefined, "<html><body>")).toBe("html");
    expect(documentKind("text/csv", "a,b")).toBe("other");
  });

  it("an XHTML page with an XML declaration is a page, a styled feed is a feed", () => {
    const xhtml = '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><html>';
    expect(documentKind("application/xhtml+xml", xhtml)).toBe("html");
    const styled = '<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="/rss.xsl"?><rss>';
    expect(documentKind("text/html", styled)).toBe("xml");
  });
});
