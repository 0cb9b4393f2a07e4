/** A story: articles about the same event or running development, across outlets and languages. */
export interface Story {
  /** Stable: named after the article that started it, kept while the story lives. */
  readonly id: string;
  /** Its most representative headline (the title of the article nearest its centre). */
  readonly label: string;
  /** Its articles, oldest first (undated last). */
  readonly articleIds: readonly string[];
  /**
   * Articles not indexed because they repeat one of its articles word for word (the same dispatch
   * in another outlet): counted in its outlets and dates, never shown.
   */
  readonly repeats: readonly string[];
  /** Outlets that carried it, most articles first (articles without an outlet not counted). */
  readonly outlets: readonly string[];
  /** First and last publication dates of its dated articles (ISO day), null when none is dated. */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** How many of its articles are undated. */
  readonly undated: number;
  /** Person ids of the people it names most, most mentioned first (at most five). */
  readonly people: readonly string[];
  /** The distinct terms of its articles' titles (what `findStories` matches words against). */
  readonly titleTerms: readonly string[];
}

/** The corpus's stories: biggest and newest first, and by id and by article. */
export interface StoryIndex {
  readonly stories: readonly Story[];
  readonly byId: ReadonlyMap<string, Story>;
  /** Article id → its story, repeats included. */
  readonly byArticle: ReadonlyMap<string, Story>;
}
