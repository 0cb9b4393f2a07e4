import { charClass } from "../../nlp/charClass.js";
import { CLOSE_PAREN, isAsciiLower, isAsciiUpper } from "../../nlp/charCodes.js";
import { isJsWhitespace } from "../../nlp/whitespace.js";
import { isHeadingLike } from "./blocks.js";
import { hasVideoCredit } from "./embeds.js";

/**
 * Web boilerplate, recognised by general rules about how pages are built rather than by the
 * strings of any one site. Each rule names the kind of boilerplate it removes, so tests and
 * `--explain`-style debugging can say why a block went.
 */
export type BoilerplateKind =
  | "share-widget"
  | "related-links"
  | "teaser-link"
  | "photo-credit"
  | "photo-caption"
  | "copyright"
  | "social-embed"
  | "appeal"
  | "page-furniture"
  | "byline";

const SHARE_WORDS =
  /^(?:(?:share|partager|partagez|tweet(?:er)?|e-?mail|envoyer|imprimer|print|copier le lien|copy link|facebook|twitter|x|whatsapp|linkedin|messenger|telegram|reddit|pinterest)(?:\s+(?:post|this|cet article|l'article|l’article|this article|on|sur))*[\s:|,•·-]*)+$/iu;

/** Headings that open a block of links to other stories or to the site's social accounts. */
const RELATED_HEADING =
  /^(?:stay connected|restez connectés?|suivez-nous|follow us|more updates|more stories|more news|you might also (?:enjoy|like)|you may also like|related(?: stories| articles| posts| content)?|read (?:more|next|also)|à lire aussi|a lire aussi|lire aussi|sur le même sujet|dans la même rubrique|les plus lus|most (?:read|popular|viewed)|recommended(?: for you)?|recommandés? pour vous|voir aussi|see also|plus d['’]actualités|nos dernières actualités|latest news|trending|à la une)\s*:?$/iu;

const TEASER =
  /(?:lire la suite|lire l['’]intégralité|la suite sur|suite de l['’]article|read more|continue reading|keep reading|read the full|en savoir plus|lire l['’]article)/iu;

/** "Source : AP", "Photo : AFP", "Crédit : Reuters" on a line of its own. */
const CREDIT_LINE =
  /^(?:source|sources|crédits?|credits?|photo|photos|image|images|illustration|vidéo|video)\s*:\s*\S.{0,60}$/iu;

/** "EPA/SERGEY DOLZHENKO", "AFP / JOHN DOE": an all-capitals agency/photographer pair alone. */
const CAPS_CREDIT = /^[\p{Lu}][\p{Lu}\s.'’-]*\s*\/\s*[\p{Lu}][\p{Lu}\s.'’-]*$/u;

/** A caption's trailing credit: "… le 7 janvier 2022. ANDRIY DUBCHAK / AP". */
const TRAILING_CAPS_CREDIT =
  /\s[\p{Lu}][\p{Lu}'’.-]+(?:\s+[\p{Lu}][\p{Lu}'’.-]+)*\s*\/\s*[\p{Lu}][\p{L}.-]*(?:\s+[\p{L}.-]+){0,3}$/u;

/** A sentence followed by a bracketed attribution: "… en 2021. (Crédit : Armée israélienne)". */
const TRAILING_BRACKET_CREDIT = /[.!?»"”]\s*\(([^()]{2,90})\)$/u;

/** Wire-agency tags closing a paragraph: "(ATS)", "(AFP)", "(Reuters)". Stripped, not dropped. */
export const WIRE_TAG =
  /(?<=[.!?»"”])\s*\((?:[\p{Lu}]{2,8}(?:[/-][\p{Lu}\p{Ll}]{2,8})?|Reuters|Belga|Keystone-ATS)\)\s*$/u;

/**
 * `text` without its closing wire tag (WIRE_TAG replaced by ""). The tag ends in ")" and
 * whitespace only, so text whose last visible character is anything else skips the search.
 */
export function stripWireTag(text: string): string {
  let end = text.length - 1;
  while (end >= 0 && isJsWhitespace(text.charCodeAt(end))) end--;
  return text.charCodeAt(end) === CLOSE_PAREN ? text.replace(WIRE_TAG, "") : text;
}

const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b|tous droits réservés|all rights reserved/iu;
const REPORTING_CREDIT =
  /^(?:avec|with)\s+(?:des\s+)?(?:rapports?|reporting|agences?|contributions? de)\b/iu;

const SOCIAL_EMBED =
  /pic\.twitter\.com|(?:twitter|x|instagram|facebook|tiktok|youtube)\.com\/|\bt\.co\/|\(@\w{1,15}\)|intégrer un tweet|embed(?:ded)? tweet|view this post on|voir cette publication/iu;
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/**
 * Pieces one of SOCIAL_EMBED's branches always contains, lowercased and without "s" or "k"
 * (under /iu "ſ" also matches "s" and the Kelvin sign "k", which lowercasing does not map).
 * A block without any of them cannot match, and most blocks skip the regular expression.
 */
const SOCIAL_EMBED_PIECES = [".co", "(@", "tweet", "view thi", "voir cette publication"];

function mayBeSocialEmbed(block: string): boolean {
  const lower = block.toLowerCase();
  return SOCIAL_EMBED_PIECES.some((piece) => lower.includes(piece));
}

/** SOCIAL_EMBED.test, with the cheap filter first. */
export function hasSocialEmbedLink(block: string): boolean {
  return mayBeSocialEmbed(block) && SOCIAL_EMBED.test(block);
}

/** Calls to subscribe, register, donate or "support our journalism". */
const APPEAL =
  /(?<![\p{L}\p{N}])(?:abonnez-vous|en vous abonnant|abonnement|abonnez|inscrivez-vous|s['’]inscrire|subscribe|subscription|newsletter|soutenez-nous|soutenir notre|support us|support our|faire un don|donate|donation|vos contributions|your contributions?|vous nous aiderez|help us|nous aider à|journalisme de qualité|quality journalism|independent journalism|journalisme indépendant)(?![\p{L}\p{N}])/iu;

/**
 * APPEAL's alternatives without its look-arounds, as a plain case-insensitive regular
 * expression: several times cheaper than the Unicode one, and it matches whenever APPEAL does.
 * Without the u flag only ASCII case pairs match, so every "s" is written [sſ] ("ſ" matches "s"
 * under /iu; no alternative has a "k"), and each alternative stops before its first non-ASCII
 * character.
 */
const APPEAL_FILTER =
  /abonnez-vou[sſ]|en vou[sſ] abonnant|abonnement|abonnez|in[sſ]crivez-vou[sſ]|[sſ]['’]in[sſ]crire|[sſ]ub[sſ]cribe|[sſ]ub[sſ]cription|new[sſ]letter|[sſ]outenez-nou[sſ]|[sſ]outenir notre|[sſ]upport u[sſ]|[sſ]upport our|faire un don|donate|donation|vo[sſ] contribution[sſ]|your contribution|vou[sſ] nou[sſ] aiderez|help u[sſ]|nou[sſ] aider |journali[sſ]me de qualit|quality journali[sſ]m|independent journali[sſ]m|journali[sſ]me ind/i;

/** APPEAL.test, with the cheap filter first. */
export function isAppeal(text: string): boolean {
  return APPEAL_FILTER.test(text) && APPEAL.test(text);
}

/** "Par Jean Dupont", "By Jane Doe and John Roe, Reuters", "Par Marie Martin, envoyée spéciale à Kiev". */
const BYLINE =
  /^(?:[Pp]ar|[Bb]y|[Dd]e notre (?:envoyée?|correspondante?) (?:spéciale? )?(?:à|au|en) [\p{L} -]+,?)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}(?:\s+(?:et|and)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})?(?:\s*[,–—|-]\s*[^.!?]{0,60})?$/u;

/** Classifies one block; null means it is content (prose or a heading). */
export function classifyBlock(block: string): BoilerplateKind | null {
  if (block.length <= 120 && BYLINE.test(block)) return "byline";
  if (SHARE_WORDS.test(block)) return "share-widget";
  if (RELATED_HEADING.test(block)) return "related-links";
  if (block.length <= 120 && TEASER.test(block)) return "teaser-link";
  if (CREDIT_LINE.test(block) || CAPS_CREDIT.test(block)) return "photo-credit";
  if (block.length <= 250 && (COPYRIGHT.test(block) || REPORTING_CREDIT.test(block))) {
    return "copyright";
  }
  if (hasSocialEmbedLink(block) || PICTOGRAPH.test(block) || hasVideoCredit(block)) {
    return "social-embed";
  }
  if (isCaption(block)) return "photo-caption";
  if (block.length <= 300 && isAppeal(block)) return "appeal";
  return null;
}

function isCaption(block: string): boolean {
  if (block.length > 450) return false;
  const withoutWire = stripWireTag(block);
  if (withoutWire !== block) return false;
  if (TRAILING_CAPS_CREDIT.test(block)) return true;
  const bracket = TRAILING_BRACKET_CREDIT.exec(block);
  // A bracket after the final full stop that is itself not a sentence is an attribution.
  return bracket?.[1] !== undefined && !/[.!?]$/.test(bracket[1].trim());
}

/** True for a sentence that is a call to subscribe/donate or a shouted call to action. */
export function isBoilerplateSentence(sentence: string): boolean {
  return isAppeal(sentence) || isShouted(sentence);
}

/**
 * "INSCRIVEZ-VOUS MAINTENANT GALERIE DE PHOTOS (CLIQUEZ POUR AGRANDIR)": mostly capitals.
 * Prose gives up early: once even capitals in every remaining code unit could not lift the share
 * of capitals past 2/3 (below the 0.7 asked), the answer is already no.
 */
function isShouted(sentence: string): boolean {
  let letters = 0;
  let upper = 0;
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    const code = sentence.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
    // ASCII answered by its code, the rest by Unicode properties (the hot path is prose).
    if (code < 0x80) {
      if (isAsciiUpper(code)) {
        letters++;
        upper++;
      } else if (isAsciiLower(code)) {
        letters++;
        if (upper + (n - i) < 2 * (letters - upper)) return false;
      }
    } else if (LETTER.hasCodePoint(code)) {
      letters++;
      if (UPPERCASE_LETTER.hasCodePoint(code)) upper++;
    }
  }
  if (letters < 12) return false;
  return upper / letters > 0.7 && sentence.split(/\s+/).length >= 3;
}

const LETTER = charClass(/^\p{L}$/u);
const UPPERCASE_LETTER = charClass(/^\p{Lu}$/u);

export interface ClassifiedBlock {
  readonly text: string;
  readonly boilerplate: BoilerplateKind | null;
}

/**
 * Classifies every block, then widens the boilerplate to what surrounds it on a page:
 * after a "related stories" heading, the headline links that follow it; around an appeal or a
 * sharing widget, the short unpunctuated lines of the same box ("Soutenez-nous maintenant").
 */
export function classifyBlocks(blocks: readonly string[]): ClassifiedBlock[] {
  const kinds = blocks.map(classifyBlock);
  for (let i = 0; i < blocks.length; i++) {
    if (kinds[i] !== "related-links") continue;
    for (
      let j = i + 1;
      j < blocks.length && kinds[j] === null && isLinkLike(blocks[j] ?? "");
      j++
    ) {
      kinds[j] = "related-links";
    }
  }
  // A one-sentence block right above a credit line ("Source : AP") is the photo's caption.
  for (let i = 1; i < blocks.length; i++) {
    if (
      kinds[i] === "photo-credit" &&
      kinds[i - 1] === null &&
      isCaptionLike(blocks[i - 1] ?? "")
    ) {
      kinds[i - 1] = "photo-caption";
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < blocks.length; i++) {
      if (kinds[i] !== null || !isBoxFragment(blocks[i] ?? "")) continue;
      const neighbour = [kinds[i - 1], kinds[i + 1]].find(
        (k) => k === "appeal" || k === "share-widget" || k === "related-links",
      );
      if (neighbour) {
        kinds[i] = neighbour === "appeal" ? "appeal" : "page-furniture";
        changed = true;
      }
    }
  }
  return blocks.map((text, i) => ({ text, boilerplate: kinds[i] ?? null }));
}

/** Short, one sentence, no quotation: what a caption looks like. */
function isCaptionLike(block: string): boolean {
  return block.length <= 250 && !/[«»"“”]/u.test(block) && !/[.!?]\s+\p{Lu}/u.test(block);
}

/** A headline-like line: what a list of links to other stories is made of. */
function isLinkLike(block: string): boolean {
  return isHeadingLike(block) || (block.length <= 160 && !/[.!?]$/.test(block));
}

/** A short line without final punctuation: a label, button or tagline inside a page box. */
function isBoxFragment(block: string): boolean {
  return block.length <= 80 && !/[.!?»"”]$/u.test(block);
}
