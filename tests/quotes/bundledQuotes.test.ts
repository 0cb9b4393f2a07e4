import { describe, expect, it } from "vitest";
import type { Statement } from "../../src/quotes/statement.js";
import { bundled } from "../helpers/engine.js";

async function quote(prefix: string): Promise<Statement> {
  const { index } = await bundled();
  const found = index.officials.statements.find(
    (s) => s.kind === "direct" && s.text.startsWith(prefix),
  );
  if (!found) throw new Error(`no quote starts with: ${prefix}`);
  return found;
}

describe("quotes on the bundled corpus: the hard cases", () => {
  it("reads a quote whose opening mark the source dropped, up to its closing mark", async () => {
    const q = await quote("Nous avons entendu des responsables russes");
    expect(q.text).toBe(
      "Nous avons entendu des responsables russes dire qu’ils n’avaient pas l’intention d’envahir l’Ukraine. En effet, M. Lavrov me l’a répété aujourd’hui",
    );
    expect([q.speakerId, q.attribution]).toEqual(["antony-blinken", "named-after"]);
  });

  it("keeps a quotation of several sentences whole", async () => {
    const q = await quote("La discussion n’a pas été aisée.");
    expect(q.text).toBe(
      "La discussion n’a pas été aisée. Les échanges ont été directs sur la situation en Ukraine, et des différences majeures ont été constatées sur la sécurité en Europe",
    );
    expect(q.speakerId).toBe("jens-stoltenberg");
  });

  it("attributes a partial quote inside a sentence to the speaker named after it", async () => {
    expect((await quote("reconstituer le glacis")).speakerId).toBe("josep-borrell");
  });

  it("resolves 'a-t-il dit' to the most recent speaker, not the person last named", async () => {
    // "Blinken a déclaré que Lavrov a réitéré …" then "« Nous regardons … », a-t-il dit".
    const q = await quote("Nous regardons ce qui est visible pour tous");
    expect([q.speakerId, q.attribution]).toEqual(["antony-blinken", "pronoun"]);
  });

  it("resolves a pronoun to the subject of the sentence before when nobody spoke there", async () => {
    // "… et Lavrov les a carrément démenties. « J'espère … », a-t-il déclaré."
    expect((await quote("J’espère que tout le monde au Département")).speakerId).toBe(
      "serguei-lavrov",
    );
  });

  it("resolves a role to the person holding it in the article", async () => {
    const nato = await quote("Le risque d’un nouveau conflit armé est réel.");
    expect([nato.speakerId, nato.attribution]).toEqual(["jens-stoltenberg", "role"]);
    const intelligence = await quote("Nous continuerons à limiter les démarches");
    expect([intelligence.speakerId, intelligence.attribution]).toEqual(["aharon-haliva", "role"]);
  });

  it("attributes the English pieces inside the French page", async () => {
    expect((await quote("What we’ve seen in the last couple of days")).speakerId).toBe(
      "antony-blinken",
    );
    expect((await quote("Russian action comes with a clear price tag")).speakerId).toBe(
      "annalena-baerbock",
    );
    expect((await quote("real progress")).speakerId).toBe("antony-blinken");
  });

  it("leaves words quoted from documents unattributed", async () => {
    expect((await quote("le lien transatlantique qui unit")).speakerId).toBeNull();
    expect((await quote("réaffirme l’importance")).speakerId).toBeNull();
  });

  it("captures indirect statements as the speaker's, marked indirect", async () => {
    const { index } = await bundled();
    const indirect = index.officials.statements.find(
      (s) => s.kind === "indirect" && s.text.startsWith("Blinken a déclaré que Lavrov a réitéré"),
    );
    expect(indirect?.speakerId).toBe("antony-blinken");
  });
});

describe("people on the bundled corpus", () => {
  it("counts the corpus's misspellings of Antony Blinken as his mentions", async () => {
    const { index } = await bundled();
    const spellings = new Set(
      (index.officials.mentions.get("antony-blinken") ?? []).map((m) => m.surface),
    );
    expect(spellings).toEqual(
      new Set(["Anthony Blinken", "Antony Blinken", "Bliken", "Blinken", "Blinkin"]),
    );
  });

  it("never makes a person of photo credits, captions or a literary reference", async () => {
    const { index } = await bundled();
    const words = new Set(index.officials.people.flatMap((p) => p.name.toLowerCase().split(" ")));
    for (const credit of ["dubchak", "herman", "nackstrand", "dolzhenko", "orwell"]) {
      expect(words.has(credit)).toBe(false);
    }
  });

  it("learns roles from appositions and merges them into the configured person", async () => {
    const { index } = await bundled();
    const stoltenberg = index.officials.byId.get("jens-stoltenberg");
    expect(stoltenberg?.roles).toContain("secrétaire général de l’alliance militaire");
  });
});
