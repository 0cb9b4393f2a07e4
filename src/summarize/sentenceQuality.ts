import {
  LEFT_DOUBLE_QUOTE,
  LEFT_GUILLEMET,
  QUOTATION_MARK,
  RIGHT_DOUBLE_QUOTE,
  RIGHT_GUILLEMET,
} from "../nlp/charCodes.js";
import { splitPieceCount } from "../nlp/whitespace.js";

/**
 * Whether a sentence can stand alone in a briefing: it starts like a sentence (capital letter,
 * digit or opening quote), ends like one, and is neither a fragment nor a wall of text. Fragments
 * left by broken page extraction ("parce que ses occupants…", ", plus de capacités. »") fail.
 */
export function isStandaloneSentence(display: string): boolean {
  const words = splitPieceCount(display);
  if (words < 6 || words > 80) return false;
  if (!/^[\p{Lu}\p{N}«"“'‘(]/u.test(display)) return false;
  return endsLikeSentence(display);
}

/** Ends on terminal punctuation, possibly followed by closing quotes or brackets. */
function endsLikeSentence(display: string): boolean {
  return /[.!?…](?:\s*[»"”’')\]])*$/u.test(display);
}

/** A sentence from its first word: the opening quotation marks left out. */
function opening(display: string): string {
  return display.replace(/^[«"“\s]+/u, "");
}

/**
 * Sentences opening on a pronoun or demonstrative that points back ("Il a ajouté…", "Cela s'est
 * produit…", "He also noted…") read badly out of context; rankers give them a lower prior.
 */
export function startsWithAnaphora(display: string): boolean {
  return /^(?:il|elle|ils|elles|cela|ceci|ça|celui-ci|celle-ci|ces|he|she|it|they|this|these|those|that)(?![\p{L}\p{N}'’-])/iu.test(
    opening(display),
  );
}

const IMPERSONAL_START =
  /^(?:il\s+(?:y\s+a(?:vait|ura)?|faut|fallait|faudra(?:it)?|s['’]agit|s['’]agissait|semble|semblait|reste|restait|importe|convient|suffit|suffirait|paraît|(?:est|était|serait|sera)\s+(?:\p{L}+\s+)?(?:bon|temps|important|essentiel|nécessaire|possible|impossible|difficile|clair|urgent|vrai|évident|question|hors\s+de\s+question))|it\s+(?:is|was|would\s+be|will\s+be)\s+(?:\p{L}+\s+)?(?:time|important|essential|necessary|possible|impossible|difficult|clear|urgent|true|good))(?![\p{L}\p{N}])/iu;

/**
 * Sentences that open on an impersonal "il"/"it" ("Il faut…", "Il y a…", "Il serait bon
 * que…", "It is time…"): the pronoun points back to nothing.
 */
export function startsImpersonal(display: string): boolean {
  return IMPERSONAL_START.test(opening(display));
}

/** Connectives that tie a sentence to the one before it, French and English. */
const DANGLING_CONNECTIVES = [
  "mais",
  "cependant",
  "pourtant",
  "toutefois",
  "néanmoins",
  "en revanche",
  "par ailleurs",
  "de plus",
  "en outre",
  "d'ailleurs",
  "d’ailleurs",
  "en effet",
  "ainsi(?!\\s+qu)",
  "donc",
  "alors(?!\\s+qu)",
  "puis",
  "enfin",
  "aussi",
  "or",
  "car",
  "et",
  "sinon",
  "quant à",
  "de son côté",
  "de leur côté",
  "du coup",
  "but",
  "however",
  "also",
  "moreover",
  "furthermore",
  "meanwhile",
  "nevertheless",
  "still",
  "yet",
  "and",
  "so",
  "thus",
  "therefore",
  "instead",
  "besides",
];
const CONNECTIVE_START = new RegExp(
  `^(?:${DANGLING_CONNECTIVES.join("|")})(?![\\p{L}\\p{N}'’-])`,
  "iu",
);
/** A pronoun pointing back followed by "also" ("He also said", "Il a également rappelé"). */
const PRONOUN_ALSO =
  /^(?:il|elle|ils|elles|on|he|she|they|it)(?:\s+(?:a|ont|avait|avaient|est|sont|has|had|was|were))?\s+(?:aussi|également|encore|also)(?![\p{L}\p{N}])/iu;

/**
 * Sentences that start on a connective pointing back ("Mais…", "Cependant,…", "He also…"): out
 * of context they leave the reader asking "but what?". The eval counts them; rankers lower them.
 */
export function startsWithConnective(display: string): boolean {
  const start = opening(display);
  return CONNECTIVE_START.test(start) || PRONOUN_ALSO.test(start);
}

/**
 * Whether the quotation marks of a sentence do not pair up: an odd number of straight double
 * quotes, or different numbers of « and », or of “ and ”.
 */
export function hasUnmatchedQuote(display: string): boolean {
  // One pass counting the six marks (splitting the text once per mark cost six passes).
  let straight = 0;
  let guillemets = 0; // « minus »
  let curly = 0; // “ minus ”
  for (let i = 0; i < display.length; i++) {
    const unit = display.charCodeAt(i);
    if (unit === QUOTATION_MARK) straight++;
    else if (unit === LEFT_GUILLEMET) guillemets++;
    else if (unit === RIGHT_GUILLEMET) guillemets--;
    else if (unit === LEFT_DOUBLE_QUOTE) curly++;
    else if (unit === RIGHT_DOUBLE_QUOTE) curly--;
  }
  return straight % 2 === 1 || guillemets !== 0 || curly !== 0;
}

/**
 * Whether a sentence was cut: it starts in lowercase or on punctuation that continues a sentence,
 * or it does not end on terminal punctuation.
 */
export function isCutSentence(display: string): boolean {
  if (/^[\p{Ll},;:)\]]/u.test(display)) return true;
  return !endsLikeSentence(display);
}
