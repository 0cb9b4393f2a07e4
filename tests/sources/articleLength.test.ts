import { describe, expect, it } from "vitest";
import { clipArticle, MAX_ARTICLE_CHARS } from "../../src/sources/articleLength.js";

describe("the length one fetched article keeps", () => {
  it("keeps an article of real length whole", () => {
    const text = "Une phrase. ".repeat(1600).trim();
    expect(clipArticle(text)).toEqual({ text, clipped: false });
  });

  it("cuts a dump at the last paragraph break before the limit", () => {
    const paragraph = `${"Le conseil a voté. ".repeat(50).trim()}\n\n`;
    const text = paragraph.repeat(200);
    const { text: kept, clipped } = clipArticle(text);
    expect(clipped).toBe(true);
    expect(kept.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(kept.length).toBeGreaterThan(MAX_ARTICLE_CHARS - paragraph.length);
    expect(kept.endsWith("Le conseil a voté.")).toBe(true);
    expect(text.startsWith(kept)).toBe(true);
  });

  it("else at the last sentence end, else at a space", () => {
    expect(clipArticle("Un. Deux trois. Quatre cinq six", 24).text).toBe("Un. Deux trois.");
    expect(clipArticle("un deux trois quatre cinq six", 16).text).toBe("un deux trois");
  });
});
