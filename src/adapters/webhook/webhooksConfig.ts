import { join } from "node:path";
import { z } from "zod";
import { resolveTopic } from "../../../briefings/resolveTopic.js";
import { isValidTimezone, parseTime } from "../../config/localTime.js";
import { readConfigJson } from "../../config/readConfigJson.js";
import { configError } from "../../config/schemaError.js";
import type { TopicDefinition } from "../../topics/topicsConfig.js";
import { type WebhookTarget, webhookTarget } from "./webhookTarget.js";

export const WEBHOOKS_FILE = "webhooks.json";

/** One entry: the options of `briefbot subscribe --webhook`, by the same names (`topics`: a list). */
const entrySchema = z.strictObject({
  url: z.string(),
  format: z.string().optional(),
  time: z.string().optional(),
  timezone: z.string().optional(),
  topics: z.array(z.string()).optional(),
});

const fileSchema = z.strictObject({ webhooks: z.array(entrySchema) });

/**
 * A webhook the config file subscribes: its channel as `briefbot subscribe --webhook` names it,
 * the time as `HH:MM` and the topic ids resolved; null time, zone or topics take the defaults
 * (BRIEFBOT_DIGEST_TIME, BRIEFBOT_TIMEZONE, every topic) when the subscription is written.
 */
export interface ConfigWebhook {
  readonly target: WebhookTarget;
  readonly time: string | null;
  readonly timezone: string | null;
  readonly topics: readonly string[] | null;
}

type Issue = { readonly path: (string | number)[]; readonly message: string };

/**
 * Checks one entry with the checks `subscribe --webhook` makes (the URL and format as
 * webhookTarget reads them, the time, the zone, each topic), as issues at their JSON path.
 * No message repeats the URL: a bad one is named by its reason, a good one by its host.
 */
function checkEntry(
  entry: z.infer<typeof entrySchema>,
  at: (string | number)[],
  topics: readonly TopicDefinition[],
): { webhook: ConfigWebhook | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const named = webhookTarget(entry.url, entry.format ?? null);
  if (!named.ok) {
    const field = entry.format !== undefined && named.reason.startsWith("unknown webhook format");
    issues.push({
      path: [...at, field ? "format" : "url"],
      message: named.reason.replace("add --format", 'add "format"'),
    });
  }
  const time = entry.time === undefined ? null : parseTime(entry.time);
  if (entry.time !== undefined && time === null) {
    issues.push({
      path: [...at, "time"],
      message: `expected a 24-hour time like 08:00, found '${entry.time.slice(0, 20)}'`,
    });
  }
  if (entry.timezone !== undefined && !isValidTimezone(entry.timezone)) {
    issues.push({
      path: [...at, "timezone"],
      message: `expected an IANA time zone like Europe/Paris, found '${entry.timezone.slice(0, 64)}'`,
    });
  }
  const ids: string[] = [];
  (entry.topics ?? []).forEach((query, i) => {
    const resolved = resolveTopic(query, topics);
    if (resolved.ok) {
      if (!ids.includes(resolved.topic.id)) ids.push(resolved.topic.id);
      return;
    }
    const hint =
      resolved.suggestions.length > 0 ? ` (closest: ${resolved.suggestions.join(", ")})` : "";
    issues.push({
      path: [...at, "topics", i],
      message: `expected a topic of topics.json, found '${query.slice(0, 60)}'${hint}`,
    });
  });
  if (entry.topics !== undefined && entry.topics.length === 0) {
    issues.push({
      path: [...at, "topics"],
      message: "expected at least one topic (omit it for all)",
    });
  }
  if (!named.ok || issues.length > 0) return { webhook: null, issues };
  return {
    webhook: {
      target: named.target,
      time:
        time === null
          ? null
          : `${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}`,
      timezone: entry.timezone ?? null,
      topics: entry.topics === undefined ? null : ids,
    },
    issues,
  };
}

/**
 * Parses and validates `webhooks.json` against the configured topics; throws a one-line-per-issue
 * `UserError` naming the file, the JSON path, what was expected and what was found.
 */
export function parseWebhooksConfig(
  json: unknown,
  file: string,
  topics: readonly TopicDefinition[],
): readonly ConfigWebhook[] {
  const webhooks: ConfigWebhook[] = [];
  const schema = fileSchema.superRefine((value, ctx) => {
    const seen = new Map<string, number>();
    value.webhooks.forEach((entry, i) => {
      const checked = checkEntry(entry, ["webhooks", i], topics);
      for (const issue of checked.issues) ctx.addIssue({ code: "custom", ...issue });
      if (!checked.webhook) return;
      const first = seen.get(checked.webhook.target.channelId);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["webhooks", i, "url"],
          message: `expected each webhook once, found the URL of webhooks[${first}] again`,
        });
        return;
      }
      seen.set(checked.webhook.target.channelId, i);
      webhooks.push(checked.webhook);
    });
  });
  const result = schema.safeParse(json);
  if (!result.success) throw configError(file, result.error);
  return Object.freeze(webhooks);
}

/**
 * Reads `<configDir>/webhooks.json`; null when there is none. Invalid JSON is reported by its
 * position only, as the parser's excerpt could hold a URL.
 */
export async function loadWebhooksConfig(
  configDir: string,
  topics: readonly TopicDefinition[],
): Promise<readonly ConfigWebhook[] | null> {
  const file = join(configDir, WEBHOOKS_FILE);
  const json = await readConfigJson(file, "webhooks config", { optional: true, secret: true });
  if (json === undefined) return null;
  return parseWebhooksConfig(json, file, topics);
}
