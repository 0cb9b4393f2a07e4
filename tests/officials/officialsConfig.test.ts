import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadOfficialsConfig, parseOfficialsConfig } from "../../src/officials/officialsConfig.js";
import { CONFIG_DIR } from "../helpers/engine.js";

describe("officials config", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("ships every official the bundled corpus quotes, with roles in French and English", async () => {
    const config = await loadOfficialsConfig(CONFIG_DIR);
    const names = config.officials.map((o) => o.name);
    for (const name of [
      "Antony Blinken",
      "Sergueï Lavrov",
      "Jens Stoltenberg",
      "Liz Truss",
      "Aharon Haliva",
    ]) {
      expect(names).toContain(name);
    }
    for (const o of config.officials) {
      expect(o.role.fr.length).toBeGreaterThan(2);
      expect(o.role.en.length).toBeGreaterThan(2);
    }
  });

  it("names the bad field of an invalid entry", () => {
    expect(() =>
      parseOfficialsConfig(
        { officials: [{ name: "Jean Dupont", role: { fr: "ministre" } }] },
        "officials.json",
      ),
    ).toThrow(/^officials\.json: officials\[0\]\.role\.en: expected string, found undefined$/);
  });

  it("treats a missing file as no configured officials and rejects invalid JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "briefbot-officials-"));
    dirs.push(dir);
    expect(await loadOfficialsConfig(dir)).toEqual({ officials: [] });
    writeFileSync(join(dir, "officials.json"), "{ nope");
    await expect(loadOfficialsConfig(dir)).rejects.toThrow(/officials\.json: invalid JSON/);
  });
});
