import { describeValue } from "./describeValue.js";
import { isWebUrl } from "./webUrl.js";

/** What a file or the manifest can say about a document besides its text. */
export interface DocumentMetadata {
  readonly title?: string;
  readonly date?: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly language?: string;
}

export const METADATA_FIELDS = ["title", "date", "url", "outlet", "language"] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** Metadata from possibly-missing values: blank strings count as missing and are left out. */
export function metadataOf(
  values: Partial<Record<MetadataField, string | undefined>>,
): DocumentMetadata {
  const metadata: { -readonly [K in MetadataField]?: string } = {};
  for (const field of METADATA_FIELDS) {
    const value = values[field]?.trim();
    if (value !== undefined && value !== "") metadata[field] = value;
  }
  return metadata;
}

/** `primary`'s values, with gaps filled from `fallback`. */
export function fillMetadata(
  primary: DocumentMetadata,
  fallback: DocumentMetadata,
): DocumentMetadata {
  return metadataOf({ ...fallback, ...primary });
}

/**
 * The metadata without its url when that is not an http(s) address (`isWebUrl`), with the
 * problem to warn of: "url is not an http(s) address, found "javascript:…"; ignored".
 */
export function withoutForeignUrl(metadata: DocumentMetadata): {
  readonly metadata: DocumentMetadata;
  readonly problem: string | null;
} {
  const { url, ...rest } = metadata;
  if (url === undefined || isWebUrl(url)) return { metadata, problem: null };
  return {
    metadata: rest,
    problem: `url is not an http(s) address, found ${describeValue(url)}; ignored`,
  };
}
