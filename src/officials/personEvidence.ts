import { isFrenchCommonWord } from "../nlp/genderInflection.js";
import { foldDiacritics } from "../nlp/normalize.js";
import { isStopword } from "../nlp/stopwords.js";
import { runAtOnce, type Steps } from "../util/steps.js";
import { isLexiconGivenName, lexiconGender } from "./givenNames.js";
import type { SentenceDiscovery } from "./sentenceDiscovery.js";

/** How often the corpus introduces people of each gender under one given name. */
export interface GenderVotes {
  m: number;
  f: number;
}

/** Counts of one capitalised word's uses in the corpus. */
export interface WordUses {
  first: number;
  last: number;
  lone: number;
  /** Times it follows a determiner, alone or opening a name ("le Var", "la Lotus Elan"). */
  articled?: number;
  /** Times it stands alone after a preposition of place ("à Paris", "en Bretagne"). */
  located?: number;
  /** How many different full names it opens, and ends ("Philippe Martinez", "Édouard Philippe"). */
  firstNames?: number;
  lastNames?: number;
}

/**
 * Words that end the names of newspapers, magazines, channels and stations ("Paris Match",
 * "Charlie Hebdo", "Fox News", "France Bleu", "Nice Matin") and of firms and bodies ("Jim Clark
 * Trust", "Thomas Cook Group", "EM Lyon Business School"), never a person's surname in the news ("Park" and
 * "Church" are).
 */
const INSTITUTION_WORD =
  /^(?:Match|Hebdo|News|Times|Post|Matin|Soir|Journal|Magazine|Mag|Presse|Info|Infos|TV|Télé|Radio|FM|Inter|Bleu|Télévisions|Today|Daily|Herald|Telegraph|Tribune|Gazette|Express|Dimanche|Trust|Group|Groupe|Foundation|Fondation|Institute|Institut|Association|Company|Corporation|Inc|Ltd|Holding|Motors|Records|Productions|Studios|Bank|Banque|Airlines|Airways|Consulting|Partners|Technologies|Entertainment|Pictures|International|Internationale|Interactive|Conseil|Conseils|Capital|Finance|Services|Solutions|Design|Commission|Première|School|University|College|Academy|Club|Center|Centre|Museum|Festival|Hospital|Council|Agency|Hotel|Airport|Stadium|Party)$/u;

/** A title written before a surname ("Mgr Beau", "Me Dupond"): it vouches for the surname. */
const HONORIFIC = /^(?:M\.?|Mme|Mlle|Me|Mgr|Monseigneur|Abbé|Dr|Pr|Maître|Sir|Dame)$/u;

/**
 * What the corpus being indexed says about capitalised words, to tell people from organisations,
 * places and sentence openings without a list of strings:
 * - `commonWords`: words the corpus also writes in lower case ("cette", "jeunes", "association");
 * - `learnedGivenNames`: first words of names the corpus introduces as people (with a role, an
 *   honorific, or as the subject of a speech verb), beyond the given-name lexicon;
 * - `genderVotes`: per given name, the genders of the roles the corpus introduces its bearers
 *   with ("la ministre Valérie …", "le député Jean …").
 */
export class PersonEvidence {
  constructor(
    private readonly commonWords: ReadonlySet<string>,
    private readonly learnedGivenNames: ReadonlySet<string>,
    /** How often each capitalised word opens a full name, ends one, or stands alone. */
    private readonly uses: ReadonlyMap<string, WordUses>,
    private readonly genderVotes: ReadonlyMap<string, GenderVotes> = new Map(),
    /** In how many sentences each lower-case word is written (absent: as many as unknown). */
    private readonly lowerCaseCounts: ReadonlyMap<string, number> = new Map(),
    /** Per full name: how often the corpus writes it, and how often after chez/sur/dans. */
    private readonly nameCounts: ReadonlyMap<
      string,
      { all: number; placed: number; located?: number }
    > = new Map(),
    /** Per full name (or opening of one), how often the corpus writes it after a determiner. */
    private readonly articledNames: ReadonlyMap<string, number> = new Map(),
    /** One-word names introduced by an age, a relation or a speech verb: in how many sentences. */
    private readonly introducedSingles: ReadonlyMap<string, number> = new Map(),
  ) {}

  /** Reads the evidence off every sentence's discovery, in one pass over them. */
  static fromDiscoveries(found: readonly SentenceDiscovery[]): PersonEvidence {
    return runAtOnce(PersonEvidence.steps(found));
  }

  /** `fromDiscoveries` as steps (`Steps`), one per few hundred sentences. */
  static *steps(found: readonly SentenceDiscovery[]): Steps<PersonEvidence> {
    const t: Tallies = {
      commonWords: new Set(),
      lowerCaseCounts: new Map(),
      nameCounts: new Map(),
      introducedFirst: [],
      uses: new Map(),
      genderVotes: new Map(),
      articledNames: new Map(),
      introducedSingles: new Map(),
    };
    for (const [i, f] of found.entries()) {
      tally(f, t);
      if (i % 256 === 0) yield;
    }
    // A first name is learned only when the corpus never writes it in lower case, nor any part
    // of it that is no given name ("Unsa-Police Paris", after "secrétaire départemental adjoint").
    const common = (w: string): boolean => t.commonWords.has(w.toLowerCase());
    const learned = new Set(
      t.introducedFirst.filter(
        (w) =>
          !common(w) && !w.split("-").some((part) => common(part) && !isLexiconGivenName(part)),
      ),
    );
    return new PersonEvidence(
      t.commonWords,
      learned,
      t.uses,
      t.genderVotes,
      t.lowerCaseCounts,
      t.nameCounts,
      t.articledNames,
      t.introducedSingles,
    );
  }

  /**
   * The gender a full name's given name tells: the one the corpus introduces its bearers with,
   * when at least three in four of them agree (none when fewer do), else the lexicon's
   * (`lexiconGender`); null for one word alone, and for given names of both genders.
   */
  genderOf(name: string): "m" | "f" | null {
    const words = name.split(/\s+/);
    if (words.length < 2) return null;
    const first = words[0] ?? "";
    const votes = this.genderVotes.get(first);
    if (votes !== undefined) {
      if (votes.m >= 3 * votes.f) return "m";
      if (votes.f >= 3 * votes.m) return "f";
      // Borne by men and women alike in this corpus ("Dominique"): the name tells neither.
      return null;
    }
    const last = words[words.length - 1] ?? "";
    return this.isGivenName(first) || this.elidedGivenName(first, last)
      ? lexiconGender(first)
      : null;
  }

  /**
   * "l'Aude" is a département, "Aude Lancelin, directrice du Média" a woman: a lexicon given
   * name opening on a vowel, which a determiner before it elides ("l'Aude", "de l'Isère"), is
   * still a given name before a surname that is no common word, however often the corpus
   * writes the département.
   */
  private elidedGivenName(first: string, last: string): boolean {
    return /^[AEIOUYÉÈÊÂÎÔH]/u.test(first) && isLexiconGivenName(first) && !this.isCommonWord(last);
  }

  /**
   * A given name: one the corpus introduces as such, or one of the lexicon that the corpus uses
   * as a given name more often than otherwise — opening a full name more often than it ends one
   * or stands alone ("Laurent Fabius", not "à Paris", "chez Ferrari", "Jim Clark"), or opens as
   * many different full names as it ends ("Philippe Latombe" beside "Édouard Philippe"). Either way,
   * a word the corpus writes after a determiner ("le Var", "la Lotus Elan", "la Maison
   * Blanche") once for every three times it opens a name names a thing, a place or an
   * organisation, whatever introduced it.
   */
  isGivenName(word: string): boolean {
    if (this.takesArticle(word) && !this.givenNameOfPlace(word)) return false;
    if (this.learnedGivenNames.has(word)) return true;
    if (!isLexiconGivenName(word)) return false;
    const u = this.uses.get(word);
    if (u === undefined || u.first > u.last + u.lone) return true;
    // "Philippe Latombe" in a corpus full of "Édouard Philippe" and "M. Philippe": one famous
    // bearer of the word as a surname outweighs, in uses, every person it is the given name of;
    // in different names it does not.
    // "(Paris Ier)", "Paris Match": a word the corpus also writes after "à" or "en" is a place.
    const ends = u.lastNames ?? 0;
    return ends > 0 && (u.firstNames ?? 0) >= ends && (u.located ?? 0) < 2;
  }

  /** Whether the corpus writes a word after a determiner once for every three names it opens. */
  takesArticle(word: string): boolean {
    const u = this.uses.get(word);
    return u !== undefined && 3 * (u.articled ?? 0) > u.first;
  }

  /**
   * Whether a lexicon given name the corpus writes after a determiner is still a given name: it
   * opens more different full names than it has uses after a determiner ("Caroline Fiat",
   * "Caroline Roux" against "la Caroline du Nord"; "Virginie Calmels" against "la Virginie").
   */
  private givenNameOfPlace(word: string): boolean {
    if (!isLexiconGivenName(word)) return false;
    const u = this.uses.get(word);
    const names = u?.firstNames ?? 0;
    return names >= 2 && names > (u?.articled ?? 0);
  }

  /**
   * Whether a lexicon given name that is also a common word ("Pierre" / "pierre", "Marine" /
   * "marine") is used by this corpus mostly as a given name: it opens full names at least three
   * times as often as it is written in lower case ("Pierre Perret", "Marine Le Pen"), where
   * "Premier", "Rose" or "Grand" do not.
   */
  mostlyGivenName(word: string): boolean {
    if (!isLexiconGivenName(word) || this.takesArticle(word)) return false;
    const first = this.uses.get(word)?.first ?? 0;
    const lower = this.lowerCaseCounts.get(word.toLowerCase()) ?? 0;
    return first >= 3 * (lower + 1);
  }

  /**
   * Whether a word the text introduces as someone's only name ("Sofiane, 17 ans", "», explique
   * Elisa", "son fils Quentin") is a person: a given name (lexicon or corpus) that takes no
   * determiner, is no common word unless mostly a given name, and is not a place — the corpus
   * writes it after "à", "en" or "dans" less than once for every four times it stands alone
   * ("Paris", "Florence" and "Nancy" are given names too).
   */
  singlePerson(word: string, bySelon = false): boolean {
    // "selon Renault": a source named by one word is a person only if the corpus also
    // introduces that word as someone's name ("Sofiane, 17 ans", "», explique Sofiane").
    const introduced = this.introducedSingles.get(word) ?? 0;
    if (bySelon && introduced === 0) return false;
    // "explique Marianne" where the corpus writes "l'hebdomadaire Marianne" as often: an outlet.
    const placed = this.nameCounts.get(word)?.placed ?? 0;
    if (placed > 0 && 2 * placed >= introduced) return false;
    if (!isLexiconGivenName(word) && !this.learnedGivenNames.has(word)) return false;
    // "la Zoé" (a car) in some articles, "Zoé, 12 ans" in another: a word the corpus introduces
    // as someone's only name at least as often as it writes it after a determiner is still one.
    if (this.takesArticle(word) && introduced < (this.uses.get(word)?.articled ?? 0)) return false;
    if (this.isCommonWord(word) && !this.mostlyGivenName(word)) return false;
    const u = this.uses.get(word);
    return 4 * (u?.located ?? 0) < Math.max(1, u?.lone ?? 0);
  }

  isCommonWord(word: string): boolean {
    return this.commonWords.has(word.toLowerCase());
  }

  /** The lower-case words without their accents, made when first asked. */
  private foldedCommon: Set<string> | null = null;

  /** Whether the corpus writes the word in lower case, accents aside ("Fûté" and "futé"). */
  private isCommonWordAnyAccent(word: string): boolean {
    if (this.isCommonWord(word)) return true;
    if (this.foldedCommon === null) {
      this.foldedCommon = new Set();
      for (const w of this.commonWords) {
        const folded = foldDiacritics(w);
        if (folded !== w) this.foldedCommon.add(folded);
      }
    }
    const folded = foldDiacritics(word.toLowerCase());
    return this.commonWords.has(folded) || this.foldedCommon.has(folded);
  }

  /**
   * Whether a name found with an introduction (a role — `withRole` —, an honorific, a speech
   * verb) can be a person: a first word the corpus writes in lower case must be a known given name ("Cette
   * décision", "Jeunes Agriculteurs" are not people; "Pierre Martin" is), a first word must not
   * take a determiner ("la Lotus Evija, la première…"), and a surname that is a common word
   * needs a known given name before it ("Pernaut Interrogé" is not a person).
   */
  plausible(name: string, withRole = false): boolean {
    const words = name.split(/\s+/);
    if (words.length < 2) return true;
    const first = words[0] ?? "";
    const last = words[words.length - 1] ?? "";
    const given = this.isGivenName(first);
    if (this.nameTakesDeterminer(name) || INSTITUTION_WORD.test(last)) return false;
    // "Saint-André de Cubzac", "Sainte-Marie de …": a town, a church or a school, not a person.
    if (/^Sainte?-\p{Lu}/u.test(first)) return false;
    if (this.namedAfterPlace(words)) return false;
    const elidedOnly = this.elidedGivenName(first, last);
    // "la porte-parole de l'entreprise Giulia Roncarati": a role introduces a person whose given
    // name the corpus also writes after a determiner ("la Giulia", a car).
    const roleGiven =
      withRole && isLexiconGivenName(first) && !this.isCommonWord(last) && !this.isPlace(last);
    if (this.takesArticle(first) && !elidedOnly && !roleGiven && !this.givenNameOfPlace(first)) {
      return false;
    }
    // "a ajouté Aigle Azur": a name opening on no given name but a common word — of the corpus,
    // or of the French dictionary (whatever given names the corpus learned), unless a role
    // introduces it: "Roux de Bézieux, président du Medef" opens on a surname.
    const dictionaryWord =
      !withRole &&
      !isLexiconGivenName(first) &&
      !HONORIFIC.test(first) &&
      isFrenchCommonWord(first);
    if (!elidedOnly && (dictionaryWord || (!given && this.isCommonWord(first)))) {
      return false;
    }
    // "prévient Bison Futé": a first word the corpus learned as a given name only from such
    // uses does not vouch for a last word it also writes in lower case ("Bison futé"), whatever
    // its accents ("Bison Fûté").
    if (!isLexiconGivenName(first) && !HONORIFIC.test(first) && this.isCommonWordAnyAccent(last)) {
      return false;
    }
    // "Atmo Normandie a relevé": a name ending on a place ("en Normandie") that opens on no
    // given name of the lexicon is an organisation of that place ("George Washington" opens on
    // one); the corpus's own given names do not count here, since such a name, quoted, would
    // teach its first word as one.
    // "révèle Ici Paris": such a name the corpus writes after chez/sur/dans or as a title in
    // quotation marks in half its uses is an outlet, a firm or a work.
    // "Unsa-Police Paris": a name opening on no given name at all and ending on a word the corpus
    // writes after "à" or "en" twice or more is that place's organisation.
    const ofPlace = !given && (this.uses.get(last)?.located ?? 0) >= 2;
    return (
      isLexiconGivenName(first) || (!this.isPlace(last) && !this.placedMostly(name) && !ofPlace)
    );
  }

  /** Whether the corpus writes a full name after chez/sur/dans or quoted alone in half its uses. */
  private placedMostly(name: string): boolean {
    const counts = this.nameCounts.get(name);
    return counts !== undefined && counts.placed > 0 && 2 * counts.placed >= counts.all;
  }

  /**
   * Whether the corpus writes a word alone after a preposition of place or a place noun's "de"
   * ("en Normandie", "la région de Normandie") twice at least, in half its lone uses or more.
   */
  private isPlace(word: string): boolean {
    const u = this.uses.get(word);
    const located = u?.located ?? 0;
    return u !== undefined && located >= 2 && 2 * located >= u.lone;
  }

  /**
   * Whether a full name written without introduction is a person: its first word is a given name
   * (lexicon or corpus), and the name is not made of two common words ("Alliance Association").
   */
  plainPerson(name: string): boolean {
    const words = name.split(/\s+/);
    if (words.length < 2) return false;
    const first = words[0] ?? "";
    const last = words[words.length - 1] ?? "";
    if (!this.isGivenName(first)) return false;
    // A lexicon name that is also a common word ("Premier", "Bleu") needs the corpus's word,
    // unless the name is written again and again with a surname no common word ("Roman
    // Polanski", "Oscar Farias": "roman" and "oscar" are nouns too).
    if (
      this.isCommonWord(first) &&
      !this.learnedGivenNames.has(first) &&
      !this.mostlyGivenName(first) &&
      (this.isCommonWord(last) ||
        (this.nameCounts.get(name)?.all ?? 0) < 2 ||
        isStopword(first.toLowerCase(), "fr"))
    ) {
      return false;
    }
    if (this.isCommonWord(last) && this.isCommonWord(first)) return false;
    // "sur Fox News", "chez Albin Michel": a name the corpus writes after chez/sur/dans in half
    // its uses or more is an outlet, a firm or a shop.
    if (this.placedMostly(name)) return false;
    const counts = this.nameCounts.get(name);
    // "à Hong Kong", "en Corée du Sud": a name written after "à" or "en" twice and in a quarter
    // of its uses is a place ("a écrit à Jean Dupont" happens, far less often).
    const located = counts?.located ?? 0;
    if (counts !== undefined && located >= 2 && 4 * located >= counts.all) return false;
    return this.plausible(name);
  }

  /**
   * Whether the corpus writes a full name itself after a determiner once for every four times
   * it writes it without one ("l'Aston Martin DBX", "une Aston Martin", "des Bouches du Rhône"):
   * French writes no determiner before a person's full name, whatever its first word ("l'Aude"
   * is a département, "Aude Lancelin" never takes one).
   */
  private namedAfterPlace(words: readonly string[]): boolean {
    // "le circuit Paul-Ricard du Castellet", "le lycée Émile-Béjuit de Bron": a name and "de"
    // or "du" a word the corpus writes as a place ("au Castellet", "à Bron") as often as alone.
    if (words.length !== 3 || !/^(?:de|du|d['’])$/u.test(words[1] ?? "")) return false;
    const u = this.uses.get(words[2] ?? "");
    return u !== undefined && (u.located ?? 0) > 0 && 4 * (u.located ?? 0) >= u.lone;
  }

  private nameTakesDeterminer(name: string): boolean {
    const articled = this.articledNames.get(name) ?? 0;
    return articled > 0 && 4 * articled >= (this.nameCounts.get(name)?.all ?? 0);
  }
}

/** What the evidence is counted in while the discoveries are read. */
interface Tallies {
  readonly commonWords: Set<string>;
  readonly lowerCaseCounts: Map<string, number>;
  readonly nameCounts: Map<string, { all: number; placed: number; located: number }>;
  readonly introducedFirst: string[];
  readonly uses: Map<string, WordUses>;
  readonly genderVotes: Map<string, GenderVotes>;
  /** Full names and their openings of two words or more, counted after a determiner. */
  readonly articledNames: Map<string, number>;
  readonly introducedSingles: Map<string, number>;
}

function nameCount(t: Tallies, name: string): { all: number; placed: number; located: number } {
  let c = t.nameCounts.get(name);
  if (c === undefined) {
    c = { all: 0, placed: 0, located: 0 };
    t.nameCounts.set(name, c);
  }
  return c;
}

function use(t: Tallies, word: string): WordUses {
  let u = t.uses.get(word);
  if (u === undefined) {
    u = { first: 0, last: 0, lone: 0 };
    t.uses.set(word, u);
  }
  return u;
}

/** Counts one sentence's discovery in `t`. */
function tally(f: SentenceDiscovery, t: Tallies): void {
  if (f.lowerCaseWords !== "") {
    for (const w of f.lowerCaseWords.split(" ")) {
      t.commonWords.add(w);
      t.lowerCaseCounts.set(w, (t.lowerCaseCounts.get(w) ?? 0) + 1);
    }
  }
  for (const p of f.people) {
    const words = p.name.split(/\s+/);
    if (p.gender === null || words.length < 2) continue;
    const votes = t.genderVotes.get(words[0] ?? "") ?? { m: 0, f: 0 };
    votes[p.gender]++;
    t.genderVotes.set(words[0] ?? "", votes);
  }
  for (const name of [...f.people.map((p) => p.name), ...f.speakers]) {
    const words = name.split(/\s+/);
    // "dénonce Amnesty International": an institution's first word is no given name.
    if (words.length >= 2 && !INSTITUTION_WORD.test(words[words.length - 1] ?? "")) {
      t.introducedFirst.push(words[0] ?? "");
    }
  }
  for (const name of f.articledNames) {
    // "l'Aston Martin DBX" is also a use of "Aston Martin" after a determiner.
    const words = name.split(/\s+/);
    for (let n = 2; n <= words.length; n++) {
      const prefix = words.slice(0, n).join(" ");
      t.articledNames.set(prefix, (t.articledNames.get(prefix) ?? 0) + 1);
    }
  }
  for (const name of f.placedNames) {
    nameCount(t, name).placed++;
  }
  for (const name of f.locatedNames) {
    nameCount(t, name).located++;
  }
  for (const name of f.names) {
    const count = nameCount(t, name);
    count.all++;
    const words = name.split(/\s+/);
    const first = use(t, words[0] ?? "");
    const last = use(t, words[words.length - 1] ?? "");
    first.first++;
    last.last++;
    if (count.all === 1) {
      first.firstNames = (first.firstNames ?? 0) + 1;
      last.lastNames = (last.lastNames ?? 0) + 1;
    }
  }
  if (f.loneCapitalised !== "") for (const w of f.loneCapitalised.split(" ")) use(t, w).lone++;
  if (f.locatedCapitalised !== "") {
    for (const w of f.locatedCapitalised.split(" ")) {
      const u = use(t, w);
      u.located = (u.located ?? 0) + 1;
    }
  }
  if (f.articledCapitalised !== "") {
    for (const w of f.articledCapitalised.split(" ")) {
      const u = use(t, w);
      u.articled = (u.articled ?? 0) + 1;
    }
  }
  for (const single of f.singles) {
    if (!single.bySelon) {
      t.introducedSingles.set(single.name, (t.introducedSingles.get(single.name) ?? 0) + 1);
    }
  }
}
