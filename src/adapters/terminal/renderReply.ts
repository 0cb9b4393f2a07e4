import { renderJson } from "../../../briefings/render/json.js";
import { renderBriefingText, renderDigestText } from "../../../briefings/render/terminal.js";
import type { Reply } from "../../../commands/types.js";

export interface RenderedReply {
  /** Text for stdout (empty for errors). */
  readonly stdout: string;
  /** Text for stderr (user errors). */
  readonly stderr: string;
  readonly exitCode: number;
}

/** Renders a command reply for the terminal, as text or as `--json`. User errors exit with 2. */
export function renderReply(
  reply: Reply,
  options: { json: boolean; width: number },
): RenderedReply {
  switch (reply.kind) {
    case "user-error":
      return { stdout: "", stderr: `briefbot: ${reply.message}\n`, exitCode: 2 };
    case "briefing":
      return ok(
        options.json ? renderJson(reply.briefing) : renderBriefingText(reply.briefing, options),
      );
    case "digest":
      return ok(options.json ? renderJson(reply.digest) : renderDigestText(reply.digest, options));
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
