import { join } from "node:path";
import { z } from "zod";
import type { LoadWarning } from "../types.js";
import { type CorpusFs, describeFsError, fsErrorCode } from "./corpusFs.js";
import { decodeBytes } from "./decodeBytes.js";
import { describeValue, jsonErrorMessage } from "./describeValue.js";
import { isIsoDate } from "./isoDate.js";
import { type DocumentMetadata, metadataOf, withoutForeignUrl } from "./metadata.js";
import { MANIFEST_FILE } from "./walkCorpus.js";

const text = z.string().min(1, "a non-empty string");

/** Unknown fields are allowed (and ignored) so the manifest can carry notes for people. */
const manifestEntrySchema = z.object({
  title: text.optional(),
  date: z.string().refine(isIsoDate, "an ISO date (YYYY-MM-DD)").optional(),
  url: text.optional(),
  outlet: text.optional(),
  language: text.optional(),
  /** For people reading the manifest; not carried into documents. */
  description: z.string().optional(),
});

const manifestSchema = z.object({ files: z.record(z.string(), manifestEntrySchema) });

/** Metadata by relative path ("/"-separated), as declared in `manifest.json`. */
export type Manifest = ReadonlyMap<string, DocumentMetadata>;

export interface ManifestResult {
  readonly manifest: Manifest;
  readonly warnings: LoadWarning[];
}

const NO_MANIFEST: Manifest = new Map();

/** `files["000_a.txt"].date` */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let result = "";
  for (const segment of path) {
    if (typeof segment === "number") result += `[${segment}]`;
    else if (typeof segment === "string" && /^[A-Za-z_$][\w$]*$/.test(segment)) {
      result += result === "" ? segment : `.${segment}`;
    } else result += `[${JSON.stringify(String(segment))}]`;
  }
  return result;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "a string",
  object: "an object",
  record: "an object",
};

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const expected =
    issue.code === "invalid_type" ? (TYPE_NAMES[issue.expected] ?? issue.expected) : issue.message;
  const where = issue.path.length === 0 ? "" : `${formatJsonPath(issue.path)}: `;
  return `${where}expected ${expected}, found ${describeValue(valueAt(data, issue.path))}`;
}

/**
 * Reads the optional `<dir>/manifest.json` ({ files: { "<relative path>": { title?, date?,
 * url?, outlet?, language?, description? } } }). A manifest that cannot be read or does not
 * match gives one warning naming the first bad field, and is ignored as a whole.
 */
export async function readManifest(fs: CorpusFs, dir: string): Promise<ManifestResult> {
  const ignored = (reason: string): ManifestResult => ({
    manifest: NO_MANIFEST,
    warnings: [{ file: MANIFEST_FILE, reason: `${reason}; manifest ignored` }],
  });
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(join(dir, MANIFEST_FILE));
  } catch (error) {
    if (fsErrorCode(error) === "ENOENT") return { manifest: NO_MANIFEST, warnings: [] };
    return ignored(`cannot read file: ${describeFsError(error)}`);
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return ignored(decoded.reason.replace(/, skipped$/, ""));
  const warnings: LoadWarning[] =
    decoded.warning === undefined ? [] : [{ file: MANIFEST_FILE, reason: decoded.warning }];

  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch (error) {
    return ignored(`invalid JSON: ${jsonErrorMessage(error)}`);
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    const more = rest.length === 0 ? "" : ` (and ${rest.length} more problem(s))`;
    return ignored(`${first === undefined ? "invalid" : describeIssue(first, data)}${more}`);
  }
  const manifest = new Map<string, DocumentMetadata>();
  for (const [file, entry] of Object.entries(parsed.data.files)) {
    const { metadata, problem } = withoutForeignUrl(metadataOf(entry));
    if (problem !== null) {
      warnings.push({
        file: MANIFEST_FILE,
        reason: `${formatJsonPath(["files", file])}: ${problem}`,
      });
    }
    manifest.set(file, metadata);
  }
  return { manifest, warnings };
}

/** One warning per manifest entry that names no file in the corpus folder. */
export function unmatchedManifestEntries(
  manifest: Manifest,
  files: ReadonlySet<string>,
): LoadWarning[] {
  return [...manifest.keys()]
    .filter((file) => !files.has(file))
    .map((file) => ({
      file: MANIFEST_FILE,
      reason: `${formatJsonPath(["files", file])}: no such file in the corpus folder`,
    }));
}
