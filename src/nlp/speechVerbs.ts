/**
 * Speech verbs, French and English, as regular-expression alternations. French past participles
 * follow an auxiliary ("a déclaré", "a aussi fait valoir", "a-t-il dit"); present and future forms
 * and inversions stand alone ("estime-t-il", "dira", "explique").
 */
export const FR_PARTICIPLES =
  "déclaré|affirmé|dit|ajouté|averti|insisté|souligné|expliqué|soutenu|exigé|fait valoir|fait savoir|promis|précisé|indiqué|estimé|assuré|rapporté|martelé|lancé|poursuivi|conclu|rappelé|reconnu|jugé|dénoncé|prévenu|regretté|répété|réitéré|annoncé|confié|déploré|noté|observé|plaidé|répondu|commenté|confirmé|démenti|écrit|tweeté|qualifié|réclamé|mis en garde|ironisé|résumé|lâché|détaillé|argué|admis|nié|salué|prédit|prétendu|exhorté|appelé|demandé|assené|asséné|tranché|glissé|avancé|relevé|raconté|certifié|garanti|menacé|trouvé|évoqué|accusé|fustigé|critiqué|tonné|invité|insurgé|félicité|exclamé|étonné|inquiété|indigné|emporté|défendu|justifié|alarmé|réjoui|dit prêt|défendue|justifiée|félicitée|insurgée|exclamée|indignée|inquiétée";

export const FR_FINITE =
  "déclare|affirme|dit|ajoute|avertit|insiste|souligne|explique|soutient|exige|promet|précise|indique|estime|assure|rapporte|martèle|lance|poursuit|conclut|rappelle|reconnaît|juge|dénonce|prévient|regrette|répète|annonce|confie|déplore|note|observe|plaide|répond|commente|confirme|écrit|réclame|résume|lâche|détaille|admet|nie|salue|prédit|prétend|exhorte|demande|tranche|glisse|raconte|dira|déclarera|affirmera|prétendra|soutiendra|exhortera|soulignera|expliquera|ajoutera|insistera|avertira|estimera|demandera|appellera";

/** Present participles and infinitives that report speech inside a clause ("en avertissant que"). */
export const NON_FINITE =
  "accusant|parlant|affirmant|estimant|soulignant|ajoutant|déclarant|jugeant|qualifiant|assurant|expliquant|avertissant|insistant|dénonçant|appelant|rappelant|prévenant|promettant|exhortant|appeler|exhorter|demander|dire|déclarer|affirmer|souligner|insister|saying|adding|warning|noting|calling|urging|insisting|arguing";

export const EN_VERBS =
  "said|says|told|tells|noted|notes|added|adds|warned|warns|stressed|insisted|explained|argued|claimed|declared|wrote|tweeted|asked|replied|urged|reiterated|acknowledged|announced|pledged|promised|vowed|cautioned|maintained|contended|suggested|recalled|observed|remarked|conceded|predicted";

/** An auxiliary, an optional inverted pronoun and up to two adverbs, then a participle. */
export const FR_PERFECT = new RegExp(
  `(?<![\\p{L}])(?:s['’](?:est|était|sont|étaient)|a|ont|avait|avaient|aurait|aura|avoir|d'avoir|d’avoir|having)(?:[- ]t-(il|elle|ils|elles))?\\s+(?:(?:[\\p{Ll}]+|pour sa part|de son côté)\\s+){0,3}?(?:${FR_PARTICIPLES})(?![\\p{L}])`,
  "iu",
);

/** "estime-t-il", "explique-t-elle", "dit-il", "confie t-il": a verb with an inverted pronoun. */
export const FR_INVERTED = new RegExp(
  `(?<![\\p{L}])(?:${FR_FINITE})(?:-t-|-| t-)(il|elle|ils|elles)(?![\\p{L}])`,
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
 * The five patterns with the global flag, compiled once: compiling these long alternations on
 * every call was most of the quote extraction's time. Each is only used through `matchesOf`,
 * which resets `lastIndex` before and after, so no state leaks between calls.
 */
const GLOBAL_PATTERNS: readonly { readonly regex: RegExp; readonly nonFinite: boolean }[] = [
  FR_PERFECT,
  FR_INVERTED,
  FR_FINITE_VERB,
  EN_VERB,
  NON_FINITE_VERB,
].map((pattern) => ({
  regex: new RegExp(pattern.source, "giu"),
  nonFinite: pattern === NON_FINITE_VERB,
}));

/** Every match of a global pattern, as `matchAll` gives them (none of these can match ""). */
function matchesOf(regex: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) matches.push(m);
  regex.lastIndex = 0;
  return matches;
}

/** Every speech verb in `text`, in order. */
export function findSpeechVerbs(text: string): VerbMatch[] {
  const found: VerbMatch[] = [];
  for (const pattern of GLOBAL_PATTERNS) {
    for (const m of matchesOf(pattern.regex, text)) {
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
