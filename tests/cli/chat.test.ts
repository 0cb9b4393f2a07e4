import { describe, expect, it } from "vitest";
import { cli } from "./cliHarness.js";

const GREETING =
  "briefbot chat — try /brief nato, /official Bliken, a question, /help; /quit to leave.\n";

/** The longest line of `text`, in characters. */
function widest(text: string): number {
  return Math.max(...text.split("\n").map((line) => [...line].length));
}

describe("briefbot chat", () => {
  it("runs slash commands and questions through the command layer, as terminal text", async () => {
    const result = await cli(["chat"], {
      env: { BRIEFBOT_COOLDOWN_SECONDS: "0" },
      lines: [
        "/brief nato limit:2",
        "what did Lavrov say?",
        "/brief natoo",
        "",
        "bonjour",
        "/quit",
        "/topics",
      ],
    });
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out.split("\n")[0]).toBe(
      "briefbot chat — try /brief nato, /official Bliken, a question, /help; /quit to leave.",
    );
    expect(out).toContain(
      "NATO unity (nato-unity)\nNATO and allied unity facing Russia, and the NATO–Russia Council.\n",
    );
    expect(out).toMatch(/\n 2\. [^\n]+(\n {4}[^\n]+)* \[\d\]\n/);
    expect(out).toContain("\nSergueï Lavrov — ministre russe des Affaires étrangères");
    expect(out).toContain("\nbriefbot: unknown topic 'natoo' — did you mean nato-unity?\n");
    expect(out).toContain(
      "\nbriefbot answers with briefings that cite every sentence's source.\n  /brief topic:<topic> [limit] ",
    );
    expect(out).not.toContain("nato-unity       NATO unity");
  });

  it("shows no chat-platform markup: no privacy note, no markdown, no embed bars", async () => {
    const result = await cli(["chat"], {
      lines: ["/brief natoo", "/official Bliken", "/subscriptions", "/help"],
    });
    expect(result.stdout).not.toContain("only you can see this");
    expect(result.stdout).not.toMatch(/\*\*|▌|⚠️|\\[*_`]/);
  });

  it("has no cooldown: two briefings in a row are both answered, as `briefbot brief` prints them", async () => {
    const brief = await cli(["brief", "nato", "--limit", "2"]);
    const result = await cli(["chat"], { lines: ["/brief nato limit:2", "/brief nato limit:2"] });
    expect(result).toEqual({
      code: 0,
      stdout: `${GREETING}${brief.stdout}\n${brief.stdout}\n`,
      stderr: "",
    });
  });

  it("word-wraps every line at COLUMNS, lists, help and errors included", async () => {
    const result = await cli(["chat"], {
      env: { COLUMNS: "60" },
      lines: [
        "/topics",
        "/brief natoo",
        "/official Sergue",
        "/officials iran",
        "/subscribe",
        "/help",
      ],
    });
    expect(result.stdout).toBe(EXPECTED_AT_60);
  });

  it("wraps at the terminal's width when COLUMNS is not set, and at COLUMNS when it is", async () => {
    const terminal = await cli(["chat"], { columns: 60, lines: ["/digest"] });
    expect(widest(terminal.stdout)).toBe(60);
    const columns = await cli(["chat"], {
      columns: 60,
      env: { COLUMNS: "80" },
      lines: ["/digest"],
    });
    expect(widest(columns.stdout)).toBe(80);
    const neither = await cli(["chat"], { lines: ["/digest"] });
    expect(widest(neither.stdout)).toBe(100);
  });
});

/** What the chat prints at 60 columns, every line within them. */
const EXPECTED_AT_60 = `${[
  "briefbot chat — try /brief nato, /official Bliken, a",
  "question, /help; /quit to leave.",
  "nato-unity       NATO unity — NATO and allied unity facing",
  "                 Russia, and the NATO–Russia Council. (39",
  "                 sentences in 4 articles, 44% of the corpus)",
  "geneva-talks     US–Russia talks in Geneva — The US–Russia",
  "                 talks in Geneva: Sherman–Riabkov, then",
  "                 Blinken–Lavrov. (26 sentences in 4",
  "                 articles, 44% of the corpus)",
  "iran-talks       Iran nuclear talks — The Iran nuclear",
  "                 negotiations in Vienna and the reactions to",
  "                 them, Israel's included. (17 sentences in 2",
  "                 articles, 22% of the corpus)",
  "uk-statements    UK statements — What UK ministers said",
  "                 about Russia, Ukraine and their allies. (5",
  "                 sentences in 2 articles, 22% of the corpus;",
  "                 weak fit)",
  "",
  "briefbot: unknown topic 'natoo' — did you mean nato-unity?",
  "",
  "briefbot: no official named 'Sergue' — closest: Sergueï",
  "  Lavrov, Sergueï Riabkov",
  "",
  "Aharon Haliva              5 mentions,  7 statements — chef",
  "                         du renseignement militaire",
  "                         israélien",
  "Antony Blinken             3 mentions,  5 statements —",
  "                         secrétaire d'État américain",
  "Aviv Kohavi                2 mentions,  1 statements — chef",
  "                         d'état-major de Tsahal",
  "Ebrahim Raisi              1 mentions,  0 statements —",
  "                         président iranien",
  "Joe Biden                  1 mentions,  0 statements —",
  "                         président américain",
  "",
  "briefbot: digests are scheduled from a Slack or Discord",
  "  channel — use this command there",
  "",
  "briefbot answers with briefings that cite every sentence's",
  "source.",
  "  /brief topic:<topic> [limit] [since] Briefing on a topic",
  "    or a story, every sentence with its source",
  "  /official name:<name> [limit] [since] [topic] [story] What",
  "    an official said: role, topics, key quotes, each with",
  "    its source",
  "  /digest [limit] [since] Today's digest: top stories, then",
  "    a short section per topic",
  "  /stories [limit] [since] The stories in the news: articles",
  "    about the same event, biggest first",
  "  /search words:<words> [limit] Search the news: the stories",
  "    and cited sentences about some words",
  "  /topics [action] List the topics briefbot follows, or",
  "    suggest new ones from the biggest stories",
  "  /officials [topic] [since] The people named in the news,",
  "    with how often, optionally for one topic",
  "  /subscribe [time] [timezone] [topics] Post a daily digest",
  "    in this channel (time, timezone, topics)",
  "  /unsubscribe Stop the daily digest in this channel",
  "  /subscriptions Show the daily digests set up here",
  "  /sources [action] [source] [name] [every] The live news",
  "    feeds followed here, with their health (add/remove:",
  "    managers)",
  "  /help What briefbot can do and how to ask",
  "Or just ask: “what did Lavrov say?”, “briefing on Iran”,",
  "  “digest”.",
  "",
].join("\n")}\n`;
