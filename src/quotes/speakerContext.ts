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

  /** Records the subject of the sentence just read (null when it does not open on a person). */
  sentenceSubject(personId: string | null, named: readonly string[] = []): void {
    this.subject = personId;
    this.lastNamed = named;
  }

  /** Everyone named or speaking so far, oldest first (for role resolution). */
  get recent(): readonly string[] {
    return [...this.named, ...this.speakers];
  }

  /**
   * A pronoun's referent: the compatible person who opened the previous sentence as its subject
   * (centering: "Mais Lavrov a refusé… « … », a-t-il déclaré"), else the most recent compatible
   * speaker, else the most recent compatible person named.
   */
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

  resolvePronoun(pronoun: string, namedBefore: readonly string[] = []): string | null {
    const fits = (id: string): boolean => this.fits(pronoun, id);
    if (this.subject && fits(this.subject)) return this.subject;
    // "Les propos d'Aude Lancelin font polémique. Samedi, elle a regretté …": a previous sentence
    // with no person as its subject hands the pronoun to the last person it names whose gender
    // is known and agrees, before anyone who spoke earlier.
    if (this.subject === null) {
      for (let i = this.lastNamed.length - 1; i >= 0; i--) {
        const id = this.lastNamed[i];
        if (id && this.sameGender(pronoun, id)) return id;
      }
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
