import type { Passage, Sentence } from "../corpus/types.js";
import { FR_PARTICIPLES, findSpeechVerbs, type VerbMatch } from "../nlp/speechVerbs.js";
import type { ArticleNames, Mention, MentionFinder } from "../officials/findMentions.js";
import type { Person } from "../officials/person.js";
import type { RoleLookup } from "../officials/resolveRole.js";
import {
  type AttributionInput,
  COMPLEMENT_BEFORE,
  describedSpeaker,
  describesPerson,
  isSubjectMention,
  NO_SPEAKER,
  pronoun,
  type Speaker,
  speakerAfter,
  speakerBefore,
  subjectOfVerb,
} from "./attributeSpeaker.js";
import { bracketSpeaker, clauseSubject } from "./clauseSubject.js";
import { continuesSpeech } from "./continuesSpeech.js";
import type { NounGenders } from "./descriptionSubject.js";
import { inciseSpeaker } from "./inciseSpeaker.js";
import { creditIntertitles, creditTitleQuote, isIntertitle } from "./intertitles.js";
import { joinedSentences } from "./joinedSentences.js";
import { isQuotedName } from "./quotedName.js";
import { findQuoteSpans, type QuoteSpan } from "./quoteSpans.js";
import { unnamedSubject } from "./sentenceSubject.js";
import { SpeakerContext } from "./speakerContext.js";
import type { Statement } from "./statement.js";
import { titleSubject } from "./titleSubject.js";
import { hyphenatedPronounGender, unnamedSpeakerGender } from "./unnamedSpeaker.js";

/**
 * What may come before a quotation that opens its sentence: nothing, or a connective ("Alors,
 * « j'ai pris un gilet … »", "Et « … »", "Mais, « … »") that adds no speaker of its own.
 */
const CONNECTIVE_ONLY =
  /^\s*(?:(?:alors|et|puis|mais|ensuite|enfin|bref|donc|or|pourtant|cependant|toutefois|surtout|aussi)\s*,?\s*)?$/iu;

export interface StatementDeps {
  /** Finds the people named in a sentence (remembering each run of capitalised words). */
  readonly mentions: Pick<MentionFinder, "articleNames" | "find">;
  readonly roles: RoleLookup;
  /** The corpus's gendered nouns: which ones name people ("l'actrice", "le député"). */
  readonly nouns: NounGenders;
  readonly people: ReadonlyMap<string, Person>;
  /** The speech verbs of a sentence's display text (people discovery found them already). */
  readonly speechVerbs: (sentence: Pick<Sentence, "display" | "language">) => readonly VerbMatch[];
}

/** A sentence of at most this many words may be a section's heading ("La passoire de X"). */
const HEADING_WORDS = 8;

export interface ArticleStatements {
  readonly statements: Statement[];
  /** Every person mention in the article (inside quotes too), per sentence id. */
  readonly mentions: Map<string, Mention[]>;
}

/**
 * Words after a speech verb that make it report speech: "a déclaré que", "said that", "a dit :",
 * or an indirect question ("a expliqué pourquoi", "a raconté comment"), past up to twelve words
 * of time, place and medium ("a affirmé jeudi matin 21 juin sur BFMTV/RMC qu'elle …").
 */
const REPORTING =
  /^\s*(?:,?\s*(?:[^\s,«»"“”]+,?\s+){0,12}?)?(?:que(?![\p{L}])|qu['’]|that(?![\p{L}])|:|(?:pourquoi|comment|combien)(?![\p{L}]))/iu;

/** How far into its sentence the name of the person it opens on may stand ("Samedi soir, X …"). */
const OPENING_CHARS = 60;

/** Words of a speaker about themselves: "je", "j'", "moi", "mon", "nous". */
const FIRST_PERSON =
  /(?:^|[^\p{L}])(?:je|j['’]|moi|me|m['’]|mon|ma|mes|nous|notre|nos)(?![\p{L}])/iu;

/** English "said" needs no "that": "The secretary of state said the US would …". */
const BARE_ENGLISH = /^(?:said|says|told|added|warned|noted)$/i;

/**
 * French verbs whose object is what was said, with no "que": "a vivement critiqué les médias",
 * "a dénoncé le projet", "a annoncé son départ".
 */
const CONTENT_VERB =
  /(?:^|\s)(?:critiqué|dénoncé|fustigé|salué|démenti|annoncé|dénonce|fustige|salue|dément|annonce|dénonçait|annonçait)$/iu;

/** A speech verb followed by an infinitive is reported speech: "a indiqué avoir …", "a assuré ne pas …". */
const INFINITIVE_AFTER =
  /^\s+(?:avoir|être|ne\s+pas|ne\s+plus|ne\s+jamais|n['’]avoir|n['’]être)(?![\p{L}])/iu;

interface PassageText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly spans: readonly QuoteSpan[];
  readonly input: AttributionInput;
}

/**
 * Direct quotations and indirect statements of one article, in reading order, each attributed
 * to a person when the text allows, in this order of evidence: a name or role in the attribution
 * clause after the quote (also when it follows a later quote of the same sentence); the subject
 * of the speech verb that introduces it ("X a affirmé que «"), including the speaker of a reported
 * clause the quote sits in; a pronoun resolved to the most recent compatible person; and, for a
 * quotation that opens its sentence, the speaker of the statement just before it.
 */
export function extractStatements(
  articleId: string,
  passages: readonly Passage[],
  deps: StatementDeps,
  /** The article's title: the person it opens on is who its first pronouns stand for. */
  title = "",
  /** The article's date (ISO), null when unknown. */
  date: string | null = null,
): ArticleStatements {
  const context = new SpeakerContext(deps.people);
  // Whom the title names in full, the body may call by surname alone ("Vive passe d'armes entre
  // Bruno Le Maire et Jean-Luc Mélenchon", then "« … », a commencé Mélenchon").
  const names = deps.mentions.articleNames([
    ...(title === "" ? [] : [title]),
    ...passages.flatMap((p) => (p.kind === "paragraph" ? p.sentences.map((s) => s.display) : [])),
  ]);
  // "François Hollande : « Je pense … »" then "L'ancien président de la République a réitéré
  // …, a-t-il ajouté": a person the title opens on is the article's subject until a sentence
  // names another.
  const titled = title === "" ? null : titleSubject(title, deps.mentions.find(title, names));
  if (titled) {
    context.named_(titled.personId);
    context.sentenceSubject(titled.personId, [titled.personId]);
  }
  const statements: Omit<Statement, "position">[] = [];
  /** Indices in `statements` of intertitles, credited once the whole article is read. */
  const intertitles = new Set<number>();
  /** Indices in `statements` credited by a heading (`Speaker.aside`): nobody's turn to speak. */
  const asides = new Set<number>();
  const mentionsBySentence = new Map<string, Mention[]>();
  let lastSpeaker: string | null = null;
  /** Whom the sentence just read opens on (see where it is set). */
  let opener: string | null = titled?.personId ?? null;
  /** The gender of the unnamed speaker of the sentence just read ("», lâche un voisin"). */
  let previousUnnamed: "m" | "f" | null = null;

  for (const passage of passages) {
    if (passage.kind !== "paragraph") continue;
    const p = passageText(passage, deps, context, mentionsBySentence, names, date);
    const { text, starts, spans, input } = p;
    const sentenceEnd = (i: number): number => (starts[i + 1] ?? text.length + 1) - 1;
    const spokenBy = new Map<QuoteSpan, string>();
    const sentenceOf = (offset: number): number => {
      let i = 0;
      while (i + 1 < starts.length && (starts[i + 1] ?? 0) <= offset) i++;
      return i;
    };

    passage.sentences.forEach((sentence, i) => {
      const start = starts[i] ?? 0;
      const end = sentenceEnd(i);
      const inQuote = (offset: number) => spans.some((s) => offset >= s.open && offset < s.close);
      const reported = indirectStatement(
        input,
        sentence.display,
        start,
        inQuote,
        deps.speechVerbs(sentence),
      );
      if (reported?.speaker.personId) {
        statements.push({
          kind: "indirect",
          text: sentence.display,
          speakerId: reported.speaker.personId,
          articleId,
          sentenceId: sentence.id,
          attribution: reported.speaker.attribution,
        });
      }
      // The speaker of a reported clause is the most salient person for the pronouns in it
      // ("Trump avait assuré que Soleimani, qu'il a qualifié de « … »").
      if (reported?.speaker.personId) context.spoke(reported.speaker.personId);
      const opening = spans.filter((s) => sentenceOf(s.open) === i);
      /** The gender of someone unnamed this sentence's words are credited to ("», lâche un voisin"). */
      let unnamed: "m" | "f" | null = null;
      opening.forEach((span) => {
        // A title in quotation marks ("le film « Bling Ring »") is nobody's words.
        if (isQuotedName(text, span)) return;
        const k = spans.indexOf(span);
        if (isIntertitle(text, span, { start, end })) {
          // Read apart: neither its speaker nor anyone's next quotation is found from it.
          intertitles.add(statements.length);
          statements.push({
            kind: "direct",
            text: text.slice(span.start, span.end).replace(/\s+/g, " "),
            speakerId: null,
            articleId,
            sentenceId: passage.sentences[sentenceOf(span.open)]?.id ?? sentence.id,
            attribution: "none",
          });
          return;
        }
        let speaker = speakerAfterQuote(p, k, sentenceOf, sentenceEnd);
        let explicit = speaker.attribution === "unresolved";
        const previousClose = spans[k - 1]?.close ?? 0;
        const from = Math.max(start, sentenceOf(previousClose) === i ? previousClose : start);
        if (!speaker.personId && !span.missingOpen && !explicit) {
          speaker = speakerBefore(input, from, span.open);
          if (!speaker.personId) speaker = bracketSpeaker(input, from, span.open);
        }
        if (!speaker.personId) {
          // « …, a reconnu M. Bussereau. … » names its speaker inside, whatever clause follows
          // the quotation ("… » Il faut débourser 70 euros, a indiqué BFMTV").
          const incise = inciseSpeaker(input, span);
          if (incise.personId) speaker = incise;
          else if (incise.attribution === "unresolved") {
            speaker = incise;
            explicit = true;
          }
        }
        const previous = spans[k - 1];
        const previousSpeaker = previous ? spokenBy.get(previous) : undefined;
        /** The speaker of the sentence's quotation before, while this one has none yet. */
        const goesOn = (): string | null =>
          !explicit && !speaker.personId && previous && sentenceOf(previous.open) === i
            ? (previousSpeaker ?? null)
            : null;
        const past = goesOn();
        if (past && previous) {
          // "«…», a souligné X, accusant l'Alliance d'être «…»", "«…», assure le médecin, même si
          // «…»": the same speaker goes on, past the attribution clause of the quotation before.
          const between = text.slice(previous.close, span.open);
          if (
            findSpeechVerbs(between).some((v) => v.nonFinite) ||
            (INVERTED_THEN_JOINED.test(between) && findSpeechVerbs(between).length > 0) ||
            relativeOfSpeaker(between)
          ) {
            speaker = { personId: past, attribution: "continuation" };
          }
        }
        if (
          !explicit &&
          !speaker.personId &&
          reported?.speaker.personId &&
          reported.verbAt < span.open
        ) {
          // A quotation inside a reported clause: "Truss soutiendra que les menaces contre « … »".
          speaker = {
            personId: reported.speaker.personId,
            attribution: reported.speaker.attribution,
          };
        }
        const joined = goesOn();
        if (joined && previous && joinsQuotes(text.slice(previous.close + 1, span.open))) {
          // "il dit condamner à titre « personnel » la « rhétorique … »": one sentence, one speaker.
          speaker = { personId: joined, attribution: "continuation" };
        }
        if (!explicit && !speaker.personId && !span.missingOpen) {
          // "X attend des « … »": no speech verb, the clause's subject.
          speaker = clauseSubject(input, from, span.open);
        }
        const same = goesOn();
        if (
          same &&
          previous &&
          wordCount(text, span) >= 3 &&
          sameViewBetween(input, previous.close, span.open)
        ) {
          // "X, qui y a vu « une incitation », le total des amendes correspondant « à moins
          // d'un tiers … »": nobody else comes in between; the sentence still reports X's view
          // (three words at least: a quoted term, « proximité », may be the writer's).
          speaker = { personId: same, attribution: "continuation" };
        }
        const opensSentence =
          span.missingOpen ||
          CONNECTIVE_ONLY.test(text.slice(start, span.open)) ||
          continuesSpeech(sentence.display, deps.speechVerbs(sentence));
        // "La députée Valéria Faure-Muntian n'a pas souhaité entretenir la polémique. « Je tiens
        // à remercier … »": words in the first person on their own take up the person the
        // sentence before was about, whoever spoke last.
        if (
          !explicit &&
          !speaker.personId &&
          opensSentence &&
          opener !== null &&
          FIRST_PERSON.test(text.slice(span.start, span.end))
        ) {
          speaker = { personId: opener, attribution: "continuation" };
        }
        if (!explicit && !speaker.personId && opensSentence && lastSpeaker) {
          speaker = { personId: lastSpeaker, attribution: "continuation" };
        }
        if (speaker.aside) asides.add(statements.length);
        else if (speaker.personId) {
          context.spoke(speaker.personId);
          spokenBy.set(span, speaker.personId);
        }
        statements.push({
          kind: "direct",
          // "…in Vienna,” Blinken told Reuters": the comma before the attribution is not quoted.
          text: text.slice(span.start, span.end).replace(/\s+/g, " ").replace(/\s*,$/, ""),
          speakerId: speaker.personId,
          articleId,
          sentenceId: passage.sentences[sentenceOf(span.open)]?.id ?? sentence.id,
          attribution: speaker.attribution,
        });
        if (speaker.personId && !speaker.aside) lastSpeaker = speaker.personId;
        else if (explicit) lastSpeaker = null;
        if (
          !speaker.personId &&
          speaker.attribution === "unresolved" &&
          wordCount(text, span) >= 3
        ) {
          // "« … », lâche un voisin", then "« … », ajoute-t-il": the neighbour still, while a
          // pronoun nobody was found for otherwise introduces nobody.
          const close = sentenceOf(Math.max(span.start, span.close - 1));
          const clause = text.slice(span.close, sentenceEnd(close));
          const pronounGender = hyphenatedPronounGender(clause);
          unnamed =
            unnamedSpeakerGender(clause) ??
            (pronounGender !== null && pronounGender === previousUnnamed ? pronounGender : null);
        }
      });
      if (reported?.speaker.personId) lastSpeaker = reported.speaker.personId;
      const named = input.mentions.filter((m) => m.start >= start && m.start < end);
      // Who the next pronoun most likely means: this sentence's speaker if it reported speech,
      // else the last person it names as the subject of a verb ("et Lavrov les a démenties").
      const spoke = statements.filter(
        (s, k) => s.sentenceId === sentence.id && s.speakerId !== null && !asides.has(k),
      );
      // The name of a heading ("Agnès Buzyn : « … »") is nobody's subject either.
      const headings = new Set(
        statements.flatMap((s, k) =>
          s.sentenceId === sentence.id && asides.has(k) && s.speakerId ? [s.speakerId] : [],
        ),
      );
      const subjects = named.filter((m) => isSubjectMention(text, m) && !headings.has(m.personId));
      // Pronouns fall back on people named as subjects, not on every name in passing.
      for (const m of subjects) context.named_(m.personId);
      const described =
        subjects.length === 0 ? unnamedSubject(input, start, sentence.display) : null;
      // Whom the sentence opens on: its speaker, the subject named near its start ("Emmanuel
      // Macron a aussi évoqué l'enquête sur la mort de Steve Maia Caniço"), or the person a
      // description opening it stands for.
      opener =
        spoke[spoke.length - 1]?.speakerId ??
        subjects.find((m) => m.start - start <= OPENING_CHARS)?.personId ??
        described;
      context.sentenceSubject(
        spoke[spoke.length - 1]?.speakerId ?? subjects[subjects.length - 1]?.personId ?? described,
        named.filter((m) => !headings.has(m.personId)).map((m) => m.personId),
        sentence.display.split(/\s+/).length <= HEADING_WORDS,
        spoke.length === 0 ? unnamed : null,
      );
      previousUnnamed = spoke.length === 0 ? unnamed : null;
    });
  }
  const repeated = <S extends Omit<Statement, "position">>(s: S, speakerId: string): S => ({
    ...s,
    speakerId,
    attribution: "repeated" as const,
  });
  creditIntertitles(statements, intertitles, repeated);
  if (titled?.quote) creditTitleQuote(statements, titled.quote, titled.personId, repeated);
  return {
    statements: statements.map((s, position) => ({ ...s, position })),
    mentions: mentionsBySentence,
  };
}

function passageText(
  passage: Passage,
  deps: StatementDeps,
  context: SpeakerContext,
  mentionsBySentence: Map<string, Mention[]>,
  names: ArticleNames,
  date: string | null,
): PassageText {
  const { text, starts } = joinedSentences(passage);
  const spans = findQuoteSpans(text, starts);
  const all = passage.sentences.flatMap((sentence, i) => {
    const found = deps.mentions.find(sentence.display, names);
    mentionsBySentence.set(sentence.id, found);
    const shift = starts[i] ?? 0;
    return found.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }));
  });
  const mentions = all.filter((m) => !spans.some((s) => m.start >= s.start && m.end <= s.end));
  const outside = new Set(mentions);
  return {
    text,
    starts,
    spans,
    input: {
      text,
      language: passage.language,
      mentions,
      context,
      roles: deps.roles,
      nouns: deps.nouns,
      date,
      articleNames: names,
      quotedMentions: all.filter((m) => !outside.has(m)),
    },
  };
}

/**
 * An inverted attribution clause, then the next quotation as its subject's apposition: "« … »,
 * explique son arrière-grand-mère Maryse Escuder, 83 ans, « rassurée d'être arrivée »".
 */
const CLAUSE_THEN_APPOSED_QUOTE = /^(\s*,[^«»"“”.;!?]{3,160}),\s*$/u;

/** An inverted attribution clause, then a relative clause on its subject: "…, qui promettait ". */
const RELATIVE_AFTER_CLAUSE = /^(\s*,[^«»"“”.;!?]{3,160}),\s*qui\s+([^«»"“”.;!?,]{1,60})$/u;

/**
 * Whether the words between two quotations are the first one's inverted attribution clause and a
 * relative clause of speech on its subject, or nothing more than that clause: "« … », avait assuré
 * l'ancien président de la région, qui promettait « un GP exceptionnel »", "« … », explique
 * Maryse Escuder, 83 ans, « rassurée … »" — the same speaker.
 */
function relativeOfSpeaker(between: string): boolean {
  const apposed = CLAUSE_THEN_APPOSED_QUOTE.exec(between)?.[1];
  if (apposed !== undefined) {
    const verbs = findSpeechVerbs(apposed);
    const first = verbs[0];
    if (first && !first.nonFinite && /^\s*,\s*$/u.test(apposed.slice(0, first.index))) return true;
  }
  const m = RELATIVE_AFTER_CLAUSE.exec(between);
  if (!m?.[1] || !m[2]) return false;
  const clause = findSpeechVerbs(m[1]);
  return (
    clause.length > 0 &&
    /^\s*,?\s*$/u.test(m[1].slice(0, clause[0]?.index ?? 0)) &&
    findSpeechVerbs(m[2]).some((v) => !v.nonFinite && v.index === 0 && v.pronoun === null)
  );
}

/**
 * The attribution clause of a quotation, then a conjunction opening the next one: "», assure le
 * médecin, même si « … »", "», a-t-il dit, car « … »".
 */
const INVERTED_THEN_JOINED =
  /^\s*,\s*[^,«»"“”.;!?]{3,80},\s*(?:même si|mais|car|et|puisque|tandis que|alors que|ajoutant que|avant d['’]ajouter)\s*(?:qu['’]|que\s+)?[^«»"“”.;!?]{0,40}$/u;

/** How many words a quotation holds. */
function wordCount(text: string, span: QuoteSpan): number {
  return text.slice(span.start, span.end).trim().split(/\s+/).length;
}

/** Words that bring another source or view in between two quotations of a sentence. */
const OTHER_VIEW =
  /(?:^|[\s,])(?:tandis|alors\s+que|mais|selon|contrairement|quant|pour\s+sa\s+part|de\s+son\s+côté|d['’]autres|certains|ils|elles|on)(?![\p{L}])|[;:]/iu;

/**
 * Whether what stands between two quotations of a sentence brings in nobody else: no person, no
 * speech verb, no other source or view ("tandis que", "selon", "d'autres") and at most a short
 * clause, so that the second quotation is still the first one's speaker's.
 */
function sameViewBetween(input: AttributionInput, close: number, open: number): boolean {
  const between = input.text.slice(close, open);
  // "», écrire « gardien »": a clause of its own opening on an infinitive.
  const first = /^[\s,]*(\p{Ll}+)/u.exec(between)?.[1] ?? "";
  return (
    between.length <= 120 &&
    !/(?:er|ir|re|oir)$/u.test(first) &&
    !OTHER_VIEW.test(between) &&
    findSpeechVerbs(between).length === 0 &&
    !input.mentions.some((m) => m.start >= close && m.end <= open)
  );
}

/**
 * Whether the words between two quotations of a sentence only join them, so that they share a
 * speaker: at most three words and no verb ("« personnel » la « rhétorique … »", "« avec
 * prudence » : « … »"); not "», écrire «" nor "avant de souscrire à des conclusions évoquant «".
 */
export function joinsQuotes(between: string): boolean {
  const words = between.match(/[\p{L}'’-]+/gu) ?? [];
  if (words.length <= 6 && COORDINATED_PARTICIPLE.test(between)) return true;
  return words.length <= 3 && !words.some((w) => /(?:er|ir|re|ant|é|ée|és|ées)$/iu.test(w));
}

/**
 * "a rendu hommage à « … » et salué « … »": a speech participle coordinated without its
 * auxiliary shares the clause's subject.
 */
const COORDINATED_PARTICIPLE = new RegExp(
  `^[\\s,]*(?:et|puis|mais)\\s+(?:(?:aussi|également|encore)\\s+)?(?:${FR_PARTICIPLES})(?![\\p{L}])`,
  "iu",
);

/**
 * The attribution clause after quote k: right after it (up to the next quote), or after the
 * nearest later quote closing in the same sentence that has one ("des «positions claires» …
 * «formuler …», a déclaré X").
 */
function speakerAfterQuote(
  p: PassageText,
  k: number,
  sentenceOf: (offset: number) => number,
  sentenceEnd: (i: number) => number,
): Speaker {
  const span = p.spans[k];
  if (!span) return NO_SPEAKER;
  const closeSentence = sentenceOf(Math.max(span.start, span.close - 1));
  const end = sentenceEnd(closeSentence);
  const nextOpen = p.spans[k + 1]?.open ?? Number.MAX_SAFE_INTEGER;
  const direct = speakerAfter(p.input, span.close, Math.min(end, nextOpen));
  if (direct.personId) return direct;
  // The nearest later quotation with an attribution clause of its own: '« A » entre « B » et
  // « C », a-t-elle affirmé, estimant qu'un appel ne serait « pas logique »' is hers throughout.
  const later = p.spans.filter((s, j) => j > k && s.close <= end + 1);
  for (const [j, s] of later.entries()) {
    const until = Math.min(end, later[j + 1]?.open ?? end);
    const after = speakerAfter(p.input, s.close, until);
    if (after.attribution !== "none") return after;
  }
  return direct;
}

/** "Blinken a déclaré que …", "He also noted that …", "Selon Peskov, …": reported speech. */
/**
 * "Pour l'anthropologue Andrea Leiva, « … »", "Pour l'avocat général Fabrice Tremel, l'action du
 * prévenu « … »", "D'après lui, « … »": a view introduced by its holder (a name, a pronoun or a
 * noun phrase; not "Pour rappel", "Pour l'heure", "Pour lutter …"), followed in its clause by the
 * quotation that states it (without a quotation, "Pour Marc, la vie est
 * belle" may be the writer's words about Marc).
 */
const VIEW_BEFORE_QUOTE =
  /^(?:[Pp]our|[Dd]['’]après)\s+(?!(?:rappel|mémoire|info|l['’]heure|le moment|l['’]instant|autant|l['’]essentiel|le reste|la suite|la première|le premier)(?![\p{L}]))(?=(?:le|la|les|l['’]|lui|elle|eux|elles|M\.|Me|maître|\p{Lu})[^«"“.;:!?]{0,120},[^.!?«"“]{0,80}[«"“])/u;

function indirectStatement(
  input: AttributionInput,
  /** The sentence: `input.text` from `start` to the sentence end. */
  sentence: string,
  start: number,
  inQuote: (offset: number) => boolean,
  speechVerbs: readonly VerbMatch[],
): { speaker: Speaker; verbAt: number } | null {
  const selon = /^(?:selon|according to)\s+/iu.exec(sentence) ?? VIEW_BEFORE_QUOTE.exec(sentence);
  const selonPronoun = selon
    ? /^(?:selon|pour|d['’]après)\s+(lui|elle)(?![\p{L}])/iu.exec(sentence)
    : null;
  if (selonPronoun?.[1]) {
    // "Selon lui, sa démission était « logique … »": the pronoun's referent.
    const word = selonPronoun[1].toLowerCase() === "lui" ? "il" : "elle";
    const speaker = pronoun(input, word, start);
    if (speaker.personId) return { speaker: { ...speaker, attribution: "selon" }, verbAt: start };
  }
  if (selon) {
    // The source stands inside the "Selon …," phrase: "Selon le New York Times, Donald Trump a
    // été mis à l'abri" is the newspaper's account, not Donald Trump's words.
    // Its name may stand in apposition after a role: "Selon le porte-parole du Kremlin, Dmitri
    // Peskov, …", "Pour la présidente de la Région, Carole Delga, « … »".
    const phraseEnd = start + (/^[^,«»"“”]*/u.exec(sentence)?.[0].length ?? 0);
    const apposed = (m: Mention): boolean =>
      /^,\s*$/u.test(input.text.slice(phraseEnd, m.start)) &&
      /^\s*,/u.test(input.text.slice(m.end, m.end + 3));
    const who = input.mentions.find(
      (m) => m.start >= start && m.start < start + 60 && (m.start < phraseEnd || apposed(m)),
    );
    // "Selon l'avocat de Jean Dupont, « … »": the lawyer's words, not Jean Dupont's.
    const complement =
      who !== undefined &&
      COMPLEMENT_BEFORE.test(input.text.slice(Math.max(start, who.start - 6), who.start));
    if (who && !complement) {
      return { speaker: { personId: who.personId, attribution: "selon" }, verbAt: start };
    }
    // "Selon le maire, …", "Selon la trentenaire, mère de deux enfants, « … »": a role or a
    // description of someone in the article, not a name.
    // "Pour la procureure, l'agence a « … »" too (`VIEW_BEFORE_QUOTE`).
    const opening = /^(selon|according to|pour|d['’]après)\s+([^,«»"“”]{2,80}),/iu.exec(sentence);
    const phrase = opening?.[2];
    // After "Pour", only a description of a person: "Pour l'avenir, …" is not a view's holder.
    const holder =
      /^(?:selon|according to)$/iu.test(opening?.[1] ?? "") || describesPerson(input, phrase ?? "");
    if (phrase && !who && holder) {
      const speaker = describedSpeaker(input, phrase, start);
      if (speaker.personId) return { speaker: { ...speaker, attribution: "selon" }, verbAt: start };
    }
  }
  for (const verb of speechVerbs) {
    if (inQuote(start + verb.index) || verb.nonFinite) continue;
    const word = sentence.slice(verb.index, verb.end);
    const rest = sentence.slice(verb.end);
    if (
      !REPORTING.test(rest) &&
      !BARE_ENGLISH.test(word) &&
      !CONTENT_VERB.test(word) &&
      !INFINITIVE_AFTER.test(rest)
    ) {
      continue;
    }
    // A verb right after a quotation is that quotation's attribution, not a new statement.
    const sinceQuote = /[»”"]([^»”"]*)$/.exec(sentence.slice(0, verb.index));
    // "« … » et avait assuré ne pas …" coordinates a new verb with the clause before the quote.
    if (
      sinceQuote &&
      (sinceQuote[1] ?? "").trim().split(/\s+/).length <= 8 &&
      !/[.;]/.test(sinceQuote[1] ?? "") &&
      !/^\s*(?:et|mais|puis|and|but)\s/iu.test(sinceQuote[1] ?? "")
    ) {
      continue;
    }
    const speaker = subjectOfVerb(input, start, verb);
    return speaker.personId ? { speaker, verbAt: start + verb.index } : null;
  }
  return null;
}
