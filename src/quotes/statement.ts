/** What a person said, directly (a quotation) or indirectly ("Blinken a déclaré que …"). */
export interface Statement {
  readonly kind: "direct" | "indirect";
  /** The quotation's words, or for an indirect statement the whole sentence. */
  readonly text: string;
  /** Person id of the speaker; null when the quote could not be attributed. */
  readonly speakerId: string | null;
  readonly articleId: string;
  /** Sentence where the quotation starts (the statement's sentence for indirect ones). */
  readonly sentenceId: string;
  /** Order of the statement within its article (0-based). */
  readonly position: number;
  /** How the speaker was found, for evaluation and debugging. */
  readonly attribution: Attribution;
}

export type Attribution =
  | "named-after"
  | "named-before"
  | "pronoun"
  | "role"
  | "continuation"
  | "selon"
  /** An intertitle, credited to whoever says its words elsewhere in the article. */
  | "repeated"
  /** An attribution clause names someone the engine does not know ("dénonce un proche de …"). */
  | "unresolved"
  | "none";
