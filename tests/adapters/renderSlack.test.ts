import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { TopicBriefing } from "../../briefings/types.js";
import { brief } from "../../commands/brief.js";
import { COMMANDS } from "../../commands/index.js";
import {
  escapeMrkdwn,
  SLACK_LIMITS as L,
  type SlackBlock,
} from "../../src/adapters/slack/blocks.js";
import { renderSlack } from "../../src/adapters/slack/renderSlack.js";
import { slackManifest } from "../../src/adapters/slack/slackManifest.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { bundled } from "../helpers/engine.js";

const now = () => new Date("2026-01-15T08:00:00Z");
const source = {
  id: "a",
  title: "Un <titre> & co",
  date: "2022-01-07",
  url: "https://example.org/a",
  outlet: null,
};

function briefingWith(sentences: string[]): TopicBriefing {
  return {
    topic: { id: "t", title: "Topic", description: "d" },
    generatedAt: now().toISOString(),
    dateRange: { from: "2022-01-07", to: "2022-01-07", undated: 0 },
    sentences: sentences.map((text) => ({ text, source, citation: 1, score: 1 })),
    speakers: [],
    sources: [source],
    since: null,
  };
}

function textOf(block: SlackBlock): string {
  if (block.type === "divider") return "";
  if (block.type === "context") return block.elements.map((e) => e.text).join("\n");
  return block.text.text;
}

describe("renderSlack", () => {
  it("renders a briefing as a header, numbered sections and a context block of sources", async () => {
    const { index } = await bundled();
    const [message] = renderSlack(
      await brief.execute({ topic: "geneva-talks" }, { index, summarizer, now }),
    );
    expect(message?.ephemeral).toBe(false);
    expect(message?.text).toBe("Briefing: US–Russia talks in Geneva");
    const blocks = message?.blocks ?? [];
    expect(blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "US–Russia talks in Geneva", emoji: true },
    });
    expect(textOf(blocks[1] as SlackBlock)).toMatch(/^\*1\.\* .+ \[\d\]/);
    const context = blocks.find((b) => b.type === "context");
    expect(context && textOf(context)).toMatch(
      /^\*Sources\* · 2022-01-07 to 2022-01-21, 1 undated\n\[1\] /,
    );
  });

  it("escapes corpus text so it can never notify a channel, mention a user or fake a link", () => {
    const [message] = renderSlack({
      kind: "briefing",
      briefing: briefingWith([
        "Alerte <!channel> et <!here> pour <@U123> : voir <http://evil.example|ici> & co.",
      ]),
    });
    const all = (message?.blocks ?? []).map(textOf).join("\n");
    expect(all).toContain(
      "Alerte &lt;!channel&gt; et &lt;!here&gt; pour &lt;@U123&gt; : voir &lt;http://evil.example|ici&gt; &amp; co.",
    );
    expect(all).not.toMatch(/<!|<@|<http:\/\/evil/);
    expect(all).toContain("<https://example.org/a|Un &lt;titre&gt; &amp; co>");
    expect(escapeMrkdwn("a<b>&c")).toBe("a&lt;b&gt;&amp;c");
  });

  it("splits an over-long briefing into several messages within Slack's limits, whole sentences only", () => {
    const sentence = (i: number) => `Phrase numéro ${i} ${"mot ".repeat(70)}fin.`;
    const messages = renderSlack({
      kind: "briefing",
      briefing: briefingWith(Array.from({ length: 200 }, (_, i) => sentence(i + 1))),
    });
    expect(messages.length).toBeGreaterThan(1);
    const lines: string[] = [];
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(L.blocksPerMessage);
      expect(m.blocks.map(textOf).join("").length).toBeLessThanOrEqual(L.messageText);
      for (const b of m.blocks) {
        if (b.type === "section") {
          expect(b.text.text.length).toBeLessThanOrEqual(L.sectionText);
          lines.push(...b.text.text.split("\n"));
        }
      }
    }
    expect(lines.filter((l) => l.startsWith("*"))).toEqual(
      Array.from({ length: 200 }, (_, i) => `*${i + 1}.* ${escapeMrkdwn(sentence(i + 1))} [1]`),
    );
  });

  it("makes user errors ephemeral", () => {
    expect(
      renderSlack({
        kind: "user-error",
        message: "unknown topic '<x>'",
        suggestions: ["nato-unity"],
      }),
    ).toEqual([
      {
        text: ":warning: unknown topic '&lt;x&gt;' Did you mean: `nato-unity`?",
        blocks: [
          {
            type: "section",
            text: {
              type: "mrkdwn",
              text: ":warning: unknown topic '&lt;x&gt;' Did you mean: `nato-unity`?",
            },
          },
        ],
        ephemeral: true,
      },
    ]);
  });
});

describe("Slack app manifest", () => {
  it("is committed exactly as generated from the command layer", () => {
    const committed = JSON.parse(
      readFileSync(new URL("../../config/slack-app-manifest.json", import.meta.url), "utf8"),
    );
    expect(committed).toEqual(slackManifest(COMMANDS.map((c) => c.definition)));
    const commands = (committed.features.slash_commands as { command: string }[]).map(
      (c) => c.command,
    );
    expect(commands).toEqual(COMMANDS.map((c) => `/${c.definition.name}`));
    expect(committed.settings.event_subscriptions.bot_events).toEqual([
      "app_mention",
      "message.im",
    ]);
  });
});
