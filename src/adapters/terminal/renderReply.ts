import { renderJson } from "../../../briefings/render/json.js";
import type { Reply } from "../../../commands/types.js";
import { present } from "../../present/present.js";
import { terminalJson, terminalText } from "../../text/terminalText.js";
import { renderTerminal, type TerminalLayout, type TerminalText } from "./renderTerminal.js";

export type RenderedReply = TerminalText;

export interface ReplyRenderOptions extends TerminalLayout {
  readonly json: boolean;
}

/**
 * Renders a command reply for the terminal, as text or as `--json`. User errors exit with 2.
 * Control characters from the corpus (titles, outlets, URLs, text) are escaped either way.
 */
export function renderReply(reply: Reply, options: ReplyRenderOptions): RenderedReply {
  const rendered = options.json
    ? renderReplyJson(reply, options)
    : renderTerminal(present(reply, "terminal"), options);
  const escapeOut = options.json ? terminalJson : terminalText;
  return { ...rendered, stdout: escapeOut(rendered.stdout), stderr: terminalText(rendered.stderr) };
}

/** `--json`: the reply's plain data as it is; messages and errors as text, as without it. */
function renderReplyJson(reply: Reply, layout: TerminalLayout): RenderedReply {
  switch (reply.kind) {
    case "briefing":
      return ok(renderJson(reply.briefing));
    case "digest":
      return ok(renderJson(reply.digest));
    case "official":
      // A name that matches nobody, or several people, is the user's to fix: exit code 2.
      return {
        stdout: renderJson(reply.profile),
        stderr: "",
        exitCode: reply.profile.official === null ? 2 : 0,
      };
    case "officials":
      return ok(renderJson({ topic: reply.topic, officials: reply.officials }));
    case "help":
      return ok(renderJson({ commands: reply.commands, examples: reply.examples }));
    case "topics":
      return ok(renderJson({ topics: reply.topics }));
    case "topic-suggestions":
      return ok(renderJson({ topics: reply.suggestions.map((s) => s.entry) }));
    case "search":
      return ok(renderJson(reply.results));
    case "sources":
      return ok(renderJson(reply.view));
    case "stories":
      return ok(renderJson({ total: reply.total, stories: reply.stories, since: reply.since }));
    default:
      return renderTerminal(present(reply, "terminal"), layout);
  }
}

function ok(stdout: string): RenderedReply {
  return { stdout, stderr: "", exitCode: 0 };
}
