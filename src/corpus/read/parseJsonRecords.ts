import { describeValue, jsonErrorMessage } from "./describeValue.js";
import { count, FileProblems, MAX_RECORDS_PER_FILE } from "./fileProblems.js";
import { isIsoDate } from "./isoDate.js";
import { type DocumentMetadata, type MetadataField, metadataOf } from "./metadata.js";

/** One article found in a JSON or JSONL file. */
export interface JsonRecord {
  /** 0-based position in the array, or among the non-blank lines of a JSONL file. */
  readonly record: number;
  readonly text: string;
  readonly metadata: DocumentMetadata;
}

/** Records that loaded, and one reason per problem (the caller adds the file name). */
export interface JsonRecords {
  readonly records: JsonRecord[];
  readonly problems: string[];
}

/** Accepted field names, most preferred first. */
const TEXT_KEYS = ["text", "body", "content"] as const;
const METADATA_KEYS: Readonly<Record<MetadataField, readonly string[]>> = {
  title: ["title"],
  date: ["date", "published", "publishedAt", "published_at", "datePublished", "pubDate"],
  url: ["url"],
  outlet: ["outlet", "source"],
  language: ["language", "lang"],
};

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The first of `keys` present with a non-null value. */
function firstPresent(object: JsonObject, keys: readonly string[]): [string, unknown] | undefined {
  for (const key of keys) {
    const value = object[key];
    if (value !== undefined && value !== null) return [key, value];
  }
  return undefined;
}

/** One record read: the record, or why it was skipped, and the fields ignored on the way. */
interface ReadRecord {
  readonly record?: JsonRecord;
  readonly skipped?: string;
  readonly ignored: readonly string[];
}

/**
 * Reads one record. `label` ("record 2", "line 3") prefixes its problems; single-object files
 * have none. A record without usable text is skipped with one problem; a metadata field of the
 * wrong type is dropped with one problem each and the record still loads.
 */
function readRecord(value: unknown, record: number, label: string | undefined): ReadRecord {
  const prefix = label === undefined ? "" : `${label}: `;
  if (!isObject(value)) {
    return {
      skipped: `${prefix}expected an object, found ${describeValue(value)}, skipped`,
      ignored: [],
    };
  }
  const text = firstPresent(value, TEXT_KEYS);
  if (text === undefined || typeof text[1] !== "string" || text[1].trim() === "") {
    const detail =
      text === undefined
        ? ""
        : typeof text[1] === "string"
          ? ` ("${text[0]}" is empty)`
          : ` ("${text[0]}" is ${describeValue(text[1])})`;
    return { skipped: `${prefix}no "text" string${detail}, skipped`, ignored: [] };
  }

  const ignored: string[] = [];
  const fields: Partial<Record<MetadataField, string>> = {};
  for (const [field, keys] of Object.entries(METADATA_KEYS) as [MetadataField, string[]][]) {
    const found = firstPresent(value, keys);
    if (found === undefined) continue;
    const [key, fieldValue] = found;
    if (typeof fieldValue !== "string") {
      ignored.push(
        `${prefix}"${key}" should be a string, found ${describeValue(fieldValue)}; ignored`,
      );
    } else if (field === "date" && fieldValue.trim() !== "" && !isIsoDate(fieldValue.trim())) {
      ignored.push(
        `${prefix}"${key}" is not an ISO date (YYYY-MM-DD), found ${describeValue(fieldValue)}; ignored`,
      );
    } else {
      fields[field] = fieldValue;
    }
  }
  return {
    record: { record, text: text[1].replace(/\r\n?/g, "\n"), metadata: metadataOf(fields) },
    ignored,
  };
}

/** Collects records up to {@link MAX_RECORDS_PER_FILE}, and the file's problems, bounded. */
class RecordCollector {
  readonly records: JsonRecord[] = [];
  readonly problems: FileProblems;
  private beyondCap = 0;

  constructor(private readonly unit: string) {
    this.problems = new FileProblems(unit);
  }

  get full(): boolean {
    return this.records.length >= MAX_RECORDS_PER_FILE;
  }

  add(read: ReadRecord): void {
    for (const reason of read.ignored) this.problems.ignored(reason);
    if (read.skipped !== undefined) this.problems.skipped(read.skipped);
    if (read.record) this.records.push(read.record);
  }

  /** A record left unread because the file already gave its share. */
  overCap(): void {
    this.beyondCap++;
  }

  result(): JsonRecords {
    if (this.beyondCap > 0) {
      this.problems.last(
        `only the first ${count(MAX_RECORDS_PER_FILE)} records of a file are read; ` +
          `${count(this.beyondCap)} more ${this.unit}s skipped — split the file`,
      );
    }
    return { records: this.records, problems: this.problems.list() };
  }
}

/** A .json file: one article object, or an array of them. */
export function parseJsonDocument(text: string): JsonRecords {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { records: [], problems: [`invalid JSON: ${jsonErrorMessage(error)}`] };
  }
  if (isObject(value)) {
    const read = readRecord(value, 0, undefined);
    return {
      records: read.record ? [read.record] : [],
      problems: read.skipped === undefined ? [...read.ignored] : [read.skipped],
    };
  }
  if (!Array.isArray(value)) {
    return {
      records: [],
      problems: [
        `expected an object or an array of objects, found ${describeValue(value)}, skipped`,
      ],
    };
  }
  if (value.length === 0) return { records: [], problems: ["empty array, no records, skipped"] };
  const collector = new RecordCollector("record");
  value.forEach((item: unknown, index) => {
    if (collector.full) collector.overCap();
    else collector.add(readRecord(item, index, `record ${index}`));
  });
  return collector.result();
}

/** A .jsonl / .ndjson file: one article object per line; blank lines are ignored. */
export function parseJsonLines(text: string): JsonRecords {
  const collector = new RecordCollector("line");
  let record = 0;
  for (const [index, line] of text.split("\n").entries()) {
    if (line.trim() === "") continue;
    if (collector.full) {
      collector.overCap();
      continue;
    }
    const label = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      collector.add({ skipped: `${label}: invalid JSON, skipped`, ignored: [] });
      record++;
      continue;
    }
    collector.add(readRecord(value, record, label));
    record++;
  }
  return collector.result();
}
