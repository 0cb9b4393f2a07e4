import { join } from "node:path";
import { z } from "zod";
import { readConfigJson } from "../config/readConfigJson.js";
import { configError } from "../config/schemaError.js";

const termList = z.array(z.string().trim().min(1, "expected a non-empty term")).default([]);
const termGroup = z
  .strictObject({ strong: termList, weak: termList })
  .default({ strong: [], weak: [] });

/**
 * The other halves of a topic that is a conjunction ("what UK ministers said" AND "about Russia"):
 * a sentence joins the topic only when, for every group, one of its terms is in the sentence, in
 * a neighbouring sentence or in its article's title. No groups (the default) require nothing.
 */
const requiredGroup = z.strictObject({
  fr: termList,
  en: termList,
  any: termList,
  /**
   * The group names the topic's frame (a country, a party), not its subject: a sentence whose
   * only evidence for the topic is this group's words ("Téhéran et Washington", "les actes de
   * l'Iran") joins only when it meets every other group itself — naming Iran in an article about
   * its nuclear programme is not saying something about the programme.
   */
  frame: z.boolean().default(false),
});

const topicSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lower-case id like 'nato-unity'"),
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().min(1).max(300),
  terms: z.strictObject({ fr: termGroup, en: termGroup, any: termGroup }),
  requires: z.array(requiredGroup).default([]),
  /**
   * "articles" (the default): a subject — a sentence joins the topic only inside an article about
   * it. "sentences": a kind of statement that any article may carry ("what UK ministers said
   * about Russia") — a sentence elsewhere joins on convincing evidence of its own.
   */
  scope: z.enum(["articles", "sentences"]).default("articles"),
  officials: z.array(z.string().trim().min(1)).default([]),
});

const assignmentSchema = z.strictObject({
  /** Minimum combined score for a sentence to belong to a topic. */
  threshold: z.number().positive().default(1),
  /** Share of the strongest neighbouring sentence's own score added to a sentence's. */
  neighbourWeight: z.number().min(0).max(1).default(0.5),
  /** Weight of the article's topic density (mean own score of its sentences, capped at 1). */
  articleWeight: z.number().min(0).max(2).default(0.5),
  /** A sentence joins a topic only if that topic scores at least this share of its best topic. */
  dominance: z.number().min(0).max(1).default(0.5),
});

export const topicsFileSchema = z
  .strictObject({
    assignment: assignmentSchema.default({
      threshold: 1,
      neighbourWeight: 0.5,
      articleWeight: 0.5,
      dominance: 0.5,
    }),
    topics: z.array(topicSchema).min(1, "expected at least one topic"),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.topics.forEach((topic, i) => {
      if (seen.has(topic.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["topics", i, "id"],
          message: `duplicate topic id '${topic.id}'`,
        });
      }
      seen.add(topic.id);
      const termCount = Object.values(topic.terms).reduce((n, g) => n + g.strong.length, 0);
      if (termCount === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["topics", i, "terms"],
          message: "expected at least one strong term in fr, en or any",
        });
      }
    });
  });

export type TopicsConfig = z.infer<typeof topicsFileSchema>;
export type TopicDefinition = TopicsConfig["topics"][number];
export type AssignmentSettings = TopicsConfig["assignment"];

export const TOPICS_FILE = "topics.json";

/** Parses and validates topics config; throws a `UserError` naming the bad field. */
export function parseTopicsConfig(json: unknown, file: string): TopicsConfig {
  const result = topicsFileSchema.safeParse(json);
  if (!result.success) throw configError(file, result.error);
  return deepFreeze(result.data);
}

/** Reads `<configDir>/topics.json`. */
export async function loadTopicsConfig(configDir: string): Promise<TopicsConfig> {
  const file = join(configDir, TOPICS_FILE);
  const json = await readConfigJson(file, "topics config", { optional: false });
  return parseTopicsConfig(json, file);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
