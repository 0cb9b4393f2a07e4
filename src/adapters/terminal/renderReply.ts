import { renderJson } from "../../../briefings/render/json.js";
import { renderOfficialText } from "../../../briefings/render/officialText.js";
import { renderBriefingText, renderDigestText } from "../../../briefings/render/terminal.js";
import type { Reply } from "../../../commands/types.js";
import { terminalJson, terminalText } from "../../text/terminalText.js";

export interface RenderedReply {
  /** Text for stdout (empty for errors). */
  readonly stdout: string;
  /** Text for stderr (user errors). */
  readonly stderr: string;
  readonly exitCode: number;
}

/**
 * Renders a command reply for the terminal, as text or as `--json`. User errors exit with 2.
 * Control characters from the corpus (titles, outlets, URLs, text) are escaped either way.
 */
export function renderReply(
  reply: Reply,
  options: { json: boolean; width: number },
): RenderedReply {
  const rendered = renderUnescaped(reply, options);
  const escapeOut = options.json ? terminalJson : terminalText;
  return { ...rendered, stdout: escapeOut(rendered.stdout), stderr: terminalText(rendered.stderr) };
}

function renderUnescaped(reply: Reply, options: { json: boolean; width: number }): RenderedReply {
  switch (reply.kind) {
    case "user-error":
      return { stdout: "", stderr: `briefbot: ${reply.message}\n`, exitCode: 2 };
    case "notice":
      return ok(`${reply.message}\n`);
    case "failure":
      return { stdout: "", stderr: `briefbot: ${reply.message}\n`, exitCode: 70 };
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
              stderr: `briefbot: ${renderOfficialText(reply.profile, options)}`,
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
          .map(
            (o) =>
              `${o.name.padEnd(24)} ${String(o.mentions).padStart(3)} mentions, ${String(o.statements).padStart(2)} statements${o.role ? ` — ${o.role}` : ""}`,
          )
          .join("\n")}\n`,
      );
    case "help":
      if (options.json)
        return ok(renderJson({ commands: reply.commands, examples: reply.examples }));
      return ok(
        [
          "briefbot answers with briefings that cite every sentence's source.",
          ...reply.commands.map((c) => `  ${c.usage.padEnd(28)} ${c.description}`),
          `Or just ask: ${reply.examples.map((e) => `“${e}”`).join(", ")}.`,
          "",
        ].join("\n"),
      );
    case "topics":
      if (options.json) return ok(renderJson({ topics: reply.topics }));
      return ok(
        `${reply.topics
          .map(
            (t) =>
              `${t.id.padEnd(16)} ${t.title} — ${t.description} (${t.sentences} sentences in ${t.articles} articles)`,
          )
          .join("\n")}\n`,
      );
  }
}

function ok(stdout: string): RenderedReply {
  return { stdout, stderr: "", exitCode: 0 };
}
