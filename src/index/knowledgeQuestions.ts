import { createHash } from "node:crypto";
import type { ArticleNames, MentionFinder } from "../officials/findMentions.js";
import type { GenderedNouns } from "../officials/genderedNouns.js";
import type { NameMatcher } from "../officials/nameMatcher.js";
import type { Person } from "../officials/person.js";
import type { RoleLookup, RoleResolver } from "../officials/resolveRole.js";
import type { NounGenders } from "../quotes/descriptionSubject.js";

/**
 * What a piece of per-article work (its statements, the roles it gives) was done with: every
 * question it asked of the corpus-wide knowledge — who a run of capitalised words, a handle or a
 * list of name words may name, who a role phrase may designate, what the corpus says of a noun —
 * and a hash of the answers. The work reads nothing else beyond the article itself, so a later
 * build whose answers to the same questions hash the same would do exactly the same work.
 */
export interface Dependencies {
  /** The questions (`\u0001` between them), in the order they were first asked. */
  readonly questions: string;
  /** Hash of their answers. */
  readonly answers: string;
}

/** The corpus-wide knowledge, as the per-article work asks it (each part records its questions). */
export interface RecordedKnowledge {
  readonly mentions: Pick<MentionFinder, "articleNames" | "find">;
  readonly roles: RoleLookup;
  readonly nouns: NounGenders;
  readonly matcher: Pick<NameMatcher, "match">;
  /** What the work asked so far. */
  readonly finish: () => Dependencies;
}

const SEPARATOR = "\u0001";

function hash(text: string): string {
  return createHash("sha1").update(text).digest("base64").slice(0, 20);
}

/**
 * The corpus-wide knowledge of one build, able to record what a piece of work asks of it
 * (`recording`) and to answer those questions again (`answersHash`). One per build: it
 * remembers every answer.
 */
export class CorpusKnowledge {
  private readonly digests = new Map<Person, string>();
  private readonly answers = new Map<string, string>();

  constructor(
    private readonly parts: {
      readonly finder: MentionFinder;
      readonly matcher: NameMatcher;
      readonly roles: RoleResolver;
      readonly nouns: GenderedNouns;
    },
  ) {}

  /** The knowledge for one piece of work, noting every question asked (`finish` tells them). */
  recording(): RecordedKnowledge {
    const asked = new Set<string>();
    const runs = new Set<string>();
    const { finder, matcher, roles, nouns } = this.parts;
    return {
      mentions: {
        articleNames: (sentences: readonly string[]): ArticleNames =>
          finder.articleNames(sentences, runs),
        find: (sentence: string, article: ArticleNames) => finder.find(sentence, article, runs),
      },
      roles: {
        resolve(phrase, language, ...rest) {
          asked.add(`o${language}\u0000${phrase}`);
          return roles.resolve(phrase, language, ...rest);
        },
      },
      nouns: {
        namesPeople(noun) {
          asked.add(`n${noun}`);
          return nouns.namesPeople(noun);
        },
        genderOf(noun) {
          asked.add(`n${noun}`);
          return nouns.genderOf(noun);
        },
        seenAsThing(noun) {
          asked.add(`n${noun}`);
          return nouns.seenAsThing(noun);
        },
      },
      matcher: {
        match(words) {
          asked.add(`p${words.join("\u0000")}`);
          return matcher.match(words);
        },
      },
      finish: () => {
        const questions = [...[...runs].map((n) => `m${n}`), ...asked].join(SEPARATOR);
        return { questions, answers: this.answersHash(questions) };
      },
    };
  }

  /** The hash of this build's answers to `questions` (`Dependencies.questions`). */
  answersHash(questions: string): string {
    const list = questions === "" ? [] : questions.split(SEPARATOR);
    return hash(list.map((q) => this.answer(q)).join(SEPARATOR));
  }

  private answer(question: string): string {
    let found = this.answers.get(question);
    if (found !== undefined) return found;
    const digest = (person: Person) => this.digest(person);
    const { finder, matcher, roles, nouns } = this.parts;
    const rest = question.slice(1);
    switch (question[0]) {
      case "m":
        found = finder.answerTo(rest, digest);
        break;
      case "p":
        found = matcher
          .match(rest.split("\u0000"))
          .map((m) => `${m.kind}:${digest(m.person)}`)
          .join(",");
        break;
      case "o": {
        const cut = rest.indexOf("\u0000");
        const language = rest.slice(0, cut) as Parameters<RoleResolver["fitting"]>[1];
        found = roles
          .fitting(rest.slice(cut + 1), language)
          .map(digest)
          .join(",");
        break;
      }
      default:
        found = `${nouns.namesPeople(rest)}${nouns.seenAsThing(rest)}${nouns.genderOf(rest)}`;
    }
    this.answers.set(question, found);
    return found;
  }

  /** A short hash of everything about a person: any change to them changes it. */
  private digest(person: Person): string {
    let found = this.digests.get(person);
    if (found === undefined) {
      found = hash(JSON.stringify(person));
      this.digests.set(person, found);
    }
    return found;
  }
}

/** A hash of the people and of the nouns' state: equal, every answer of two builds is equal. */
export function knowledgeSignature(people: readonly Person[], nouns: GenderedNouns): string {
  return hash(`${JSON.stringify(people)}${SEPARATOR}${nouns.state()}`);
}
