import { renderJson } from "../../../briefings/render/json.js";
import { renderOfficialText } from "../../../briefings/render/officialText.js";
import { renderBriefingText, renderDigestText } from "../../../briefings/render/terminal.js";
import { wrap } from "../../../briefings/render/wrap.js";
import type { Reply } from "../../../commands/types.js";
import { terminalJson, terminalText } from "../../text/terminalText.js";

export interface RenderedReply {
  /** Text for stdout (empty for errors). */
  readonly stdout: string;
  /** Text for stderr (user errors). */
  readonly stderr: string;
  readonly exitCode: number;
}

export interface ReplyRenderOptions {
  readonly json: boolean;
  /** Columns the briefings are word-wrapped at. */
  readonly width: number;
  /**
   * Word-wraps the one-line items too (topics, officials, help, notices, errors), for a person
   * reading in a terminal (`briefbot chat`); without it each stays one line, for scripts and grep.
   */
  readonly wrapLines?: boolean;
}

/** Columns the help's descriptions need to stand in a column of their own. */
const HELP_DESCRIPTION_MIN = 30;

/**
 * Renders a command reply for the terminal, as text or as `--json`. User errors exit with 2.
 * Control characters from the corpus (titles, outlets, URLs, text) are escaped either way.
 */
export function renderReply(reply: Reply, options: ReplyRenderOptions): RenderedReply {
  const rendered = renderUnescaped(reply, options);
  const escapeOut = options.json ? terminalJson : terminalText;
  return { ...rendered, stdout: escapeOut(rendered.stdout), stderr: terminalText(rendered.stderr) };
}

function renderUnescaped(reply: Reply, options: ReplyRenderOptions): RenderedReply {
  /**
   * One item: `lead` (aligned columns, kept as it is) then `text`. `wrapLines` word-wraps each
   * line of it: the first line's continuations indented by `indent` columns, a further line's
   * by its own indentation plus two.
   */
  const item = (lead: string, text: string, indent: number): string =>
    options.wrapLines
      ? text
          .split("\n")
          .map((line, i) => {
            const own = i === 0 ? lead : (/^ */.exec(line)?.[0] ?? "");
            return wrap(line, options.width, own, " ".repeat(i === 0 ? indent : own.length + 2));
          })
          .join("\n")
      : lead + text;
  switch (reply.kind) {
    case "user-error":
      return { stdout: "", stderr: `${item("briefbot: ", reply.message, 2)}\n`, exitCode: 2 };
    case "notice":
      return ok(`${item("", reply.message, 2)}\n`);
    case "failure":
      return { stdout: "", stderr: `${item("briefbot: ", reply.message, 2)}\n`, exitCode: 70 };
    case "briefing":
      return ok(
        options.json ? renderJson(reply.briefing) : renderBriefingText(reply.briefing, options),
      );
    case "digest":
      return ok(options.json ? renderJson(reply.digest) : renderDigestText(reply.digest, options));
    case "official": {
      // A name that matches nobody, or several people, is the user's to fix: exit code 2.
      if (reply.profile.official === null) {
        return options.json
          ? { stdout: renderJson(reply.profile), stderr: "", exitCode: 2 }
          : {
              stdout: "",
              stderr: item("briefbot: ", renderOfficialText(reply.profile, options), 2),
              exitCode: 2,
            };
      }
      return ok(
        options.json ? renderJson(reply.profile) : renderOfficialText(reply.profile, options),
      );
    }
    case "officials":
      if (options.json) return ok(renderJson({ topic: reply.topic, officials: reply.officials }));
      if (reply.officials.length === 0) return ok("No officials are named in these articles.\n");
      return ok(
        `${reply.officials
          .map((o) =>
            item(
              `${o.name.padEnd(24)} ${String(o.mentions).padStart(3)} mentions, ${String(o.statements).padStart(2)} `,
              `statements${o.role ? ` — ${o.role}` : ""}`,
              25,
            ),
          )
          .join("\n")}\n`,
      );
    case "help": {
      if (options.json)
        return ok(renderJson({ commands: reply.commands, examples: reply.examples }));
      // The descriptions in one column after the longest usage, when that leaves them room;
      // else each right after its usage, continuing under it.
      const longest = Math.max(0, ...reply.commands.map((c) => c.usage.length));
      const column = options.width - longest - 3 >= HELP_DESCRIPTION_MIN ? longest : 0;
      return ok(
        [
          item("", "briefbot answers with briefings that cite every sentence's source.", 0),
          ...reply.commands.map((c) =>
            item(`  ${c.usage.padEnd(column)} `, c.description, column === 0 ? 4 : column + 3),
          ),
          item("Or just ask: ", `${reply.examples.map((e) => `“${e}”`).join(", ")}.`, 2),
          "",
        ].join("\n"),
      );
    }
    case "topics":
      if (options.json) return ok(renderJson({ topics: reply.topics }));
      return ok(
        `${reply.topics
          .map((t) =>
            item(
              `${t.id.padEnd(16)} `,
              `${t.title} — ${t.description} (${t.sentences} sentences in ${t.articles} articles)`,
              17,
            ),
          )
          .join("\n")}\n`,
      );
  }
}

function ok(stdout: string): RenderedReply {
  return { stdout, stderr: "", exitCode: 0 };
}
