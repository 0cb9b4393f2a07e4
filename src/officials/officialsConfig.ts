import { join } from "node:path";
import { z } from "zod";
import { readConfigJson } from "../config/readConfigJson.js";
import { configError } from "../config/schemaError.js";

const isoDate = z.iso.date("expected a date as YYYY-MM-DD");

const officialSchema = z.strictObject({
  name: z.string().trim().min(3, "expected a full name").max(100),
  aliases: z.array(z.string().trim().min(2)).default([]),
  gender: z.enum(["m", "f"]).optional(),
  /** The role, with when it was held: a role is only given to articles of those dates. */
  role: z
    .strictObject({
      fr: z.string().trim().min(2),
      en: z.string().trim().min(2),
      since: isoDate.optional(),
      until: isoDate.optional(),
    })
    .refine((r) => !r.since || !r.until || r.since <= r.until, {
      message: "'since' must not be after 'until'",
    }),
  /** Role phrases that designate this person in text ("le chef de l'OTAN"), any language. */
  roles: z.array(z.string().trim().min(2)).default([]),
  organisation: z.string().trim().min(1).optional(),
  country: z.string().trim().min(2).max(3).optional(),
});

export const officialsFileSchema = z.strictObject({ officials: z.array(officialSchema) });

export type OfficialsConfig = z.infer<typeof officialsFileSchema>;
export type OfficialDefinition = OfficialsConfig["officials"][number];

export const OFFICIALS_FILE = "officials.json";

export function parseOfficialsConfig(json: unknown, file: string): OfficialsConfig {
  const result = officialsFileSchema.safeParse(json);
  if (!result.success) throw configError(file, result.error);
  return Object.freeze(result.data);
}

/** Reads `<configDir>/officials.json`; a missing file means no configured officials. */
export async function loadOfficialsConfig(configDir: string): Promise<OfficialsConfig> {
  const file = join(configDir, OFFICIALS_FILE);
  const json = await readConfigJson(file, "officials config", { optional: true });
  if (json === undefined) return { officials: [] };
  return parseOfficialsConfig(json, file);
}
