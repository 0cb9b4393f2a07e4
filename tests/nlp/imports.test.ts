import { createRequire } from "node:module";
import { describe, expect, it, vi } from "vitest";

describe("src/nlp imports", () => {
  it("prints nothing and loads only natural's stemmer and stopword files, not natural's index", async () => {
    const writes = vi.spyOn(process.stdout, "write");
    const errorWrites = vi.spyOn(process.stderr, "write");
    const logs = vi.spyOn(console, "log");
    const warnings = vi.spyOn(console, "warn");
    const infos = vi.spyOn(console, "info");

    const nlp = await import("../../src/nlp/index.js");
    expect(nlp.terms("Les négociations", "fr")).toEqual(["negoci"]);

    for (const spy of [writes, errorWrites, logs, warnings, infos]) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
    const loaded = Object.keys(createRequire(import.meta.url).cache)
      .filter((file) => file.includes("/natural/lib/natural/"))
      .map((file) =>
        file.slice(file.indexOf("/natural/lib/natural/") + "/natural/lib/natural/".length),
      )
      .sort();
    expect(loaded).toEqual([
      "stemmers/porter_stemmer.js",
      "stemmers/porter_stemmer_fr.js",
      "stemmers/stemmer.js",
      "stemmers/stemmer_fr.js",
      "tokenizers/aggressive_tokenizer.js",
      "tokenizers/aggressive_tokenizer_fr.js",
      "tokenizers/tokenizer.js",
      "util/stopwords.js",
      "util/stopwords_fr.js",
    ]);
  });
});
