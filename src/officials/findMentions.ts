import { isStopword } from "../nlp/stopwords.js";
import { isLexiconGivenName } from "./givenNames.js";
import { namesPlaceBefore } from "./namedPlaceNouns.js";
import { significantWords } from "./nameKey.js";
import type { NameMatch, NameMatcher } from "./nameMatcher.js";
import {
  CAPITALISED_RUNS,
  HONORIFICS,
  honorificGender,
  NOT_A_FIRST_NAME,
  ROYAL_TITLES,
} from "./namePatterns.js";
import { isSingleName, type Person } from "./person.js";
import { namePart, opensSurname } from "./splitRun.js";

/** A person named in a sentence: where, and how it was written ("Bliken"). */
export interface Mention {
  readonly personId: string;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
}

/** Who a run of capitalised words may name, and the words that name them (the run's end). */
interface RunMention {
  /** The people it may name, best first (one, unless a surname alone is shared). */
  readonly candidates: readonly Person[];
  readonly surface: string;
  /** Where the surface ends in the run: its end, unless a preposition follows ("… de Hong Kong"). */
  readonly end: number;
  /** Whether a first name was matched too ("Rachida Dati"), not a surname alone ("Dati"). */
  readonly full: boolean;
  /** For a word alone, the people whose first name it is ("Hazel" of Hazel Chapman). */
  readonly byFirstName: readonly Person[];
}

/** A mention of `person` by the words `surface`, ending at `end`. */
function mentionAt(person: Person, end: number, surface: string): Mention {
  return { personId: person.id, start: end - surface.length, end, surface };
}

/** People named in full somewhere in one article: who its surnames alone may mean. */
export type ArticleNames = ReadonlySet<string>;

const HONORIFIC_BEFORE = new RegExp(`(?:^|[\\s(«"“])(${HONORIFICS})\\s+$`, "u");

/** A determiner and a noun right before a word: "le pape François", "la reine Elizabeth". */
const TITLE_BEFORE =
  /(?:^|[\s(«"“])(?:le|la|les|l['’]|du|au|son|sa|ce|cette)\s*\p{Ll}[\p{L}-]*\s+$/u;

/**
 * Finds the people named in sentences: each run of capitalised words is matched on its last word
 * as a surname and, when the word before it is a name rather than a title, on that word as the
 * first name. Typos and transliterations match through `NameMatcher`.
 *
 * A surname alone ("Dati", "M. Drouet") names someone only as a reader would take it: a person
 * the same article names in full (`ArticleNames`), a configured official, or — after an
 * honorific — a person known by surname only, else the one person of the corpus with that
 * surname whose gender the honorific does not contradict ("M. Esper" in an article that calls
 * him only that). A lone "Paris" or "Marne" is not the "Bleu
 * Paris" or "Seine-et Marne" some other article produced. Each run's candidates are looked up
 * once per finder (make one per build: it remembers them all).
 */
export class MentionFinder {
  private readonly byRun = new Map<string, RunMention | null>();
  /** Person id → person, for the people an article names in full (`personById`). */
  private people = new Map<string, Person>();
  /** The matcher's size when `people` was built. */
  private peopleAt = -1;
  private readonly nameWords = new Map<string, readonly string[]>();

  constructor(private readonly matcher: NameMatcher) {}

  /** The people an article names in full (first name and surname), over all its sentences. */
  articleNames(sentences: readonly string[], asked?: Set<string>): ArticleNames {
    const names = new Set<string>();
    for (const sentence of sentences) {
      for (const match of CAPITALISED_RUNS.matches(sentence)) {
        const found = this.runMention(match[0], asked);
        if (found?.full && found.candidates.length === 1) names.add(found.candidates[0]?.id ?? "");
      }
    }
    return names;
  }

  /**
   * The people named in full among mentions already found (`find` over each of an article's
   * sentences): what `articleNames` says of those sentences, without reading them again.
   */
  namedInFull(bySentence: Iterable<readonly Mention[]>): ArticleNames {
    const names = new Set<string>();
    for (const mentions of bySentence) {
      for (const m of mentions) {
        if (m.surface.startsWith("@")) continue;
        const found = this.runMention(m.surface);
        if (
          found?.full &&
          found.candidates.length === 1 &&
          found.candidates[0]?.id === m.personId
        ) {
          names.add(m.personId);
        }
      }
    }
    return names;
  }

  /** Whether some run of capitalised words of a text may name someone (before `find`). */
  mayName(text: string): boolean {
    for (const match of CAPITALISED_RUNS.matches(text)) {
      if (this.runMention(match[0]) !== null) return true;
    }
    return false;
  }

  find(sentence: string, article: ArticleNames, asked?: Set<string>): Mention[] {
    const mentions: Mention[] = [];
    for (const match of CAPITALISED_RUNS.matches(sentence)) {
      const found = this.runMention(match[0], asked);
      // Inside a handle ("@Julien_Morel"): the handle is read whole below.
      if (/[@_]$/u.test(sentence.slice(Math.max(0, match.index - 1), match.index))) continue;
      const title = HONORIFIC_BEFORE.exec(
        sentence.slice(Math.max(0, match.index - 6), match.index),
      );
      const honorific = title !== null;
      if (!found) {
        // "M. Feng": a family name no surname of the corpus is.
        const family = honorific ? this.familyNameFirst(match[0], article) : null;
        const surface = match[0].trim();
        if (family) mentions.push(mentionAt(family, match.index + surface.length, surface));
        continue;
      }
      // "dans le gymnase Pablo Picasso": a place named after someone, not a mention of them.
      const before = sentence.slice(Math.max(0, match.index - 30), match.index);
      if (namesPlaceBefore(before)) continue;
      const titled = TITLE_BEFORE.test(before);
      const located =
        LOCATIVE_BEFORE.test(sentence.slice(Math.max(0, match.index - 10), match.index)) ||
        PART_OF_LONGER_NAME.test(sentence.slice(match.index - 1, match.index)) ||
        NAME_GOES_ON.test(sentence.slice(match.index + match[0].length)) ||
        (NOUN_BEFORE.test(before) && !ROYAL_TITLE_BEFORE.test(before));
      const picked = chosen(
        found,
        article,
        honorific,
        titled,
        located,
        title?.[1] ? honorificGender(title[1]) : null,
      );
      // Not one of the article's people by surname: perhaps one by a family name written first.
      const person =
        honorific && !found.candidates.some((p) => article.has(p.id))
          ? (this.familyNameFirst(match[0], article) ?? picked)
          : picked && (found.full || honorific)
            ? this.articleForm(picked, article)
            : picked;
      if (person) mentions.push(mentionAt(person, match.index + found.end, found.surface));
    }
    if (sentence.includes("@")) mentions.push(...this.handles(sentence, article, asked));
    return mentions.sort((a, b) => a.start - b.start);
  }

  /**
   * The answer to a key `find` or `articleNames` noted in `asked` ("r" and a run of capitalised
   * words, "h" and the words a handle spells), as text: who the run or handle may name (each person by
   * `digest`, which must change whenever anything about them does) and how.
   */
  answerTo(lookup: string, digest: (person: Person) => string): string {
    const text = lookup.slice(1);
    const people = (list: readonly Person[]) => list.map(digest).join(",");
    if (lookup.startsWith("h")) {
      return people(this.matcher.match(significantWords(text)).map((m) => m.person));
    }
    const found = this.runMention(text);
    const words = significantWords(text);
    // `familyNameFirst` reads a one-word run as a family name.
    const family =
      words.length === 1
        ? people(this.matcher.matchFirstName(words[0] ?? "").map((m) => m.person))
        : "";
    if (found === null) return `-|${family}`;
    return `${found.surface}|${found.end}|${found.full}|${people(found.candidates)}|${people(found.byFirstName)}|${family}`;
  }

  /**
   * "@GretaThunberg", "@Greta_Thunberg": a social-media handle that spells, word by word, the
   * full name of one person the article names in full.
   */
  private handles(sentence: string, article: ArticleNames, asked?: Set<string>): Mention[] {
    const found: Mention[] = [];
    for (const m of sentence.matchAll(HANDLE)) {
      const words = handleWords(m[1] ?? "");
      if (!words.includes(" ")) continue;
      asked?.add(`h${words}`);
      const people = this.matcher
        .match(significantWords(words))
        .map((x) => x.person)
        .filter((p) => article.has(p.id));
      const person = people.length === 1 ? people[0] : undefined;
      if (person) {
        found.push({
          personId: person.id,
          start: m.index,
          end: m.index + m[0].length,
          surface: m[0],
        });
      }
    }
    return found;
  }

  /**
   * "M. Feng" in an article that names "Feng Zhigang" and no one of surname Feng: a family name
   * written first, as Chinese, Korean and Vietnamese names are — the one person of the article
   * named in full in two words whose first word this is ("M. Xi" after "Xi Jinping").
   */
  private familyNameFirst(run: string, article: ArticleNames): Person | null {
    const words = significantWords(run);
    if (words.length !== 1) return null;
    const named = this.matcher
      .matchFirstName(words[0] ?? "")
      .map((m) => m.person)
      .filter((p) => article.has(p.id) && significantWords(p.name).length === 2);
    return named.length === 1 ? (named[0] ?? null) : null;
  }

  /**
   * The person an article names in full under a fuller or a given-name-first form of the same
   * name: "Stephan Nathalie" (a police notice writes the family name first) beside "Nathalie
   * Stephan", "Maria Candida" beside "Maria Candida Silveira" are one person there.
   */
  private articleForm(person: Person, article: ArticleNames): Person {
    const words = this.wordsOf(person);
    if (words.length < 2 || person.source === "config") return person;
    const given = (p: Person) => isLexiconGivenName(p.name.split(/\s+/)[0] ?? "");
    const reversed: Person[] = [];
    const longer: Person[] = [];
    let before = true;
    // The people the article names in full are few: each is compared with this one.
    for (const id of article) {
      if (id === person.id) before = false;
      const other = id === person.id ? undefined : this.personById(id);
      if (other === undefined) continue;
      const theirs = this.wordsOf(other);
      if (
        words.length === 2 &&
        theirs.length === 2 &&
        theirs[0] === words[1] &&
        theirs[1] === words[0] &&
        given(other) &&
        // Towards the form that opens on a given name; when both words are given names
        // ("Stephan Nathalie", "Nathalie Stephan"), towards the form the article names first.
        (!given(person) || before)
      ) {
        reversed.push(other);
      } else if (
        theirs.length > words.length &&
        words.every((w, i) => theirs[i] === w) &&
        // "Emmanuel Macron Ces" (a full stop missing before "Ces dernières semaines") is no
        // fuller form: the words it adds must not be function words.
        !theirs.slice(words.length).some((w) => isStopword(w, "fr"))
      ) {
        longer.push(other);
      } else if (
        // "Maia Caniço" beside "Steve Maia Caniço": a compound surname without the given name.
        theirs.length > words.length &&
        words.every((w, i) => theirs[theirs.length - words.length + i] === w) &&
        given(other) &&
        !given(person)
      ) {
        longer.push(other);
      }
    }
    if (reversed.length === 1 && reversed[0]) return reversed[0];
    return longer.length === 1 && longer[0] ? longer[0] : person;
  }

  /** A person by id among the matcher's, the index rebuilt when people were added. */
  private personById(id: string): Person | undefined {
    if (this.peopleAt !== this.matcher.size) {
      this.people = new Map(this.matcher.persons.map((p) => [p.id, p]));
      this.peopleAt = this.matcher.size;
    }
    return this.people.get(id);
  }

  /** A person's significant name words, worked out once per person. */
  private wordsOf(person: Person): readonly string[] {
    let words = this.nameWords.get(person.id);
    if (words === undefined) {
      words = significantWords(person.name);
      this.nameWords.set(person.id, words);
    }
    return words;
  }

  /** `asked`: where a caller notes the runs looked up (`answerTo` answers them again). */
  private runMention(run: string, asked?: Set<string>): RunMention | null {
    asked?.add(`r${run}`);
    let found = this.byRun.get(run);
    if (found === undefined) {
      found = runMention(run, this.matcher);
      this.byRun.set(run, found);
    }
    return found;
  }
}

/**
 * The one person a run names in this article, or nobody. A first name alone ("Mark a tort")
 * names the one person of the article named in full with it, when its surname names nobody and
 * no title stands before it ("le pape François" is no François of the article).
 */
function chosen(
  found: RunMention,
  article: ArticleNames,
  honorific: boolean,
  titled: boolean,
  located: boolean,
  /** The gender the honorific tells ("M." m, "Mme" f), null for "Dr", "Me" or none. */
  honorificGender: "m" | "f" | null = null,
): Person | null {
  const { candidates } = found;
  if (found.full) return candidates.length === 1 ? (candidates[0] ?? null) : null;
  const inArticle = candidates.filter((p) => article.has(p.id));
  if (inArticle.length === 1) return inArticle[0] ?? null;
  if (inArticle.length > 1) return null;
  // "M. Philippe" uses the word as a surname: never someone known by that given name alone
  // ("son mari, Philippe").
  const surnamed = honorific ? candidates.filter((p) => !isSingleName(p)) : candidates;
  const known = surnamed.filter(
    (p) => p.source === "config" || (honorific && significantWords(p.name).length === 1),
  );
  if (known.length > 0) return known.length === 1 ? (known[0] ?? null) : null;
  // "M. Esper" in an article that never names him in full: the one person of the corpus with
  // that surname, when the honorific does not contradict their gender.
  if (honorific) {
    const only = surnamed.length === 1 ? surnamed[0] : undefined;
    return only && (only.gender === null || only.gender === honorificGender) ? only : null;
  }
  const named = found.byFirstName.filter((p) => article.has(p.id));
  if (named.length > 0 && !titled) return named.length === 1 ? (named[0] ?? null) : null;
  // A person known by this one word ("son fils Quentin", "explique Sofiane"), unless the word
  // stands where a place does ("à Florence") or the article names someone in full with it.
  const single = candidates.filter((p) => isSingleName(p) && p.name === found.surface);
  if (single.length === 1 && !located && named.length === 0) return single[0] ?? null;
  return null;
}

/** A social-media handle: "@GretaThunberg", "@Greta_Thunberg". */
const HANDLE = /(?<![\p{L}\d_])@(\p{Lu}[\p{L}\d]*(?:_?\p{Lu}[\p{L}\d]*)+)/gu;

/** A preposition of place right before a word: "à Florence", "en Lorraine", "chez Paul". */
const LOCATIVE_BEFORE = /(?:^|\s)(?:à|en|au|aux|vers|depuis|dans|chez)\s+$/u;
/** A noun right before a word, which names a thing after it: "les boulangeries Paul". */
const NOUN_BEFORE = /(?:^|[\s(«"“])(?:le|la|les|l['’]|du|des|au|aux|un|une)\s*\p{Ll}[\p{L}-]*\s+$/u;
/** A title of royalty before a name: "la princesse Anne" is someone, "les boulangeries Paul" not. */
const ROYAL_TITLE_BEFORE = new RegExp(`(?:^|\\s)(?:${ROYAL_TITLES})\\s+$`, "u");
/** A word inside a compound name: "Bichat-Claude-Bernard". */
const PART_OF_LONGER_NAME = /^[-‐]$/u;
/** A word a particle and another name follow: "Victoria del Carmen". */
const NAME_GOES_ON = /^\s+(?:del|de la|de|da|di|do|dos|van|von|y)\s+\p{Lu}/u;

function runMention(whole: string, matcher: NameMatcher): RunMention | null {
  const run = namePart(whole);
  const words = run.split(/\s+/);
  const surname = words[words.length - 1] ?? "";
  // The first name is the nearest word before the surname that is not a particle ("von der").
  let f = words.length - 2;
  while (f >= 0 && /^\p{Ll}/u.test(words[f] ?? "")) f--;
  // "Marine Le Pen": the surname opens on its article, the given name is before it.
  if (opensSurname(words, f)) f--;
  const before = f >= 0 ? words[f] : undefined;
  const firstName =
    before !== undefined && !NOT_A_FIRST_NAME.has(before.toLowerCase()) ? before : undefined;
  let matches: NameMatch[] = [];
  let surface = surname;
  // A name with a middle name: "Neil Patrick Harris" (`splitRun` keeps such runs whole).
  if (
    firstName &&
    f === 1 &&
    words.length === 3 &&
    !NOT_A_FIRST_NAME.has(words[0]?.toLowerCase() ?? "")
  ) {
    matches = matcher.match(significantWords(run));
    surface = run;
  }
  if (matches.length === 0 && firstName) {
    matches = matcher.match(significantWords(`${firstName} ${surname}`));
    surface = words.slice(f).join(" ");
  }
  let full = matches.length > 0;
  if (matches.length === 0 && !firstName) matches = surnameMatches(surname, matcher);
  // "Autour de Finkielkraut", "Face à Macron": a word that is no given name, then a particle,
  // then a surname — the surname alone.
  const apart = f < words.length - 2 && !isLexiconGivenName(firstName ?? "");
  if (matches.length === 0 && firstName && (!isNameWord(firstName) || apart)) {
    matches = matcher.match(significantWords(surname));
    surface = surname;
    full = false;
  }
  const candidates = [...new Map(matches.map((m) => [m.person.id, m.person])).values()];
  // A word alone, or after a sentence's opening function word ("Pour Franklin, cela a …").
  const alone =
    words.length === 1 ||
    (words.length === 2 &&
      firstName === undefined &&
      f === 0 &&
      NOT_A_FIRST_NAME.has(words[0]?.toLowerCase() ?? ""));
  const byFirstName =
    alone && isNameWord(surname) && isLexiconGivenName(surname)
      ? matcher.matchFirstName(significantWords(surname)[0] ?? "").map((m) => m.person)
      : [];
  return candidates.length > 0 || byFirstName.length > 0
    ? { candidates, surface, end: run.length, full, byFirstName }
    : null;
}

/**
 * The people a surname written alone names. A hyphenated one ("Dupont-Aignan") is one surname,
 * not a first name and a surname: it names the people whose name ends with all its parts.
 */
function surnameMatches(surname: string, matcher: NameMatcher): NameMatch[] {
  const parts = significantWords(surname);
  if (parts.length < 2) return matcher.match(parts);
  return matcher.match(parts.slice(-1)).filter((m) =>
    [m.person.name, ...m.person.aliases].some((n) =>
      significantWords(n)
        .join(" ")
        .endsWith(` ${parts.join(" ")}`),
    ),
  );
}

/** Whether a capitalised word looks like a given name rather than an organisation ("Kremlin"). */
function isNameWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word) && word.length <= 12;
}

/** The words a handle spells: "Greta_Thunberg", "GretaThunberg" → "Greta Thunberg". */
function handleWords(handle: string): string {
  return handle.replace(/_/g, " ").replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2");
}
