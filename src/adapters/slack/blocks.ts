import { chunk, continued, groupWithin, shorten } from "../../present/fitting.js";

/** Slack's Block Kit limits (api.slack.com/reference/block-kit). */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  contextText: 2000,
  /** Slack truncates long messages; we keep each message's block text well under it. */
  messageText: 12_000,
  fallbackText: 3000,
} as const;

export type SlackBlock =
  | { type: "header"; text: { type: "plain_text"; text: string; emoji: boolean } }
  | { type: "section"; text: { type: "mrkdwn"; text: string } }
  | { type: "context"; elements: { type: "mrkdwn"; text: string }[] }
  | { type: "divider" };

export interface SlackMessage {
  /** Plain fallback text for notifications and screen readers. */
  readonly text: string;
  readonly blocks: readonly SlackBlock[];
  readonly ephemeral: boolean;
}

/**
 * Corpus text made inert for mrkdwn: Slack's three control characters escaped, so text can
 * never become `<!channel>`, `<!here>`, `<!everyone>`, `<@U123>` or a `<http://…|fake link>`.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Cuts at a word boundary to fit `max`, saying so. */
export { shorten };

export function header(text: string): SlackBlock {
  return {
    type: "header",
    text: { type: "plain_text", text: shorten(text, SLACK_LIMITS.headerText), emoji: true },
  };
}

/** Whole lines packed into sections of at most 3000 characters; a line is never split. */
export function sections(lines: readonly string[]): SlackBlock[] {
  // Lines joined by newlines: each costs its length and one more, less one for the whole.
  return groupWithin(
    lines.map((line) => shorten(line, SLACK_LIMITS.sectionText)),
    (line) => line.length + 1,
    { size: SLACK_LIMITS.sectionText + 1 },
  ).map((group) => ({ type: "section", text: { type: "mrkdwn", text: group.join("\n") } }));
}

/** Items as context blocks of at most 10 elements. */
export function contexts(items: readonly string[]): SlackBlock[] {
  return chunk(items, SLACK_LIMITS.contextElements).map((group) => ({
    type: "context",
    elements: group.map((text) => ({
      type: "mrkdwn" as const,
      text: shorten(text, SLACK_LIMITS.contextText),
    })),
  }));
}

function blockText(block: SlackBlock): number {
  if (block.type === "divider") return 0;
  if (block.type === "context") return block.elements.reduce((n, e) => n + e.text.length, 0);
  return block.text.text.length;
}

/** Groups blocks into messages of at most 50 blocks and 12,000 characters, in order. */
export function packSlackMessages(
  blocks: readonly SlackBlock[],
  fallback: string,
  ephemeral = false,
): SlackMessage[] {
  const groups = groupWithin(blocks, blockText, {
    count: SLACK_LIMITS.blocksPerMessage,
    size: SLACK_LIMITS.messageText,
  });
  return groups.map((group, i) => ({
    text: i === 0 ? fallback : continued(fallback),
    blocks: group,
    ephemeral,
  }));
}
