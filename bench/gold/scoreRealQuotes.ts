/** What the scorer reads of an index: people, their mentions and the statements. */

import type { MentionRef } from "../../src/index/buildOfficialsIndex.js";
import type { DatedRole } from "../../src/officials/articleRoles.js";
import { significantWords } from "../../src/officials/nameKey.js";
import type { Person } from "../../src/officials/person.js";
import { roleAt } from "../../src/officials/roleAt.js";
import type { Statement } from "../../src/quotes/statement.js";
import type { GoldArticle, GoldEntity } from "./realGold.js";

export interface PeopleAndQuotes {
  readonly byId: ReadonlyMap<string, Person>;
  readonly statements: readonly Statement[];
  readonly mentions: ReadonlyMap<string, readonly MentionRef[]>;
  readonly roles: ReadonlyMap<string, readonly DatedRole[]>;
}

export interface Ratio {
  readonly hit: number;
  readonly of: number;
}

/** Scores of one half of the gold set; each figure is a count over that half's articles. */
export interface RealQuoteScores {
  readonly articles: number;
  /** Gold quotes found among the direct statements. */
  readonly quoteRecall: Ratio;
  /**
   * Direct statements of three words or more that are gold quotes: the annotation rules count a
   * quoted word or two-word phrase ("« ignobles »", "« gilets jaunes »") as no quote, so the
   * engine's quoted terms of that size are neither right nor wrong here.
   */
  readonly quotePrecision: Ratio;
  /** Every direct statement, quoted terms of one or two words included, that is a gold quote. */
  readonly quotePrecisionAllSpans: Ratio;
  /** Found quotes credited as a reader credits them (a person, or nobody for the rest). */
  readonly attribution: Ratio;
  /** The same, over found quotes whose gold speaker is a person. */
  readonly personAttribution: Ratio;
  /** Gold statements (reported speech) found, and credited to their speaker. */
  readonly statementRecall: Ratio;
  readonly statementAttribution: Ratio;
  /** People the engine lists in these articles that the gold set types as a person. */
  readonly personPrecision: Ratio;
  /** The non-people among them with two or more mentions in the half. */
  readonly nonPeopleWithTwoMentions: readonly string[];
  /** Variants of a gold person found as mentions of the same engine person as its main form. */
  readonly variantsMerged: Ratio;
  /** Gold roles of people found, given by the engine (the same phrase, accents and case aside). */
  readonly roleAccuracy: Ratio;
  /** Engine roles of these people that end in a preposition or article (cut mid-phrase). */
  readonly cutRoles: readonly string[];
  readonly errors: readonly string[];
}

/** Words of a quotation as the annotation rules count them: runs holding a letter. */
function quoteWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
}

/** Lower-case letters and digits only: how quote texts and names are compared. */
export function textKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

function nameKeyOf(text: string): string {
  return significantWords(text).join(" ");
}

/** A predicted text and a gold text are the same quotation when one holds the other's start. */
function sameQuote(predicted: string, gold: string): boolean {
  const p = textKey(predicted);
  const g = textKey(gold).slice(0, 30);
  if (g.length === 0 || p.length === 0) return false;
  return p.includes(g) || (p.length >= 12 && g.startsWith(p));
}

const CUT_ENDING =
  /(?:^|\s)(?:de|du|des|d'|d’|l'|l’|la|le|les|sous|à|au|aux|en|et|pour|par|sur|avec|of|the)$/i;

function ratio(hit: number, of: number): Ratio {
  return { hit, of };
}

/**
 * The gold entity a person of the engine designates in one article: the entity one of whose
 * variants is one of the person's mention surfaces there, else one whose variant is the person's
 * name; null when the article names nothing by that person's names.
 */
function entityOf(
  person: Person,
  surfaces: readonly string[],
  gold: GoldArticle,
): GoldEntity | null {
  const keys = new Set([...surfaces, person.name, ...person.aliases].map(nameKeyOf));
  const hits = gold.entities.filter((e) => e.variants.some((v) => keys.has(nameKeyOf(v))));
  return hits.find((e) => e.type === "person") ?? hits[0] ?? null;
}

/** Scores the engine's quotes, people, variants and roles on the annotated articles. */
export function scoreRealQuotes(
  index: PeopleAndQuotes,
  gold: readonly GoldArticle[],
): RealQuoteScores {
  const errors: string[] = [];
  const goldIds = new Set(gold.map((g) => g.id));
  const statementsOf = new Map<string, Statement[]>();
  for (const s of index.statements) {
    if (!goldIds.has(s.articleId)) continue;
    const list = statementsOf.get(s.articleId) ?? [];
    list.push(s);
    statementsOf.set(s.articleId, list);
  }
  // Person id → surfaces of its mentions, per gold article.
  const surfacesIn = new Map<string, Map<string, string[]>>();
  for (const [personId, refs] of index.mentions) {
    for (const ref of refs) {
      if (!goldIds.has(ref.articleId)) continue;
      const byPerson = surfacesIn.get(ref.articleId) ?? new Map<string, string[]>();
      const list = byPerson.get(personId) ?? [];
      list.push(ref.surface);
      byPerson.set(personId, list);
      surfacesIn.set(ref.articleId, byPerson);
    }
  }

  let qFound = 0;
  let qGold = 0;
  let qPredicted = 0;
  let qPredictedLong = 0;
  let qPredictedRight = 0;
  let attrRight = 0;
  let personQuotes = 0;
  let personRight = 0;
  let sFound = 0;
  let sGold = 0;
  let sRight = 0;
  let peopleListed = 0;
  let peopleRight = 0;
  const nonPeople: string[] = [];
  let variants = 0;
  let variantsMerged = 0;
  let roles = 0;
  let rolesRight = 0;
  const cutRoles: string[] = [];

  for (const g of gold) {
    const predicted = (statementsOf.get(g.id) ?? []).filter((s) => s.kind === "direct");
    const reported = (statementsOf.get(g.id) ?? []).filter((s) => s.kind === "indirect");
    const people = surfacesIn.get(g.id) ?? new Map<string, string[]>();
    const entityOfPerson = (id: string | null): GoldEntity | null => {
      if (id === null) return null;
      const person = index.byId.get(id);
      return person ? entityOf(person, people.get(id) ?? [], g) : null;
    };
    const entityByName = new Map(g.entities.map((e) => [e.name, e]));
    const speakerName = (id: string | null) =>
      id === null ? "nobody" : (index.byId.get(id)?.name ?? id);

    // Quotes: each gold quote matched at most once, in reading order.
    const used = new Set<number>();
    for (const q of g.quotes) {
      qGold++;
      const i = predicted.findIndex((p, j) => !used.has(j) && sameQuote(p.text, q.text));
      const p = predicted[i];
      const goldSpeaker = q.speaker === null ? null : (entityByName.get(q.speaker) ?? null);
      if (!p) {
        errors.push(`${g.id}: missed quote (${q.speaker ?? "unattributed"}): ${q.text}`);
        continue;
      }
      used.add(i);
      qFound++;
      const credited = entityOfPerson(p.speakerId);
      const right =
        goldSpeaker?.type === "person"
          ? credited?.name === goldSpeaker.name
          : p.speakerId === null || credited === goldSpeaker;
      if (right) attrRight++;
      else {
        errors.push(
          `${g.id}: quote credited to ${speakerName(p.speakerId)} (${p.attribution}), gold ${q.speaker ?? "unattributed"}${goldSpeaker?.type === "person" && ![...people.keys()].some((id) => entityOfPerson(id) === goldSpeaker) ? " [not a person of the engine here]" : ""}: ${q.text}`,
        );
      }
      if (goldSpeaker?.type === "person") {
        personQuotes++;
        if (right) personRight++;
      }
    }
    qPredicted += predicted.length;
    qPredictedLong += predicted.filter((p, j) => used.has(j) || quoteWords(p.text) >= 3).length;
    qPredictedRight += used.size;
    predicted.forEach((p, j) => {
      if (!used.has(j)) errors.push(`${g.id}: not a gold quote: ${p.text.slice(0, 70)}`);
    });

    // Reported statements.
    const usedS = new Set<number>();
    for (const s of g.statements) {
      sGold++;
      const i = reported.findIndex((p, j) => !usedS.has(j) && sameQuote(p.text, s.text));
      const p = reported[i];
      if (!p) continue;
      usedS.add(i);
      sFound++;
      if (entityOfPerson(p.speakerId)?.name === s.speaker) sRight++;
    }

    // People listed in this article.
    const mainOf = new Map<string, string>();
    for (const [id, surfaces] of people) {
      const person = index.byId.get(id);
      if (!person) continue;
      peopleListed++;
      const e = entityOf(person, surfaces, g);
      if (e?.type === "person") {
        peopleRight++;
        if (!mainOf.has(e.name) || surfaces.length > 1) mainOf.set(e.name, id);
      } else {
        const what = e ? `${e.type} ${e.name}` : "nothing the gold set names";
        errors.push(`${g.id}: listed as a person: ${person.name} (${what})`);
        if (surfaces.length >= 2) nonPeople.push(`${g.id}: ${person.name} (${what})`);
      }
      const shown = roleAt(person, index.roles.get(id), { articleId: g.id, date: null });
      if (shown && CUT_ENDING.test(shown.trim())) cutRoles.push(`${person.name}: ${shown}`);
    }

    // Variants: every form of a gold person found as a mention of the same engine person.
    for (const e of g.entities) {
      if (e.type !== "person") continue;
      const forms = [...new Set(e.variants.map(nameKeyOf))];
      const holders = new Map<string, Set<string>>();
      for (const [id, surfaces] of people) {
        for (const s of surfaces) {
          const k = nameKeyOf(s);
          if (!forms.includes(k)) continue;
          const set = holders.get(k) ?? new Set<string>();
          set.add(id);
          holders.set(k, set);
        }
      }
      const counts = new Map<string, number>();
      for (const ids of holders.values())
        for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
      if (forms.length >= 2) {
        for (const f of forms) {
          variants++;
          const ids = holders.get(f);
          if (main !== undefined && ids?.size === 1 && ids.has(main)) variantsMerged++;
          else
            errors.push(
              `${g.id}: variant '${f}' of ${e.name} not merged (${ids ? [...ids].join(", ") : "not found"})`,
            );
        }
      }
      if (e.role !== null && main !== undefined) {
        roles++;
        const person = index.byId.get(main);
        // The role a reply about this article shows: the article's own, else one of its time.
        const role = person
          ? roleAt(person, index.roles.get(main), { articleId: g.id, date: null })
          : null;
        if (role !== null && textKey(role) === textKey(e.role)) rolesRight++;
        else errors.push(`${g.id}: role of ${e.name}: '${role ?? "none"}', gold '${e.role}'`);
      }
    }
  }
  return {
    articles: gold.length,
    quoteRecall: ratio(qFound, qGold),
    quotePrecision: ratio(qPredictedRight, qPredictedLong),
    quotePrecisionAllSpans: ratio(qPredictedRight, qPredicted),
    attribution: ratio(attrRight, qFound),
    personAttribution: ratio(personRight, personQuotes),
    statementRecall: ratio(sFound, sGold),
    statementAttribution: ratio(sRight, sFound),
    personPrecision: ratio(peopleRight, peopleListed),
    nonPeopleWithTwoMentions: nonPeople,
    variantsMerged: ratio(variantsMerged, variants),
    roleAccuracy: ratio(rolesRight, roles),
    cutRoles,
    errors,
  };
}
