/**
 * `npm run build && node dist/bench/personNouns.js [--corpus <orangesum-news.jsonl.gz>]`
 *
 * Writes src/officials/personNouns.ts: the nouns of people ("animateur", "pédopsychiatre",
 * "chauffeur") that the shared corpus (34,025 French articles of 2017–2020) shows as such, so
 * that a small corpus — a user's folder of a dozen articles — reads "a reconnu le nouvel
 * animateur de M6" as a person speaking, as a big one does from its own statistics
 * (`GenderedNouns`). A noun is listed when the corpus writes it, or one of its forms of the other
 * gender, after both a masculine and a feminine determiner (`namesPeople`: "un animateur", "une
 * animatrice") at least `MIN_EACH_GENDER` times each, and right before a full name opening on a
 * given name ("l'animateur Thierry Ardisson") at least `MIN_BEFORE_NAMES` times: nouns of things
 * that happen to have a form of each gender ("le port" / "la porte") are not written before
 * people's names. The annotated articles of bench/gold/quotes are left out of the counts. Run
 * offline once; the engine and the tests read only the written list.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { packageRoot } from "../src/config/paths.js";
import { isStopword } from "../src/nlp/stopwords.js";
import { forms, GenderedNouns, genderedNounsOf } from "../src/officials/genderedNouns.js";
import { loadRealGold } from "./gold/realGold.js";
import { readSharedCorpus, SHARED_CORPUS } from "./gold/sharedCorpus.js";

const MIN_EACH_GENDER = 3;
const MIN_BEFORE_NAMES = 5;
/**
 * The rarer gender's share of a noun's uses: "le communiqué" 3,631 times against 4 "la
 * communiquée", "le quotidien" 2,867 against 25 — slips, not a noun of both genders.
 */
const MIN_OTHER_GENDER = 0.02;
/** Uses before a name of the other gender's form, when spelled otherwise. */
const MIN_OTHER_BEFORE_NAMES = 2;
/**
 * The share of a noun's uses written right before a full name: 1.5 % or more for nouns of
 * people ("le ministre" 2 %, "l'animateur" 57 %), well under 1 % for things that a given name
 * happens to follow now and then ("la place", "le prix", "la capitale").
 */
const MIN_BEFORE_NAME_SHARE = 0.015;
/** Adjectives written before a noun, taken for one before a name ("le célèbre Johnny …"). */
const PRE_NOMINAL =
  /^(?:petit|petite|grand|grande|célèbre|jeune|futur|future|premier|première|prochain|prochaine|superbe|remarquable|légendaire|certain|certaine|nouveau|nouvelle|ancien|ancienne|seul|seule|vieux|vieille)$/u;

const { values } = parseArgs({ options: { corpus: { type: "string", default: SHARED_CORPUS } } });
const corpus = values.corpus ?? SHARED_CORPUS;
if (!existsSync(corpus)) {
  console.log(
    `personNouns: skipped — the shared corpus ${corpus} is not here (pass --corpus <orangesum-news.jsonl.gz>)`,
  );
  process.exit(0);
}
const gold = new Set(
  (await loadRealGold(join(packageRoot(), "bench", "gold", "quotes"))).map((g) => g.id),
);
const nouns = new GenderedNouns();
let articles = 0;
for await (const a of readSharedCorpus(corpus)) {
  if (gold.has(a.id)) continue;
  articles++;
  for (const sentence of `${a.title}. ${a.text}`.split(/(?<=[.!?»"])\s+(?=[\p{Lu}«"])/u)) {
    nouns.add(genderedNounsOf(sentence));
  }
}
const before = new Map(nouns.counts().map((c) => [c.noun, c.beforeNames]));
const listed = nouns
  .counts()
  .filter((c) => {
    const { masculine, feminine } = nouns.pairCounts(c.noun);
    const seen = masculine + feminine;
    return (
      c.beforeNames >= MIN_BEFORE_NAMES &&
      Math.min(masculine, feminine) >= Math.max(MIN_EACH_GENDER, MIN_OTHER_GENDER * seen) &&
      c.beforeNames >= MIN_BEFORE_NAME_SHARE * seen &&
      !PRE_NOMINAL.test(c.noun) &&
      otherGenderBeforeNames(c.noun) &&
      !isStopword(c.noun, "fr")
    );
  })
  .sort((a, b) => b.beforeNames - a.beforeNames || a.noun.localeCompare(b.noun));
if (process.env.PERSON_NOUNS_DEBUG) {
  for (const c of listed) {
    const p = nouns.pairCounts(c.noun);
    console.log(
      c.noun,
      c.beforeNames,
      p.masculine,
      p.feminine,
      (c.beforeNames / (p.masculine + p.feminine)).toFixed(3),
    );
  }
}
/**
 * A noun with a form of the other gender spelled otherwise must have that form before a name too
 * ("l'animatrice Faustine Bollaert" beside "l'animateur …"): "le parti Europe Écologie" has no
 * "la partie X".
 */
function otherGenderBeforeNames(noun: string): boolean {
  const { masculine, feminine } = forms(noun);
  const other = (masculine.length > 1 ? masculine : feminine).filter((f) => f !== noun);
  const seen = other.filter((f) => nouns.uses(f) >= MIN_EACH_GENDER);
  if (process.env.PERSON_NOUNS_DEBUG)
    console.log("#", noun, seen.map((f) => `${f}:${before.get(f) ?? 0}`).join(" "));
  return seen.length === 0 || seen.some((f) => (before.get(f) ?? 0) >= MIN_OTHER_BEFORE_NAMES);
}
const file = join(packageRoot(), "src", "officials", "personNouns.ts");
await writeFile(
  file,
  `// Generated by bench/personNouns.ts from ${articles} articles of general French news (the shared
// orangesum-news corpus, the annotated articles of bench/gold/quotes left out): the ${listed.length} nouns
// written after determiners of both genders (${MIN_EACH_GENDER}+ times each) and before a person's full name
// (${MIN_BEFORE_NAMES}+ times), with that last count. Do not edit by hand.

/** Nouns of people the shared corpus shows as such ("animateur", "pédopsychiatre"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
${listed.map((c) => `  "${c.noun}", // ${c.beforeNames}`).join("\n")}
]);
`,
);
console.log(`personNouns: ${listed.length} nouns from ${articles} articles → ${file}`);
