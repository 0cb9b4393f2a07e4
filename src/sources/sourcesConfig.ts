import { join } from "node:path";
import { z } from "zod";
import { readConfigJson } from "../config/readConfigJson.js";
import { configError } from "../config/schemaError.js";
import { canonicalUrl } from "./canonicalUrl.js";
import {
  DEFAULT_INTERVAL_MINUTES,
  MAX_INTERVAL_MINUTES,
  MAX_NAME_LENGTH,
  MIN_INTERVAL_MINUTES,
  type Source,
  sourceId,
} from "./source.js";

export const SOURCES_FILE = "sources.json";

const interval = z
  .int(`expected a whole number of minutes`)
  .min(MIN_INTERVAL_MINUTES, `expected at least ${MIN_INTERVAL_MINUTES} minutes`)
  .max(MAX_INTERVAL_MINUTES, `expected at most ${MAX_INTERVAL_MINUTES} minutes (a day)`);

const entrySchema = z.strictObject({
  url: z.string(),
  name: z
    .string()
    .trim()
    .min(1, "expected a non-empty name")
    .max(MAX_NAME_LENGTH, `expected at most ${MAX_NAME_LENGTH} characters`)
    .optional(),
  intervalMinutes: interval.optional(),
});

const fileSchema = z.strictObject({
  intervalMinutes: interval.optional(),
  sources: z.array(entrySchema),
});

/** `config/sources.json` validated: the default interval and the sources it lists. */
export interface SourcesConfig {
  readonly intervalMinutes: number;
  readonly sources: readonly Source[];
}

export const NO_SOURCES_CONFIG: SourcesConfig = Object.freeze({
  intervalMinutes: DEFAULT_INTERVAL_MINUTES,
  sources: [],
});

/**
 * Parses `sources.json`; throws a `UserError` with one line per problem, naming the file, the
 * JSON path, what was expected and what was found. Feed URLs are taken as they are (no
 * discovery at start-up, which must not touch the network); `sources add` discovers.
 */
export function parseSourcesConfig(json: unknown, file: string): SourcesConfig {
  const schema = fileSchema.superRefine((value, ctx) => {
    const seen = new Map<string, number>();
    value.sources.forEach((entry, i) => {
      const url = canonicalUrl(entry.url);
      if (url === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["sources", i, "url"],
          message: `expected an absolute http(s) URL, found '${entry.url.slice(0, 100)}'`,
        });
        return;
      }
      const first = seen.get(url);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["sources", i, "url"],
          message: `expected each feed once, found the feed of sources[${first}] again`,
        });
      } else seen.set(url, i);
    });
  });
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw configError(file, parsed.error);
  return Object.freeze({
    intervalMinutes: parsed.data.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES,
    sources: parsed.data.sources.map((entry) => {
      const url = canonicalUrl(entry.url) as string;
      return Object.freeze({
        id: sourceId(url),
        url,
        name: entry.name ?? null,
        intervalMinutes: entry.intervalMinutes ?? null,
        origin: "config" as const,
        addedAt: null,
        addedBy: null,
      });
    }),
  });
}

/** Reads and validates `<configDir>/sources.json`; no file means no sources from config. */
export async function loadSourcesConfig(configDir: string): Promise<SourcesConfig> {
  const file = join(configDir, SOURCES_FILE);
  const json = await readConfigJson(file, "sources config", { optional: true });
  return json === undefined ? NO_SOURCES_CONFIG : parseSourcesConfig(json, file);
}
