import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { measureSize } from "../../bench/perf/measureSize.js";
import type { ChildMessage } from "../../bench/perf/results.js";
import { defaultConfigDir, defaultCorpusDir } from "../../src/config/paths.js";

describe("the year of news measured on briefbot's saved-index path", () => {
  it("names each step as it starts, so a run stopped by time or memory says where", async () => {
    const work = await mkdtemp(join(tmpdir(), "briefbot-year-phases-"));
    try {
      const corpusDir = join(work, "corpus");
      const extraDir = join(work, "extra");
      await cp(defaultCorpusDir(), corpusDir, { recursive: true });
      await mkdir(extraDir);
      await writeFile(
        join(extraDir, "late.txt"),
        "Le sommet de l'OTAN s'est achevé jeudi à Bruxelles. Les alliés ont promis leur soutien à l'Ukraine.",
      );
      const messages: ChildMessage[] = [];
      await measureSize(
        {
          corpusDir,
          configDir: defaultConfigDir(),
          bytes: 1,
          reps: 1,
          naiveReps: 0,
          budgetMs: 1,
          now: new Date("2022-02-01T08:00:00Z"),
          workers: 0,
          extraDir,
          savedIndexOnly: true,
        },
        (m) => messages.push(m),
      );
      const phases = messages.flatMap((m) => (m.kind === "phase" ? [m.phase] : []));
      expect(phases.slice(0, 4)).toEqual(["first build", "save", "restart", "add"]);
      expect(phases).not.toContain("incremental");
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 120_000);
});
