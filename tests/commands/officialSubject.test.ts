import { describe, expect, it } from "vitest";
import { interpretQuestion } from "../../commands/interpretQuestion.js";
import { official } from "../../commands/official.js";
import { runCommand } from "../../commands/runCommand.js";
import type { Reply } from "../../commands/types.js";
import { present } from "../../src/present/present.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { bundled } from "../helpers/engine.js";

async function ask(input: Record<string, string>) {
  const { index } = await bundled();
  const deps = { index, summarizer, now: () => new Date("2026-01-15T12:00:00Z") };
  return (await runCommand(official, input, deps, null)).reply;
}

function profileOf(reply: Reply) {
  if (reply.kind !== "official") throw new Error(`expected a profile, got ${reply.kind}`);
  return reply.profile;
}

describe("what a person said on a subject", () => {
  it("--topic keeps only the person's quotes and news on that topic", async () => {
    const { index } = await bundled();
    const all = profileOf(await ask({ name: "Lavrov" }));
    const onNato = profileOf(await ask({ name: "Lavrov", topic: "nato" }));
    expect(onNato.subject).toEqual({ kind: "topic", id: "nato-unity", title: "NATO unity" });
    expect(onNato.quotes.length).toBeGreaterThan(0);
    expect(onNato.quotes.length).toBeLessThan(all.quotes.length);
    for (const q of onNato.quotes) {
      expect(index.sentenceById.get(q.sentenceId)?.topics.has("nato-unity")).toBe(true);
    }
  });

  it("--story keeps what they said in that story's articles", async () => {
    const { index } = await bundled();
    const story = index.stories.stories.find((s) => s.articleIds.includes("003_763ac30657c09442"));
    const profile = profileOf(await ask({ name: "Lavrov", story: story?.id ?? "" }));
    expect(profile.subject?.kind).toBe("story");
    expect(profile.quotes.length).toBeGreaterThan(0);
    for (const q of profile.quotes) expect(story?.articleIds).toContain(q.source.id);
  });

  it("says so when the person has nothing on the subject, and refuses a topic and a story", async () => {
    const reply = await ask({ name: "Haliva", topic: "nato-unity" });
    expect(present(reply).sections[0]?.lines).toEqual([
      { kind: "text", text: "Nothing in this corpus has Aharon Haliva on NATO unity." },
    ]);
    expect(await ask({ name: "Lavrov", topic: "nato", story: "s0000000" })).toEqual({
      kind: "user-error",
      message: "give a topic or a story, not both",
      suggestions: [],
    });
  });

  it("the chat question names the subject after 'about' or 'sur'", async () => {
    const { index } = await bundled();
    for (const question of ["what did Lavrov say about NATO?", "qu'a dit Lavrov sur l'OTAN ?"]) {
      const asked = interpretQuestion(question, index);
      expect(asked?.command).toBe(official);
      expect(asked?.input).toEqual({ name: "Sergueï Lavrov", topic: "nato-unity" });
    }
    expect(interpretQuestion("what did Lavrov say?", index)?.input).toEqual({
      name: "Sergueï Lavrov",
    });
  });
});
