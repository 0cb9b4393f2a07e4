/** What one update of a live corpus did. */
export interface UpdateReport {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly unchanged: number;
  /** Articles in the index after the update. */
  readonly articles: number;
  readonly version: string;
  /** The snapshot could not be used (unreadable or written by other code) and was rebuilt. */
  readonly snapshotProblem: string | null;
}
