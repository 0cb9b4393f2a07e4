import type { Person } from "../officials/person.js";

/**
 * Who has been speaking and who has been named so far in an article, for resolving "il",
 * "she", "a-t-elle déclaré" to the most recent compatible person.
 */
export class SpeakerContext {
  private readonly speakers: string[] = [];
  private readonly named: string[] = [];
  /** The person opening the previous sentence as its subject ("Mais Lavrov a refusé…"). */
  private subject: string | null = null;

  constructor(private readonly people: ReadonlyMap<string, Person>) {}

  spoke(personId: string): void {
    this.speakers.push(personId);
  }

  named_(personId: string): void {
    this.named.push(personId);
  }

  /** The people the previous sentence names anywhere, in reading order. */
  private lastNamed: readonly string[] = [];
  /** Whether the previous sentence is as short as a heading ("La passoire de Jordan Bardella"). */
  private lastShort = false;
  /** The subject of the sentence before the previous one, and whom it names if it is a heading. */
  private earlier: { readonly subject: string | null; readonly heading: readonly string[] } | null =
    null;

  /** The gender of someone unnamed who spoke in the previous sentence ("», lâche un voisin"). */
  private unnamedSpeaker: "m" | "f" | null = null;

  /**
   * Records the subject of the sentence just read (null when it does not open on a person), the
   * people it names, whether it is as short as a heading, and the gender of an unnamed speaker
   * its words were credited to ("», lâche un voisin": null when none).
   */
  sentenceSubject(
    personId: string | null,
    named: readonly string[] = [],
    short = false,
    unnamedSpeaker: "m" | "f" | null = null,
  ): void {
    this.earlier = { subject: this.subject, heading: this.lastShort ? this.lastNamed : [] };
    this.subject = personId;
    this.lastNamed = named;
    this.lastShort = short;
    this.unnamedSpeaker = personId === null ? unnamedSpeaker : null;
  }

  /**
   * Whether a pronoun takes up the unnamed speaker of the previous sentence: "« … », lâche un
   * voisin. « … », ajoute-t-il" is still the neighbour, not the last person named.
   */
  meansUnnamedSpeaker(pronoun: string): boolean {
    if (this.unnamedSpeaker === null) return false;
    return (/^(?:elle|elles|she|her)$/i.test(pronoun) ? "f" : "m") === this.unnamedSpeaker;
  }

  /** Everyone named or speaking so far, oldest first (for role resolution). */
  get recent(): readonly string[] {
    return [...this.named, ...this.speakers];
  }

  /** Whether a person may be what a pronoun stands for: same gender, or gender unknown. */
  fits(pronoun: string, personId: string): boolean {
    const gender = /^(?:elle|elles|she|her)$/i.test(pronoun) ? "f" : "m";
    const g = this.people.get(personId)?.gender ?? null;
    return g === null || g === gender;
  }

  /** Whether a person's gender is known and is the pronoun's ("elle" and a woman). */
  sameGender(pronoun: string, personId: string): boolean {
    const gender = /^(?:elle|elles|she|her)$/i.test(pronoun) ? "f" : "m";
    return (this.people.get(personId)?.gender ?? null) === gender;
  }

  /**
   * A pronoun's referent: the compatible person who opened the previous sentence as its subject
   * (centering: "Mais Lavrov a refusé… « … », a-t-il déclaré"), else the most recent compatible
   * speaker, else the most recent compatible person named.
   */
  resolvePronoun(pronoun: string, namedBefore: readonly string[] = []): string | null {
    const fits = (id: string): boolean => this.fits(pronoun, id);
    if (this.subject && fits(this.subject)) return this.subject;
    // "Les propos d'Aude Lancelin font polémique. Samedi, elle a regretté …": a previous sentence
    // with no person as its subject hands the pronoun to the last person it names whose gender
    // is known and agrees, before anyone who spoke earlier.
    const lastOfGender = (named: readonly string[]): string | null => {
      for (let i = named.length - 1; i >= 0; i--) {
        const id = named[i];
        if (id && this.sameGender(pronoun, id)) return id;
      }
      return null;
    };
    if (this.subject === null) {
      const named = lastOfGender(this.lastNamed);
      if (named) return named;
    }
    // "Le Piment d'Espelette de Nathalie Loiseau. La tête de liste LREM a utilisé ce piment …
    // « … », note-t-elle": a previous sentence that names nobody passes the pronoun on to the one
    // before it — its subject, or whom it names if it is a heading.
    if (this.subject === null && this.lastNamed.length === 0 && this.earlier) {
      const { subject, heading } = this.earlier;
      const before = subject ? (fits(subject) ? subject : null) : lastOfGender(heading);
      if (before) return before;
    }
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const id = this.speakers[i];
      if (id && fits(id)) return id;
    }
    const candidates = [...this.named, ...namedBefore];
    for (let i = candidates.length - 1; i >= 0; i--) {
      const id = candidates[i];
      if (id && fits(id)) return id;
    }
    return null;
  }
}
