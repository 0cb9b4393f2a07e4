/**
 * The gender an attribution clause tells of someone it introduces without a name: "», lâche un
 * voisin" a man, "», raconte à la radio une habitante" a woman; null otherwise. A definite
 * description ("», précise le chauffeur de bus") takes up someone the article has named, "dans
 * un communiqué" is no speaker, and "un peu" no noun.
 */
export function unnamedSpeakerGender(clause: string): "m" | "f" | null {
  const np =
    /(?:^|[\s,])(?<!(?:dans|par|à|sur|pour|avec|lors|via|selon|de|d['’]|en|sous|chez|contre|vers|après|avant|devant)\s+)(un|une)\s+(?!peu(?![\p{L}]))\p{Ll}/u.exec(
      clause.slice(0, 80),
    );
  if (!np?.[1]) return null;
  return np[1] === "une" ? "f" : "m";
}

/** The gender of a hyphenated subject pronoun in an attribution clause ("», ajoute-t-il"). */
export function hyphenatedPronounGender(clause: string): "m" | "f" | null {
  const hyphen = /^[^«»"“”]{0,40}?-(?:t-)?(il|elle)(?![\p{L}])/u.exec(clause);
  if (!hyphen?.[1]) return null;
  return hyphen[1] === "elle" ? "f" : "m";
}
