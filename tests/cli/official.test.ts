import { describe, expect, test } from "vitest";
import type { OfficialProfile } from "../../briefings/officialProfile.js";
import { cli } from "./cliHarness.js";

describe("briefbot official", () => {
  test("a misspelt name from the corpus (Bliken) answers for Antony Blinken, as JSON", async () => {
    const result = await cli(["official", "Bliken", "--json"]);
    expect(result.code).toBe(0);
    const profile = JSON.parse(result.stdout) as OfficialProfile;
    expect(profile.query).toBe("Bliken");
    expect(profile.official?.name).toBe("Antony Blinken");
    expect(profile.official?.role).toBe("secrétaire d'État américain");
    expect(profile.candidates).toEqual([]);
    expect(profile.mentions).toBeGreaterThanOrEqual(20);
    expect(profile.topics.map((t) => t.id)).toContain("geneva-talks");
    expect(profile.quotes.length).toBe(5);
    for (const q of profile.quotes) {
      expect(q.speaker).toBe("Antony Blinken");
      expect(["direct", "indirect"]).toContain(q.kind);
      expect(profile.sources[q.citation - 1]?.id).toBe(q.source.id);
    }
    expect(profile.quotes[0]?.score).toBe(1);
    expect(profile.summary.length).toBeGreaterThan(0);
  });

  test("text output names the role, the quotes with citations and the sources", async () => {
    const result = await cli(["official", "Stoltenberg"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe(
      "Jens Stoltenberg — secrétaire général de l'OTAN / NATO Secretary General",
    );
    expect(result.stdout).toContain("\nWhat they said\n 1. « ");
    expect(result.stdout).toContain("\nSources\n [1] ");
  });

  test("an ambiguous first name exits 2 and lists the candidates", async () => {
    const result = await cli(["official", "Sergueï"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "briefbot: 'Sergueï' could be Sergueï Lavrov or Sergueï Riabkov — which one?\n" +
        "  • Sergueï Lavrov — ministre russe des Affaires étrangères\n" +
        "  • Sergueï Riabkov — vice-ministre russe des Affaires étrangères\n",
    );
  });

  test("an unknown name exits 2 with the closest names, and --json gives official null", async () => {
    const text = await cli(["official", "Lavrovitch"]);
    expect(text.code).toBe(2);
    expect(text.stderr).toBe(
      "briefbot: no official named 'Lavrovitch' — closest: Sergueï Lavrov\n",
    );
    const json = await cli(["official", "Zelensky", "--json"]);
    expect(json.code).toBe(2);
    const profile = JSON.parse(json.stdout) as OfficialProfile;
    expect(profile.official).toBeNull();
    expect(profile.quotes).toEqual([]);
  });

  test("an empty or very short name is a usage error", async () => {
    expect((await cli(["official"])).stderr).toBe(
      "briefbot: official needs a name — try: briefbot officials\n",
    );
    const short = await cli(["official", "Bl"]);
    expect(short.code).toBe(2);
    expect(short.stderr).toBe(
      "briefbot: 'Bl' is too short to look up — give at least 3 letters of a name\n",
    );
  });
});

describe("briefbot officials", () => {
  test("lists people by mentions, Blinken first on the bundled corpus", async () => {
    const result = await cli(["officials", "--json"]);
    expect(result.code).toBe(0);
    const { officials } = JSON.parse(result.stdout) as {
      officials: { name: string; mentions: number }[];
    };
    expect(officials[0]?.name).toBe("Antony Blinken");
    const counts = officials.map((o) => o.mentions);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test("--topic keeps the people named in that topic, and an unknown topic exits 2", async () => {
    const iran = await cli(["officials", "--topic", "iran", "--json"]);
    const names = (JSON.parse(iran.stdout) as { officials: { name: string }[] }).officials.map(
      (o) => o.name,
    );
    expect(names).toContain("Aharon Haliva");
    expect(names).not.toContain("Liz Truss");
    const bad = await cli(["officials", "--topic", "natoo"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("briefbot: unknown topic 'natoo' — did you mean nato-unity?\n");
  });

  test("--topic is not an option of other commands", async () => {
    const result = await cli(["brief", "nato", "--topic", "iran"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "briefbot: --topic is not an option of brief (see briefbot --help)\n",
    );
  });
});
