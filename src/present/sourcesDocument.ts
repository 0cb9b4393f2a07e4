import type { FailingFeed, SourceStatus } from "../sources/sourceStatus.js";
import type { FeedCheck, SourcesView } from "../sources/sourcesService.js";
import { type Line, type ReplyDocument, section, text } from "./document.js";

/** "2026-01-15 08:00 UTC". */
function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** One source's line: its name, feed, and health. */
function sourceHealthLine(s: SourceStatus): string {
  const parts = [
    s.lastSuccessAt === null ? "never read yet" : `last read ${when(s.lastSuccessAt)}`,
    `${s.itemsSeen} items`,
    `${s.articlesAdded} articles added`,
    s.nextPollAt === null ? "next poll now" : `next poll ${when(s.nextPollAt)}`,
  ];
  const failing =
    s.failingSince === null
      ? ""
      : ` — ${s.failingForADay ? "⚠ " : ""}failing since ${when(s.failingSince)}${
          s.lastError ? ` (${s.lastError.kind}: ${s.lastError.message})` : ""
        }`;
  const note = s.note === null ? "" : ` — ${s.note}`;
  const origin = s.origin === "config" ? ", from config/sources.json" : "";
  return `${s.name} — ${s.url} (every ${s.intervalMinutes} min${origin}): ${parts.join(", ")}${failing}${note}`;
}

function checkLine(c: FeedCheck): string {
  if (c.ok) return `${c.name} — ${c.url}: OK, ${c.items} items${c.title ? ` ("${c.title}")` : ""}`;
  return `${c.name} — ${c.url}: failed (${c.error?.kind}: ${c.error?.message})`;
}

export function sourcesDocument(view: SourcesView): ReplyDocument {
  const lines: Line[] = [];
  let summary: string;
  let title: string | null = "Sources";
  switch (view.action) {
    case "list": {
      const failing = view.sources.filter((s) => s.failingForADay).length;
      summary =
        view.sources.length === 0
          ? "No sources followed yet"
          : `${view.sources.length} source${view.sources.length === 1 ? "" : "s"}${
              failing > 0 ? `, ${failing} failing for over a day` : ""
            }`;
      if (view.sources.length === 0)
        lines.push(text("No live sources yet — add one with: sources add <url>"));
      for (const s of view.sources) lines.push({ kind: "bullet", text: sourceHealthLine(s) });
      break;
    }
    case "add": {
      const s = view.sources[0];
      title = null;
      summary = s ? `Following ${s.name}` : "Following";
      if (s)
        lines.push(
          text(
            `Following ${s.name} (${s.url}) every ${s.intervalMinutes} min; its new articles come in at the next poll.`,
          ),
        );
      break;
    }
    case "remove": {
      const s = view.sources[0];
      title = null;
      summary = s ? `No longer following ${s.name}` : "Removed";
      if (s)
        lines.push(
          text(
            `No longer following ${s.name} (${s.url}); the articles it brought stay in the corpus.`,
          ),
        );
      break;
    }
    case "check": {
      const failed = view.checks.filter((c) => !c.ok).length;
      summary = `${view.checks.length} feed${view.checks.length === 1 ? "" : "s"} checked, ${failed} failing`;
      if (view.checks.length === 0) lines.push(text("No live sources to check."));
      for (const c of view.checks) lines.push({ kind: "bullet", text: checkLine(c) });
      break;
    }
  }
  return {
    tone: view.action === "list" || view.action === "check" ? "answer" : "notice",
    private: view.action !== "list",
    title,
    summary,
    preface: [],
    sections: [section(null, lines)],
  };
}

/**
 * The digest's short footer for feeds failing for a day or more: "⚠ 2 feeds failing for over a
 * day: Le Monde, Reuters — see /sources". Null when none is.
 */
export function failingFeedsLine(failing: readonly FailingFeed[]): string | null {
  if (failing.length === 0) return null;
  const shown = failing.slice(0, 3).map((f) => f.name);
  const more = failing.length > 3 ? ` and ${failing.length - 3} more` : "";
  const feeds = failing.length === 1 ? "1 feed" : `${failing.length} feeds`;
  return `⚠ ${feeds} failing for over a day: ${shown.join(", ")}${more} — see /sources`;
}
