import { createHash } from "node:crypto";
import type { ArticleNames, MentionFinder } from "../officials/findMentions.js";
import type { GenderedNouns } from "../officials/genderedNouns.js";
import type { Person } from "../officials/person.js";
import type { RoleLookup, RoleResolver } from "../officials/resolveRole.js";
import type { StatementDeps } from "../quotes/extractStatements.js";

/**
 * What an article's statements were found with: every question their extraction asked of the
 * corpus-wide knowledge (who a run of capitalised words or a handle may name, who a role phrase
 * may designate, what the corpus says of a noun), and a hash of the answers. Extraction reads
 * nothing else beyond the article itself, so a later build whose answers to the same questions
 * hash the same would find exactly the same statements.
 */
export interface StatementDependencies {
  /** The questions (`\u0001` between them), in the order they were first asked. */
  readonly questions: string;
  /** Hash of their answers. */
  readonly answers: string;
}

const SEPARATOR = "\u0001";

function hash(text: string): string {
  return createHash("sha1").update(text).digest("base64").slice(0, 20);
}

/**
 * The corpus-wide knowledge one build extracts statements with, able to record what an
 * extraction asks of it (`recording`) and to answer those questions again (`answersHash`). One
 * per build: it remembers every answer.
 */
export class StatementKnowledge {
  private readonly digests = new Map<Person, string>();
  private readonly answers = new Map<string, string>();

  constructor(
    private readonly finder: MentionFinder,
    private readonly roles: RoleResolver,
    private readonly nouns: GenderedNouns,
  ) {}

  /**
   * Deps for one article's extraction that note every question asked, and `finish` to call
   * after it: what the statements depend on.
   */
  recording(deps: StatementDeps): {
    readonly deps: StatementDeps;
    readonly finish: () => StatementDependencies;
  } {
    const asked = new Set<string>();
    const names = new Set<string>();
    const { finder, roles, nouns } = this;
    const recorded: StatementDeps = {
      ...deps,
      mentions: {
        articleNames(sentences: readonly string[]): ArticleNames {
          for (const sentence of sentences) finder.lookups(sentence, names);
          return finder.articleNames(sentences);
        },
        find(sentence: string, article: ArticleNames) {
          finder.lookups(sentence, names);
          return finder.find(sentence, article);
        },
      },
      roles: {
        resolve(phrase, language, ...rest) {
          asked.add(`o${language}\u0000${phrase}`);
          return roles.resolve(phrase, language, ...rest);
        },
      } satisfies RoleLookup,
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
    };
    return {
      deps: recorded,
      finish: () => {
        const questions = [...[...names].map((n) => `m${n}`), ...asked].join(SEPARATOR);
        return { questions, answers: this.answersHash(questions) };
      },
    };
  }

  /** The hash of this build's answers to `questions` (`StatementDependencies.questions`). */
  answersHash(questions: string): string {
    if (questions === "") return hash("");
    return hash(
      questions
        .split(SEPARATOR)
        .map((q) => this.answer(q))
        .join(SEPARATOR),
    );
  }

  private answer(question: string): string {
    let found = this.answers.get(question);
    if (found !== undefined) return found;
    const digest = (person: Person) => this.digest(person);
    const rest = question.slice(1);
    switch (question[0]) {
      case "m":
        found = this.finder.answerTo(rest, digest);
        break;
      case "o": {
        const cut = rest.indexOf("\u0000");
        const language = rest.slice(0, cut) as Parameters<RoleResolver["fitting"]>[1];
        found = this.roles
          .fitting(rest.slice(cut + 1), language)
          .map(digest)
          .join(",");
        break;
      }
      default:
        found = `${this.nouns.namesPeople(rest)}${this.nouns.seenAsThing(rest)}${this.nouns.genderOf(rest)}`;
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
