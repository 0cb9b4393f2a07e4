import { afterEach, describe, expect, test } from "vitest";
import { renderChatReply } from "../../src/adapters/chat/renderChatReply.js";
import { createLogger } from "../../src/log/logger.js";
import { terminalJson, terminalLine, terminalText } from "../../src/text/terminalText.js";
import { cli, makeTempDir, removeTempDirs } from "./cliHarness.js";

afterEach(removeTempDirs);

/** What retitles a terminal window: OSC 0 ; title BEL. */
const RETITLE = "\u001b]0;OWNED\u0007";

/** Any character a terminal would act on rather than show. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const ARTICLE = `L’OTAN affiche son unité face à Moscou

Bruxelles – Les ministres des Affaires étrangères des trente pays membres de l’OTAN se sont réunis mardi à Bruxelles pour afficher leur unité face au renforcement militaire russe à la frontière ukrainienne. « Les alliés parlent d’une seule voix et ne se laisseront pas diviser », a déclaré le secrétaire général de l’OTAN, Jens Stoltenberg, à l’issue de la réunion.

Les alliés ont rappelé que l’Alliance atlantique reste ouverte à de nouveaux membres et qu’aucun pays tiers ne peut mettre son veto à un élargissement. Jens Stoltenberg a ajouté que l’OTAN était prête à reprendre le dialogue au sein du Conseil OTAN-Russie, tout en renforçant la défense collective sur son flanc oriental.
`;

function hostileCorpus(): string {
  return makeTempDir({
    "a.json": JSON.stringify({
      text: ARTICLE,
      outlet: `AFP${RETITLE}`,
      url: "https://example.org/\u001b[2J\u202eexe.txt",
    }),
  });
}

describe("text from a corpus on a terminal", () => {
  test("escape sequences in an outlet and a URL are shown escaped in a briefing, never sent raw", async () => {
    const result = await cli(["brief", "nato-unity", "--corpus", hostileCorpus()]);
    expect(result.code).toBe(0);
    expect(TERMINAL_CONTROL.test(result.stdout)).toBe(false);
    expect(result.stdout).toContain("AFP\\u001b]0;OWNED\\u0007 · undated");
    expect(result.stdout).toContain("https://example.org/\\u001b[2J\\u202eexe.txt");
  });

  test("--json escapes the C1 and bidi controls JSON.stringify leaves raw, and still parses to the same text", async () => {
    const dir = makeTempDir({
      "a.json": JSON.stringify({ text: ARTICLE, outlet: "Out\u009blet\u202e" }),
    });
    const result = await cli(["brief", "nato-unity", "--corpus", dir, "--json"]);
    expect(result.code).toBe(0);
    expect(TERMINAL_CONTROL.test(result.stdout)).toBe(false);
    expect(result.stdout).toContain('"outlet": "Out\\u009blet\\u202e"');
    const parsed = JSON.parse(result.stdout) as { sources: { outlet: string }[] };
    expect(parsed.sources[0]?.outlet).toBe("Out\u009blet\u202e");
  });

  test("a file name holding a line break cannot forge a warning line", async () => {
    const dir = makeTempDir({ "good.txt": ARTICLE, "evil\nwarning: forged.txt": "" });
    const result = await cli(["topics", "--corpus", dir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("warning: evil\\u000awarning: forged.txt: empty file, skipped\n");
  });
});

describe("terminalText, terminalLine, terminalJson", () => {
  test("text keeps line feeds and tabs and escapes ESC, BEL, CR, DEL, C1 and bidi overrides", () => {
    expect(terminalText(`a\tb\nc${RETITLE}\r\u007f\u009b\u202e\u2066`)).toBe(
      "a\tb\nc\\u001b]0;OWNED\\u0007\\u000d\\u007f\\u009b\\u202e\\u2066",
    );
  });

  test("a line escapes line feeds, tabs and line separators too", () => {
    expect(terminalLine("a\nb\tc\u2028d")).toBe("a\\u000ab\\u0009c\\u2028d");
  });

  test("JSON keeps its value: the escapes it adds are JSON escapes", () => {
    const value = { s: `x\u009b${RETITLE}\u202e` };
    const json = terminalJson(JSON.stringify(value));
    expect(TERMINAL_CONTROL.test(json)).toBe(false);
    expect(JSON.parse(json)).toEqual(value);
  });

  test("the chat renderer escapes a topic title holding an escape sequence", () => {
    const text = renderChatReply(
      {
        kind: "topics",
        topics: [
          {
            id: "t",
            title: `Title${RETITLE}`,
            description: "d",
            sentences: 1,
            articles: 1,
            corpusArticles: 1,
            share: 1,
            weakFit: true,
          },
        ],
      },
      100,
    );
    expect(text).toBe(
      "t                Title\\u001b]0;OWNED\\u0007 — d (1 sentences in 1 articles, 100% of the corpus; weak fit)\n",
    );
  });
});

/** A logger at the epoch writing its lines into `lines`. */
function capturedLogger(format: "pretty" | "json") {
  const lines: string[] = [];
  const log = createLogger({
    level: "info",
    format,
    write: (l) => lines.push(l),
    now: () => new Date(0),
  });
  return { log, lines };
}

describe("logger", () => {
  test("a readable line stays one line whatever a message or a field holds", () => {
    const { log, lines } = capturedLogger("pretty");
    log.warn(`bad file${RETITLE}`, { file: "a\nWARN forged" });
    expect(lines).toEqual([
      "00:00:00 WARN  bad file\\u001b]0;OWNED\\u0007 file=a\\u000aWARN forged\n",
    ]);
  });

  test("a JSON line escapes C1 controls", () => {
    const { log, lines } = capturedLogger("json");
    log.info("title", { title: "x\u009by" });
    expect(lines).toEqual([
      '{"time":"1970-01-01T00:00:00.000Z","level":"info","msg":"title","title":"x\\u009by"}\n',
    ]);
  });
});
