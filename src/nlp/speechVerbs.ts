import { charClass } from "./charClass.js";
import { WordTrie } from "./wordTrie.js";

/**
 * Speech verbs, French and English, as regular-expression alternations. French past participles
 * follow an auxiliary ("a déclaré", "a aussi fait valoir", "a-t-il dit"); present and future forms
 * and inversions stand alone ("estime-t-il", "dira", "explique").
 */
export const FR_PARTICIPLES =
  "déclaré|affirmé|dit|ajouté|averti|insisté|souligné|expliqué|soutenu|exigé|fait valoir|fait savoir|fait part|promis|précisé|indiqué|estimé|assuré|rapporté|martelé|lancé|poursuivi|conclu|rappelé|reconnu|jugé|dénoncé|prévenu|regretté|répété|réitéré|annoncé|confié|déploré|noté|observé|plaidé|répondu|commenté|confirmé|démenti|écrit|tweeté|qualifié|réclamé|mis en garde|ironisé|résumé|lâché|détaillé|argué|admis|nié|salué|prédit|prétendu|exhorté|appelé|demandé|assené|asséné|tranché|glissé|avancé|relevé|raconté|certifié|garanti|menacé|trouvé|évoqué|accusé|fustigé|critiqué|tonné|invité|insurgé|félicité|exclamé|étonné|inquiété|indigné|emporté|défendu|justifié|alarmé|réjoui|dit prêt|défendue|justifiée|félicitée|insurgée|exclamée|indignée|inquiétée|révélé|constaté|souhaité|réaffirmé|remarqué|avoué|signalé|réagi|rétorqué|répliqué|renchéri|raillé|protesté|objecté|nuancé|tempéré|alerté|soufflé|confessé|concédé|taclé|témoigné|développé|abondé|twitté|relaté|argumenté|énuméré|analysé|complété|pointé|plaisanté|tancé|clamé|suggéré|rajouté|continué|posté|interrogé|interrogée|amusé|amusée|enthousiasmé|agacé|agacée|emportée";

export const FR_FINITE =
  "déclare|affirme|dit|ajoute|avertit|insiste|souligne|explique|soutient|exige|promet|précise|indique|estime|assure|rapporte|martèle|lance|poursuit|conclut|rappelle|reconnaît|juge|dénonce|prévient|regrette|répète|annonce|confie|déplore|note|observe|plaide|répond|commente|confirme|écrit|réclame|résume|lâche|détaille|admet|nie|salue|prédit|prétend|exhorte|demande|tranche|glisse|raconte|dira|déclarera|affirmera|prétendra|soutiendra|exhortera|soulignera|expliquera|ajoutera|insistera|avertira|estimera|demandera|appellera|révèle|constate|souhaite|avoue|signale|appelle|affirmait|estimait|disait|révélait|expliquait|indiquait|assurait|annonçait|déclarait|précisait|rappelait|soulignait|ajoutait|confiait|racontait|dénonçait|constatait|réagit|rétorque|renchérit|raille|proteste|concède|ironise|relève|témoigne|abonde|décrit|justifie|relate|sourit|soupire|écrivait|plaisante|tempère|développe|considère|clame|énumère|assène|fustige|argumente|reconnait|accuse|décrypte|rassure|conseille|expose|suggère|détaillait|questionne|propose|lançait|commentait|regrettait|témoignait|justifiait|résumait|reconnaissait|déplorait|martelait|prévenait|insistait|jugeait|poursuivait|notait|rapportait|répondait|relevait|plaidait|admettait|relatait|avertissait|avouait|demandait|interrogeait|alarmait|scandaient|exigeait|répétait|observait|confirmait|réclamait|lâchait|niait|saluait|exhortait|tranchait|glissait|souhaitait|signalait|rétorquait|raillait|protestait|concédait|ironisait|abondait|soupirait|plaisantait|tempérait|développait|considérait|clamait|énumérait|assenait|assénait|fustigeait|argumentait|accusait|rassurait|conseillait|exposait|suggérait|questionnait|proposait|promettait|soutenait|prétendait|concluait|prédisait|décrivait|pestait";

/** The plural of the `FR_FINITE` forms whose ending alone does not give it ("dit" → "disent"). */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  dit: "disent",
  avertit: "avertissent",
  soutient: "soutiennent",
  promet: "promettent",
  conclut: "concluent",
  reconnaît: "reconnaissent",
  reconnait: "reconnaissent",
  prévient: "préviennent",
  répond: "répondent",
  écrit: "écrivent",
  admet: "admettent",
  prédit: "prédisent",
  prétend: "prétendent",
  réagit: "réagissent",
  renchérit: "renchérissent",
  sourit: "sourient",
  décrit: "décrivent",
  poursuit: "poursuivent",
};

/**
 * The third-person plural of the `FR_FINITE` verbs, present, imperfect and future ("soulignent",
 * "estimaient", "diront"): in "« … », soulignent les juges" a group speaks, not one person.
 */
export const FR_PLURAL_FINITE: ReadonlySet<string> = new Set(
  FR_FINITE.split("|").flatMap((verb) => {
    const irregular = IRREGULAR_PLURALS[verb];
    if (irregular) return [irregular];
    if (verb.endsWith("ait")) return [`${verb.slice(0, -3)}aient`];
    if (verb.endsWith("ra")) return [`${verb.slice(0, -1)}ont`];
    return verb.endsWith("e") ? [`${verb}nt`] : [];
  }),
);

/** Present participles and infinitives that report speech inside a clause ("en avertissant que"). */
export const NON_FINITE =
  "accusant|parlant|affirmant|estimant|soulignant|ajoutant|faisant valoir|faisant savoir|faisant part|déclarant|jugeant|qualifiant|assurant|expliquant|avertissant|insistant|dénonçant|appelant|rappelant|prévenant|promettant|exhortant|incitant|invitant|confiant|précisant|répondant|indiquant|annonçant|racontant|reconnaissant|regrettant|déplorant|martelant|notant|soutenant|confirmant|admettant|avouant|résumant|arguant|plaidant|réclamant|exigeant|commentant|ironisant|fustigeant|critiquant|saluant|détaillant|appeler|exhorter|demander|dire|déclarer|affirmer|souligner|insister|lancer|ajouter|expliquer|préciser|saying|adding|warning|noting|calling|urging|insisting|arguing";

export const EN_VERBS =
  "said|says|told|tells|noted|notes|added|adds|warned|warns|stressed|insisted|explained|argued|claimed|declared|wrote|tweeted|asked|replied|urged|reiterated|acknowledged|announced|pledged|promised|vowed|cautioned|maintained|contended|suggested|recalled|observed|remarked|conceded|predicted";

/** Inverted subject pronouns ("dit-il", "estime-t-elle"), the capture of `FR_INVERTED`. */
const INVERTED_PRONOUNS = "il|elle|ils|elles";

/**
 * An auxiliary, an optional inverted pronoun ("a-t-il", "avait-il", "ont-elles"), an optional aside between commas ("a, lui,
 * déploré", "a, de son côté, estimé") and up to three adverbs, then a participle.
 */
export const FR_PERFECT = new RegExp(
  `(?<![\\p{L}])(?:s['’](?:est|était|sont|étaient)|a|ont|avait|avaient|aurait|aura|avoir|d'avoir|d’avoir|having)(?:(?:[- ]t-|(?<=t)-)(il|elle|ils|elles))?(?:\\s*,\\s*[\\p{Ll}\\p{M} ]{2,25}?\\s*,)?\\s+(?:(?:[\\p{Ll}]+|pour sa part|de son côté)\\s+){0,3}?(?:${FR_PARTICIPLES})(?![\\p{L}])`,
  "iu",
);

/**
 * Verbs that report speech when their subject pronoun is inverted ("analyse-t-il", "souffle-t-elle",
 * "avance-t-il") but are nouns or other verbs alone ("une analyse", "le souffle", "l'avance"):
 * mined from the shared corpus ("« … », X-t-il", seen ten times or more).
 */
const FR_INVERTED_ONLY =
  "analyse|avance|interroge|souffle|continue|espère|argue|alerte|craint|peste|confesse|remarque|nuance|pointe|réplique|tacle";

/**
 * Pronominal verbs of speech in the present and imperfect, after "s'" or "se" ("s'indigne X",
 * "se défend Gérard Cosme", "X s'interroge : « … »"): alone, most are other verbs ("il défend
 * le projet"); their past participles are in `FR_PARTICIPLES` ("s'est indigné").
 */
const FR_REFLEXIVE =
  "indigne|insurge|étonne|inquiète|emporte|agace|exclame|amuse|offusque|alarme|énerve|interroge|enthousiasme|esclaffe|impatiente|félicite|réjouit|désole|défend|justifie|souvient|plaint|lamente|indignait|insurgeait|étonnait|inquiétait|emportait|agaçait|exclamait|amusait|interrogeait|félicitait|réjouissait|défendait|justifiait|souvenait|plaignait|désolait";

/** "s'indigne", "se défend": a pronominal verb of speech (`FR_REFLEXIVE`). */
export const FR_REFLEXIVE_VERB = new RegExp(
  `(?<![\\p{L}])(?:s['’]|se\\s+)(?:${FR_REFLEXIVE})(?![\\p{L}])`,
  "iu",
);

/** "estime-t-il", "explique-t-elle", "dit-il", "confie t-il": a verb with an inverted pronoun. */
export const FR_INVERTED = new RegExp(
  `(?<![\\p{L}])(?:${FR_FINITE}|${FR_INVERTED_ONLY}|${FR_REFLEXIVE})(?:-t-|-| t-)(${INVERTED_PRONOUNS})(?![\\p{L}])`,
  "iu",
);

export const FR_FINITE_VERB = new RegExp(`(?<![\\p{L}])(?:${FR_FINITE})(?![\\p{L}])`, "iu");
export const EN_VERB = new RegExp(`(?<![\\p{L}])(?:${EN_VERBS})(?![\\p{L}])`, "iu");
export const NON_FINITE_VERB = new RegExp(`(?<![\\p{L}])(?:${NON_FINITE})(?![\\p{L}])`, "iu");

export interface VerbMatch {
  readonly index: number;
  readonly end: number;
  /** Pronoun inverted into the verb ("a-t-il dit" → "il"), if any. */
  readonly pronoun: string | null;
  /** A participle or infinitive: its subject is the clause's, not a word right before it. */
  readonly nonFinite: boolean;
}

/**
 * What a word can be to the patterns, as bits: a trigger, which a text must hold for a pattern to
 * match (its verb, the first word of a participle like "fait valoir", the inverted pronoun), and
 * a start, where a match can begin (the verb; the auxiliary of a perfect). Every pattern opens on
 * a letter after a non-letter and its words end at non-letters ("a-t-il", "s'est", "d'avoir"),
 * so each of these words is a whole word of the text: a maximal run of letters, folded as
 * `foldWord` (wordTrie.ts) does. tests/quotes/speechVerbTriggers.test.ts checks that every match has them.
 */
const WORD = {
  perfect: 1,
  finite: 2,
  english: 4,
  nonFinite: 8,
  pronoun: 16,
  auxiliary: 32,
  reflexive: 64,
  reflexiveStart: 128,
} as const;

/** The first words of FR_PERFECT's auxiliaries ("s" of "s'est", "d" of "d'avoir"). */
const FR_AUXILIARY_WORDS = "s|a|ont|avait|avaient|aurait|aura|avoir|d|having";

function speechVerbWords(): Map<string, number> {
  const words = new Map<string, number>();
  const add = (alternation: string, bit: number, firstWordOnly = false) => {
    for (const phrase of alternation.split("|")) {
      const word = firstWordOnly ? (phrase.split(" ")[0] ?? phrase) : phrase;
      words.set(word, (words.get(word) ?? 0) | bit);
    }
  };
  add(FR_PARTICIPLES, WORD.perfect, true);
  add(FR_FINITE, WORD.finite);
  add(FR_INVERTED_ONLY, WORD.finite);
  add(EN_VERBS, WORD.english);
  add(NON_FINITE, WORD.nonFinite, true);
  add(INVERTED_PRONOUNS, WORD.pronoun);
  add(FR_AUXILIARY_WORDS, WORD.auxiliary);
  add(FR_REFLEXIVE, WORD.reflexive | WORD.finite);
  add("s|se", WORD.reflexiveStart);
  return words;
}

/** Word (lower case) → what it can be to the patterns (`WORD` bits). */
export const SPEECH_VERB_WORDS: ReadonlyMap<string, number> = speechVerbWords();
const LONGEST_WORD = Math.max(...[...SPEECH_VERB_WORDS.keys()].map((w) => w.length));

/**
 * Each pattern with the word bits a text must have for it to match (`needs`), and those of the
 * words its matches start at (`starts`).
 */
export const SPEECH_VERB_PATTERNS: readonly {
  readonly pattern: RegExp;
  readonly needs: number;
  readonly starts: number;
}[] = [
  { pattern: FR_PERFECT, needs: WORD.perfect | WORD.auxiliary, starts: WORD.auxiliary },
  // "dit-il" needs both the verb and the pronoun.
  { pattern: FR_INVERTED, needs: WORD.finite | WORD.pronoun, starts: WORD.finite },
  { pattern: FR_FINITE_VERB, needs: WORD.finite, starts: WORD.finite },
  // "s'indigne", "se défend": the pronoun opens the match.
  {
    pattern: FR_REFLEXIVE_VERB,
    needs: WORD.reflexive | WORD.reflexiveStart,
    starts: WORD.reflexiveStart,
  },
  { pattern: EN_VERB, needs: WORD.english, starts: WORD.english },
  { pattern: NON_FINITE_VERB, needs: WORD.nonFinite, starts: WORD.nonFinite },
];

/**
 * The patterns made sticky, compiled once (compiling these long alternations on every call was
 * most of the quote extraction's time), and tried only at the words their matches can start at:
 * a global search tried them at every character, and V8 is slow at that with /iu and lookbehinds.
 */
const STICKY_PATTERNS = SPEECH_VERB_PATTERNS.map(({ pattern, needs, starts }) => ({
  regex: new RegExp(pattern.source, "iuy"),
  needs,
  starts,
  nonFinite: pattern === NON_FINITE_VERB,
}));

/**
 * Whether a UTF-16 code unit is a letter (\p{L}). A lone surrogate is no letter: an astral
 * letter splits a word, which only adds words.
 */
const LETTER_UNIT = charClass(/^\p{L}$/u);

/** The speech-verb words of a text: all their bits, and each one's offset and bits in order. */
export interface VerbWords {
  readonly bits: number;
  readonly words: readonly { readonly at: number; readonly bits: number }[];
}

/** `SPEECH_VERB_WORDS`, looked up at a word's offsets in a text. */
const SPEECH_VERB_TRIE = new WordTrie(SPEECH_VERB_WORDS);

export function speechVerbWordsIn(text: string): VerbWords {
  let bits = 0;
  const words: { at: number; bits: number }[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && LETTER_UNIT.hasCodeUnit(text.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start <= LONGEST_WORD) {
      const found = SPEECH_VERB_TRIE.valueOf(text, start, i);
      if (found !== 0) {
        bits |= found;
        words.push({ at: start, bits: found });
      }
    }
    start = -1;
  }
  return { bits, words };
}

/**
 * Every match of a sticky pattern, as a global search gives them: the search returns the first
 * position where the pattern matches, which can only be a start word, and goes on from its end.
 */
function matchesAt(regex: RegExp, text: string, starts: number, words: VerbWords["words"]) {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (const word of words) {
    if ((word.bits & starts) === 0 || word.at < from) continue;
    regex.lastIndex = word.at;
    const m = regex.exec(text);
    if (m === null) continue;
    matches.push(m);
    from = regex.lastIndex;
  }
  regex.lastIndex = 0;
  return matches;
}

/** Every speech verb in `text`, in order. */
export function findSpeechVerbs(text: string): VerbMatch[] {
  const found: VerbMatch[] = [];
  const words = speechVerbWordsIn(text);
  for (const pattern of STICKY_PATTERNS) {
    if ((words.bits & pattern.needs) !== pattern.needs) continue;
    for (const m of matchesAt(pattern.regex, text, pattern.starts, words.words)) {
      const index = m.index;
      if (found.some((f) => index < f.end && f.index < index + m[0].length)) continue;
      found.push({
        index,
        end: index + m[0].length,
        pronoun: m[1]?.toLowerCase() ?? null,
        nonFinite: pattern.nonFinite || /^(?:avoir|d['’]avoir|having)\s/iu.test(m[0]),
      });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
