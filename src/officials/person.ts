/** One person the engine knows, from the officials config or discovered in the corpus. */
export interface Person {
  /** Stable id: the canonical name in lower-case ASCII with dashes ("antony-blinken"). */
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Role in French and English (config), or the role phrase the corpus introduced them with. */
  readonly role: { readonly fr: string | null; readonly en: string | null };
  /** Role phrases that designate this person ("chef de l'OTAN"): config roles + discovered ones. */
  readonly roles: readonly string[];
  /** When the configured role was held (ISO dates, either may be open); absent: undated. */
  readonly roleDates?: { readonly since: string | null; readonly until: string | null };
  readonly gender: "m" | "f" | null;
  readonly organisation: string | null;
  readonly country: string | null;
  readonly source: "config" | "discovered";
  /** Introduced by one word only ("Sofiane, 17 ans"): that word alone names them. */
  readonly singleName?: true;
}

export function personId(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** A discovered person known by one word only ("Sofiane, 17 ans", "son fils Quentin"). */
export function isSingleName(person: Person): boolean {
  return person.singleName === true;
}
