/**
 * Block Kit limits, checked loosely the way Slack checks them before accepting a message. Each
 * problem is reported as Slack words it in `errors` of an `invalid_blocks` answer:
 * `"<what is wrong> [json-pointer:/blocks/3/text/text]"`. Only the limits a briefing can plausibly
 * hit are checked; unknown properties and element internals are not.
 * Lengths are counted in Unicode code points.
 */

export const BLOCK_LIMITS = {
  blocksPerMessage: 50,
  blockIdLength: 255,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  imageAltText: 2000,
  markdownText: 12_000,
} as const;

const BLOCK_TYPES = new Set([
  "actions",
  "context",
  "divider",
  "file",
  "header",
  "image",
  "input",
  "markdown",
  "rich_text",
  "section",
  "table",
  "video",
]);

type Problems = string[];

function length(text: string): number {
  return Array.from(text).length;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function at(problems: Problems, message: string, pointer: string): void {
  problems.push(`${message} [json-pointer:${pointer}]`);
}

/** A text object: `{ type: "plain_text" | "mrkdwn", text }`, 1 to `max` characters. */
function checkText(
  problems: Problems,
  value: unknown,
  pointer: string,
  max: number,
  plainOnly = false,
): void {
  if (!isObject(value)) {
    at(problems, "must provide an object", pointer);
    return;
  }
  const allowed = plainOnly ? ["plain_text"] : ["plain_text", "mrkdwn"];
  if (typeof value.type !== "string" || !allowed.includes(value.type)) {
    at(problems, `must be one of ${allowed.join(", ")}`, `${pointer}/type`);
  }
  if (typeof value.text !== "string") {
    at(problems, "must provide a string", `${pointer}/text`);
  } else if (length(value.text) === 0) {
    at(problems, "must be more than 0 characters", `${pointer}/text`);
  } else if (length(value.text) > max) {
    at(problems, `must be less than ${max + 1} characters`, `${pointer}/text`);
  }
}

function checkList(
  problems: Problems,
  value: unknown,
  pointer: string,
  max: number,
): readonly unknown[] {
  if (!Array.isArray(value)) {
    at(problems, "must provide an array", pointer);
    return [];
  }
  if (value.length === 0) at(problems, "must provide at least 1 item", pointer);
  if (value.length > max) at(problems, `no more than ${max} items allowed`, pointer);
  return value;
}

function checkBlock(problems: Problems, block: Record<string, unknown>, p: string): void {
  switch (block.type) {
    case "section": {
      if (block.text === undefined && block.fields === undefined) {
        at(problems, "must provide either text or fields", p);
      }
      if (block.text !== undefined)
        checkText(problems, block.text, `${p}/text`, BLOCK_LIMITS.sectionText);
      if (block.fields !== undefined) {
        const fields = checkList(problems, block.fields, `${p}/fields`, BLOCK_LIMITS.sectionFields);
        for (const [i, field] of fields.entries()) {
          checkText(problems, field, `${p}/fields/${i}`, BLOCK_LIMITS.sectionFieldText);
        }
      }
      return;
    }
    case "header":
      checkText(problems, block.text, `${p}/text`, BLOCK_LIMITS.headerText, true);
      return;
    case "context": {
      const elements = checkList(
        problems,
        block.elements,
        `${p}/elements`,
        BLOCK_LIMITS.contextElements,
      );
      for (const [i, element] of elements.entries()) {
        const ep = `${p}/elements/${i}`;
        if (isObject(element) && element.type === "image") continue;
        checkText(problems, element, ep, BLOCK_LIMITS.sectionText);
      }
      return;
    }
    case "actions":
      checkList(problems, block.elements, `${p}/elements`, BLOCK_LIMITS.actionsElements);
      return;
    case "image":
      if (typeof block.image_url !== "string" && !isObject(block.slack_file)) {
        at(problems, "must provide either image_url or slack_file", p);
      }
      if (typeof block.alt_text !== "string") {
        at(problems, "must provide a string", `${p}/alt_text`);
      } else if (length(block.alt_text) > BLOCK_LIMITS.imageAltText) {
        at(
          problems,
          `must be less than ${BLOCK_LIMITS.imageAltText + 1} characters`,
          `${p}/alt_text`,
        );
      }
      return;
    case "markdown":
      if (typeof block.text !== "string") {
        at(problems, "must provide a string", `${p}/text`);
      } else if (length(block.text) > BLOCK_LIMITS.markdownText) {
        at(problems, `must be less than ${BLOCK_LIMITS.markdownText + 1} characters`, `${p}/text`);
      }
      return;
    default:
      return;
  }
}

/** What Slack would object to in a message's `blocks`; empty when it would accept them. */
export function blockProblems(blocks: readonly unknown[]): string[] {
  const problems: Problems = [];
  if (blocks.length > BLOCK_LIMITS.blocksPerMessage) {
    at(problems, `no more than ${BLOCK_LIMITS.blocksPerMessage} items allowed`, "/blocks");
  }
  const blockIds = new Set<string>();
  for (const [i, block] of blocks.entries()) {
    const p = `/blocks/${i}`;
    if (!isObject(block)) {
      at(problems, "must provide an object", p);
      continue;
    }
    if (typeof block.type !== "string" || !BLOCK_TYPES.has(block.type)) {
      at(problems, `unsupported type: ${String(block.type)}`, `${p}/type`);
      continue;
    }
    if (block.block_id !== undefined) {
      const id = block.block_id;
      if (typeof id !== "string" || length(id) === 0 || length(id) > BLOCK_LIMITS.blockIdLength) {
        at(problems, `must be 1 to ${BLOCK_LIMITS.blockIdLength} characters`, `${p}/block_id`);
      } else if (blockIds.has(id)) {
        at(problems, `duplicate block_id: ${id}`, `${p}/block_id`);
      } else {
        blockIds.add(id);
      }
    }
    checkBlock(problems, block, p);
  }
  return problems;
}
