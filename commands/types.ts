import type { OfficialProfile } from "../briefings/officialProfile.js";
import type { SearchResults } from "../briefings/searchResults.js";
import type { SinceReport } from "../briefings/timeWindow.js";
import type { TopicSuggestion } from "../briefings/topicSuggestions.js";
import type { Digest, StorySummary, TopicBriefing } from "../briefings/types.js";
import type { CorpusIndex } from "../src/index/corpusIndex.js";
import type { FailingFeed } from "../src/sources/sourceStatus.js";
import type { SourcesService, SourcesView } from "../src/sources/sourcesService.js";
import type { PlatformId } from "../src/store/records.js";
import type { Store } from "../src/store/store.js";
import type { Summarizer } from "../src/summarize/summarizer.js";

/**
 * The preconditions a command may declare, as sapphire's commands name theirs:
 * - `flood-limits`: the per-channel and per-workspace request limits of chat;
 * - `briefing-cooldown`: the flood limits and the per-user wait between two briefings;
 * - `manage-channel`: only for a chat channel (not a DM) and people who may manage it.
 */
export type PreconditionName = "flood-limits" | "briefing-cooldown" | "manage-channel";

/** What an option's autocompletion suggests (`suggestChoices`). */
export type AutocompleteSource = "topics" | "officials" | "briefable";

/** A typed command option; the chat adapters generate their registrations from these. */
export interface OptionDefinition {
  readonly name: string;
  readonly description: string;
  readonly type: "string" | "integer";
  readonly required: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  /** What the adapter offers as the user types (topic names, official names); absent: nothing. */
  readonly autocomplete?: AutocompleteSource;
  /**
   * On the command line, an optional text option that takes the words after the command name
   * (`briefbot topics suggest`); a required text option always does.
   */
  readonly positional?: true;
  /** A string option with a form of its own, parsed by `parseInput`: `since` (`Since`). */
  readonly format?: "since";
}

export interface CommandDefinition {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionDefinition[];
  /**
   * Checked in order by `runCommand` (limits before the input is parsed, access after);
   * `manage-channel` also makes Discord register the command with Manage Channels.
   */
  readonly preconditions: readonly PreconditionName[];
  /** How the command reads on the command line; absent: a chat-only command. */
  readonly cli?: CommandCliHelp;
}

/**
 * The command's help on the command line (`briefbot <name>`). The usage line is generated from
 * the options: a required text option is the positional argument, the others are flags.
 */
export interface CommandCliHelp {
  /** Its entry in `briefbot --help`, "brief <topic>". */
  readonly synopsis: string;
  readonly summary: string;
  /** What `briefbot <name> --help` says after the usage line. */
  readonly about: string;
  /** Where to look when the positional argument is missing: "briefbot topics". */
  readonly lookUp?: string;
}

export type CommandInput = Readonly<Record<string, string | number | undefined>>;

/** Where a chat command was sent from, and whether the sender may manage that channel. */
export interface ChatPlace {
  readonly platform: PlatformId;
  readonly channelId: string;
  /** Discord guild or Slack team; null in a DM. */
  readonly workspaceId: string | null;
  readonly userId: string;
  /** Discord: Manage Channels; Slack: on the allow-list, or a workspace admin or owner. */
  readonly canManage: () => Promise<boolean>;
}

/** The store of subscriptions, with defaults, and a way to tell the scheduler they changed. */
export interface SubscriptionService {
  readonly store: Store;
  readonly defaults: { readonly time: string; readonly timezone: string };
  /** Daily digests one workspace or server may have (default `MAX_SUBSCRIPTIONS_PER_WORKSPACE`). */
  readonly maxPerWorkspace?: number;
  changed(): Promise<void>;
}

/**
 * What every command gets: the index of the current corpus, the summarizer briefings pick
 * sentences with, and the clock; in chat, the place.
 */
export interface CommandDeps {
  readonly index: CorpusIndex;
  readonly summarizer: Summarizer;
  readonly now: () => Date;
  readonly place?: ChatPlace;
  readonly subscriptions?: SubscriptionService;
  /** The followed live sources, where they are wired (serve, the CLI, the local chat). */
  readonly sources?: SourcesService;
}

export interface TopicSummary {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Sentences of the corpus assigned to the topic. */
  readonly sentences: number;
  /** Articles with at least one sentence on the topic. */
  readonly articles: number;
  /** Articles in the corpus. */
  readonly corpusArticles: number;
  /** `articles` / `corpusArticles` (0 for an empty corpus), rounded to 4 decimals. */
  readonly share: number;
  /**
   * The topic is barely present: fewer sentences than a briefing shows
   * (`DEFAULT_BRIEFING_SENTENCES`), or all from one article.
   */
  readonly weakFit: boolean;
}

export interface OfficialSummary {
  readonly id: string;
  readonly name: string;
  readonly role: string | null;
  /** Sentences naming the person. */
  readonly mentions: number;
  /** Quotes and reported statements attributed to them. */
  readonly statements: number;
  readonly articles: number;
}

export interface CommandUsage {
  readonly name: string;
  readonly usage: string;
  readonly description: string;
}

/** Platform-neutral reply data; adapters (terminal, Discord, Slack) render it. */
export type Reply =
  | { readonly kind: "briefing"; readonly briefing: TopicBriefing }
  | {
      readonly kind: "digest";
      readonly digest: Digest;
      /** Followed feeds failing for a day or more, for the footer of a channel's digest. */
      readonly failingFeeds?: readonly FailingFeed[];
    }
  | { readonly kind: "sources"; readonly view: SourcesView }
  | { readonly kind: "topics"; readonly topics: readonly TopicSummary[] }
  | { readonly kind: "search"; readonly results: SearchResults }
  | { readonly kind: "topic-suggestions"; readonly suggestions: readonly TopicSuggestion[] }
  | {
      readonly kind: "stories";
      /** Stories in the corpus, of which `stories` are the first. */
      readonly total: number;
      readonly stories: readonly StorySummary[];
      /** The `--since` window, when one was asked. */
      readonly since: SinceReport | null;
    }
  | { readonly kind: "official"; readonly profile: OfficialProfile }
  | {
      readonly kind: "help";
      readonly commands: readonly CommandUsage[];
      /** Free-text questions the bot understands. */
      readonly examples: readonly string[];
    }
  | {
      readonly kind: "officials";
      readonly topic: string | null;
      readonly officials: readonly OfficialSummary[];
      /** With `--since`: from which day, and how many undated articles were left out. */
      readonly since: SinceReport | null;
    }
  /**
   * A one-line message for the channel ("No new articles since the last digest."); `private`
   * when it is for the asker's eyes only (it names other channels): ephemeral in chat.
   */
  | { readonly kind: "notice"; readonly message: string; readonly private?: true }
  /** A bug while answering: the user sees only this short apology; details are in the logs. */
  | { readonly kind: "failure"; readonly message: string }
  | {
      readonly kind: "user-error";
      readonly message: string;
      readonly suggestions: readonly string[];
    };

/**
 * A command as the registry holds it, whatever its input type: its definition, and a parser that
 * turns raw input into a call ready to run once the preconditions have granted their part.
 */
export interface Command {
  readonly definition: CommandDefinition;
  prepare(input: CommandInput): PreparedCall;
}

export type PreparedCall =
  | {
      readonly ok: true;
      /** `granted`: what the definition's preconditions added to the deps (`runCommand`). */
      run(deps: CommandDeps, granted: object): Reply | Promise<Reply>;
    }
  | { readonly ok: false; readonly message: string };

export function userError(message: string, suggestions: readonly string[] = []): Reply {
  return { kind: "user-error", message, suggestions };
}
