import { type FieldError, invalidFormBody, isRecord, maxLength, required } from "./formErrors.js";
import { discordError, type Reply } from "./http.js";

/** Discord's documented message limits. */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
} as const;

const IS_COMPONENTS_V2 = 1 << 15;

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

type Path = readonly (string | number)[];

function embedErrors(embed: unknown, base: Path): { errors: FieldError[]; size: number } {
  const errors: FieldError[] = [];
  if (!isRecord(embed)) return { errors: [required(base)], size: 0 };
  const at = (...path: (string | number)[]) => [...base, ...path];
  const check = (value: string, limit: number, ...path: (string | number)[]) => {
    if (value.length > limit) errors.push(maxLength(at(...path), limit));
  };
  const title = text(embed.title);
  const description = text(embed.description);
  const footer = isRecord(embed.footer) ? text(embed.footer.text) : "";
  const author = isRecord(embed.author) ? text(embed.author.name) : "";
  check(title, LIMITS.title, "title");
  check(description, LIMITS.description, "description");
  check(footer, LIMITS.footer, "footer", "text");
  check(author, LIMITS.authorName, "author", "name");
  let size = title.length + description.length + footer.length + author.length;
  const fields = Array.isArray(embed.fields) ? embed.fields : [];
  if (fields.length > LIMITS.fields) errors.push(maxLength(at("fields"), LIMITS.fields));
  for (const [j, field] of fields.entries()) {
    const name = isRecord(field) ? text(field.name) : "";
    const value = isRecord(field) ? text(field.value) : "";
    if (name === "") errors.push(required(at("fields", j, "name")));
    if (value === "") errors.push(required(at("fields", j, "value")));
    check(name, LIMITS.fieldName, "fields", j, "name");
    check(value, LIMITS.fieldValue, "fields", j, "value");
    size += name.length + value.length;
  }
  return { errors, size };
}

/**
 * Checks a message body (create, reply, edit) against Discord's limits. Returns the error reply
 * Discord would give, or null when the body is acceptable. `isEdit` allows partial bodies;
 * `at` prefixes error paths (`["data"]` for an interaction callback's message).
 */
export function checkMessageBody(
  body: unknown,
  options: { isEdit: boolean; fileCount: number; at?: Path },
): Reply | null {
  const at = options.at ?? [];
  if (!isRecord(body)) {
    return options.isEdit || options.fileCount > 0
      ? null
      : discordError(400, 50006, "Cannot send an empty message");
  }
  const errors: FieldError[] = [];
  const content = text(body.content);
  if (content.length > LIMITS.content) errors.push(maxLength([...at, "content"], LIMITS.content));
  const embeds = Array.isArray(body.embeds) ? body.embeds : [];
  if (embeds.length > LIMITS.embeds) errors.push(maxLength([...at, "embeds"], LIMITS.embeds));
  let total = 0;
  for (const [i, embed] of embeds.entries()) {
    const result = embedErrors(embed, [...at, "embeds", i]);
    errors.push(...result.errors);
    total += result.size;
  }
  if (total > LIMITS.embedTotal) {
    errors.push({
      path: [...at, "embeds"],
      code: "MAX_EMBED_SIZE_EXCEEDED",
      message: `Embed size exceeds maximum size of ${LIMITS.embedTotal}`,
    });
  }
  const flags = typeof body.flags === "number" ? body.flags : 0;
  if ((flags & IS_COMPONENTS_V2) !== 0 && (content !== "" || embeds.length > 0)) {
    errors.push({
      path: [...at, "content"],
      code: "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
      message:
        "The 'content' and 'embeds' fields cannot be used when using MessageFlags.IS_COMPONENTS_V2",
    });
  }
  if (errors.length > 0) return invalidFormBody(errors);
  const components = Array.isArray(body.components) ? body.components : [];
  const empty =
    content === "" &&
    embeds.length === 0 &&
    components.length === 0 &&
    options.fileCount === 0 &&
    body.poll === undefined &&
    !Array.isArray(body.sticker_ids);
  if (empty && !options.isEdit) return discordError(400, 50006, "Cannot send an empty message");
  return null;
}
