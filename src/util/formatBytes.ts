const KIB = 1024;
const MIB = 1024 * 1024;

/** A file size for people: "812 B", "12.3 KB", "5.0 MB" (binary units, one decimal). */
export function formatBytes(bytes: number): string {
  if (bytes < KIB) return `${bytes} B`;
  if (bytes < MIB) return `${(bytes / KIB).toFixed(1)} KB`;
  return `${(bytes / MIB).toFixed(1)} MB`;
}

/** The warning for a file over the size limit, e.g. "12.3 MB, over the 5.0 MB limit, skipped". */
export function oversizeReason(size: number, limit: number): string {
  return `${formatBytes(size)}, over the ${formatBytes(limit)} limit, skipped`;
}
