import type { CorpusIndex } from "../src/index/corpusIndex.js";
import { foldDiacritics } from "../src/nlp/index.js";
import { resolveName } from "../src/officials/resolveName.js";

/** The hand-made gold set: every direct quote of a corpus with its speaker, and name variants. */
export interface GoldSet {
  readonly quotes: readonly { article: string; quote: string; speaker: string | null }[];
  readonly names: Readonly<
    Record<string, { occurring: readonly string[]; queries: readonly string[] }>
  >;
  readonly ambiguous: Readonly<Record<string, readonly string[]>>;
  readonly notOfficials: readonly string[];
}

export interface PrecisionRecall {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
}

export interface QuoteScores {
  /** (speaker, quote) pairs: a predicted attribution is right when the gold gives that speaker. */
  readonly attribution: PrecisionRecall;
  /** Name resolution: gold name variants and queries must resolve to their person, others to nobody. */
  readonly names: PrecisionRecall;
  /** Share of the corpus's name spellings found as mentions of the right person. */
  readonly mentionRecall: number;
  readonly quotesFound: number;
  readonly goldQuotes: number;
  readonly errors: readonly string[];
}

function key(text: string): string {
  return foldDiacritics(text.toLowerCase()).replace(/[^a-z0-9]+/g, "");
}

function pr(tp: number, fp: number, fn: number): PrecisionRecall {
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/**
 * Scores the index's direct quotes and name resolution against a gold set. A predicted quote
 * matches a gold quote of the same article when one's normalised text starts with the other's
 * (gold keeps only the first characters). Each gold quote is matched at most once.
 */
export function scoreQuotes(index: CorpusIndex, gold: GoldSet): QuoteScores {
  const errors: string[] = [];
  const predicted = index.officials.statements.filter((s) => s.kind === "direct");
  const used = new Set<number>();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let found = 0;
  gold.quotes.forEach((g) => {
    const gk = key(g.quote);
    const i = predicted.findIndex(
      (p, j) =>
        !used.has(j) &&
        p.articleId === g.article &&
        (key(p.text).startsWith(gk) || gk.startsWith(key(p.text))),
    );
    const p = predicted[i];
    if (p) {
      used.add(i);
      found++;
    }
    const said = p?.speakerId ?? null;
    if (g.speaker !== null && said === g.speaker) tp++;
    else {
      if (said !== null) {
        fp++;
        errors.push(`wrong speaker ${said} (gold ${g.speaker ?? "none"}): ${g.quote}`);
      }
      if (g.speaker !== null) {
        fn++;
        if (said === null)
          errors.push(`${p ? "unattributed" : "missed"} (gold ${g.speaker}): ${g.quote}`);
      }
    }
  });
  predicted.forEach((p, j) => {
    if (!used.has(j) && p.speakerId !== null) {
      fp++;
      errors.push(`not in gold, attributed to ${p.speakerId}: ${p.text.slice(0, 50)}`);
    }
  });

  let ntp = 0;
  let nfp = 0;
  let nfn = 0;
  let occurring = 0;
  let occurringFound = 0;
  for (const [personId, variants] of Object.entries(gold.names)) {
    for (const query of [...variants.occurring, ...variants.queries]) {
      const r = resolveName(query, index.officials.matcher);
      if (r.ok && r.person.id === personId) ntp++;
      else if (r.ok) {
        nfp++;
        nfn++;
        errors.push(`name '${query}' resolved to ${r.person.id}, not ${personId}`);
      } else {
        nfn++;
        errors.push(`name '${query}' not resolved (${r.reason}), expected ${personId}`);
      }
    }
    const spellings = new Set((index.officials.mentions.get(personId) ?? []).map((m) => m.surface));
    for (const spelling of variants.occurring) {
      occurring++;
      if (spellings.has(spelling)) occurringFound++;
      else errors.push(`mention '${spelling}' of ${personId} not found in the corpus`);
    }
  }
  for (const [query, ids] of Object.entries(gold.ambiguous)) {
    const r = resolveName(query, index.officials.matcher);
    const got = r.ok
      ? [r.person.id]
      : r.reason === "ambiguous"
        ? r.candidates.map((c) => c.id)
        : [];
    if (!r.ok && r.reason === "ambiguous" && [...got].sort().join() === [...ids].sort().join())
      ntp++;
    else {
      nfn++;
      if (r.ok) nfp++;
      errors.push(
        `'${query}' should be ambiguous between ${ids.join(", ")}, got ${got.join(", ") || "nothing"}`,
      );
    }
  }
  for (const name of gold.notOfficials) {
    const r = resolveName(name, index.officials.matcher);
    if (r.ok) {
      nfp++;
      errors.push(`'${name}' is not an official but resolved to ${r.person.id}`);
    }
  }
  return {
    attribution: pr(tp, fp, fn),
    names: pr(ntp, nfp, nfn),
    mentionRecall: occurring === 0 ? 1 : occurringFound / occurring,
    quotesFound: found,
    goldQuotes: gold.quotes.length,
    errors,
  };
}
