import { escapeRegExp } from "../../util/escapeRegExp.js";
import { ENGLISH_MONTHS, FRENCH_MONTHS } from "./dateline.js";
import { VIDEO_OUTLETS } from "./videoOutlets.js";

/**
 * Social-media embeds inside a block of text: what they are made of, and the prose left once they
 * are taken out. A scraped page often glues an embedded post to the paragraph around it ("…a-t-il
 * déclaré.https://twitter.com/…/status/…Selon …"), so the embed goes and the prose stays; a block
 * that is only an embed leaves nothing that counts as prose.
 */

/** Longest text a tweet can hold: text left beyond this length is more than a tweet. */
export const MAX_TWEET_CHARS = 280;

/**
 * What an embed piece is, which decides how the text around it is read:
 * - "tweet-end" closes a tweet whose text comes just before it (a "— Name (@handle) date" credit,
 *   a pic.twitter.com or t.co link, both written inside the tweet);
 * - "caption-end" closes a video embed whose title comes just before it: "par" and the outlet glued
 *   to the text on both sides ("Que retenir de l'audition ?par BFMTVLes services…");
 * - "post-link" stands for a post whose text is not in the block (a link to a status or a page);
 * - "marker" is the label of an embed ("Intégrer un tweet", "View this post on Instagram"), or a
 *   pictograph: the text around it may be the post's own;
 * - "residue" is what an embed leaves in prose without text of its own: a handle in brackets, an
 *   [EMBED …] shortcode, a tag or the tail of one.
 */
export type EmbedPieceKind = "tweet-end" | "caption-end" | "post-link" | "marker" | "residue";

export interface EmbedPiece {
  readonly start: number;
  readonly end: number;
  readonly kind: EmbedPieceKind;
}

const HANDLE = String.raw`\(@\w{1,15}\)`;
const FRENCH_DATE = String.raw`\d{1,2}(?:er)?\s+(?:${FRENCH_MONTHS.join("|")})\s+\d{4}`;
const ENGLISH_DATE = String.raw`(?:${ENGLISH_MONTHS.join("|")})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`;
/** A dash that opens a credit: an em or en dash, or a hyphen standing alone between spaces. */
const CREDIT_DASH = String.raw`(?:[—–]|(?<!\S)-(?=\s))`;

/** An embedded tweet's credit: "— Jean Dupont (@jdupont) 3 mars 2019", the name optional. */
const EMBED_CREDIT = new RegExp(
  String.raw`(?:${CREDIT_DASH}\s*[^—–()@\n]{1,50}?\s*)?${HANDLE}\s*(?:${FRENCH_DATE}|${ENGLISH_DATE})`,
  "giu",
);

/** Links a tweet carries in its own text: its picture (pic.twitter.com) or a shortened link. */
const TWEET_LINK = /(?<![\w@-])(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/[A-Za-z0-9]{1,10}/giu;

/**
 * A link to a post or page of a social network (pic.twitter.com is a TWEET_LINK). A status link
 * ends at its number; any other at a space, a quote, a bracket or a dash (a word glued after it is
 * given back by `linkEnd`).
 */
const POST_LINK =
  /(?<![\w@-])(?!pic\.twitter\.)(?:https?:\/\/)?(?:[\w-]+\.)*(?:twitter|x|instagram|facebook|tiktok|youtube)\.com\/(?:\w{1,15}\/status(?:es)?\/\d+|[^\s"'<>[\]«»—–]*)/giu;

/**
 * A video embed's credit glued into the text: "par" right after a letter, digit or closing
 * punctuation (written French always puts a space before it), one of the outlets the shared corpus
 * credits that way (`VIDEO_OUTLETS`) with the zero-width spaces and the bullet after it if any,
 * then the next sentence (or a pictograph opening it), glued or after one space, or the end of
 * the block.
 */
const VIDEO_CREDIT = new RegExp(
  String.raw`(?<=[\p{L}\p{N}?!.)])par (?:${outletAlternatives()})[\u200b-\u200d\ufeff]*(?:\s?[*•]\s*)?(?=\s?[\p{Lu}\p{N}"«“\p{Extended_Pictographic}]|\s*$)`,
  "gu",
);

/** The outlets as regular-expression alternatives, longest first ("Le Point Abonnés", "Le Point"). */
function outletAlternatives(): string {
  return [...VIDEO_OUTLETS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
}

/** VIDEO_CREDIT without the g flag, for `test`: no lastIndex carried from one call to the next. */
const HAS_VIDEO_CREDIT = new RegExp(VIDEO_CREDIT.source, "u");

/**
 * "par " glued to a letter, digit or closing punctuation, without the u flag: a cheap filter that
 * matches wherever VIDEO_CREDIT does (its letters as any character outside ASCII, space, quote).
 */
const GLUED_PAR = /(?:[A-Za-z0-9?!.)]|(?![«“’\s])[\u00a1-\uffff])par /;

/** Whether a block holds a video embed's credit glued into its text (`VIDEO_CREDIT`). */
export function hasVideoCredit(block: string): boolean {
  return GLUED_PAR.test(block) && HAS_VIDEO_CREDIT.test(block);
}

const EMBED_MARKER =
  /intégrer un tweet|embed(?:ded)? tweet|view this post on \p{L}+|voir cette publication sur \p{L}+/giu;

/** Pictographs, with the joiners, variation selectors and skin tones that go with them. */
const PICTOGRAPH =
  /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\u{FE0F}|\u{200D}|\p{Emoji_Modifier}|\p{Extended_Pictographic}|\p{Regional_Indicator})*/gu;

/** A handle in brackets, an [EMBED …] shortcode, an HTML tag or an attribute's tail ('lang="fr">'). */
const EMBED_RESIDUE =
  /\(@\w{1,15}\)|\[\/?embed\b[^\]]*\]|<\/?[a-z][^<>]*>|[\w-]+=(?:"[^"<>]*"|'[^'<>]*')\s*\/?>/giu;

/** Every embed piece of `text`, in order, none overlapping (the earlier, then the longer, wins). */
export function findEmbedPieces(text: string): EmbedPiece[] {
  const found: EmbedPiece[] = [];
  const add = (pattern: RegExp, kind: EmbedPieceKind, end = (m: RegExpExecArray) => m[0]) => {
    for (const match of text.matchAll(pattern)) {
      found.push({ start: match.index, end: match.index + end(match).length, kind });
    }
  };
  add(EMBED_CREDIT, "tweet-end");
  add(TWEET_LINK, "tweet-end");
  add(VIDEO_CREDIT, "caption-end");
  add(POST_LINK, "post-link", (m) => linkEnd(m[0]));
  add(EMBED_MARKER, "marker");
  add(PICTOGRAPH, "marker");
  add(EMBED_RESIDUE, "residue");
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: EmbedPiece[] = [];
  for (const piece of found) {
    const last = pieces.at(-1);
    if (last === undefined || piece.start >= last.end) pieces.push(piece);
  }
  return pieces;
}

/**
 * A scraped link with the next sentence glued to it ("…/?type=3&theaterMais pour…") gives back the
 * capitalised word at its end, when the link has a query or a path of two parts or more (a bare
 * profile link, "facebook.com/JeanDupont", keeps its capitals).
 */
function linkEnd(link: string): string {
  const path = link.replace(/^.*?\.com\//u, "");
  if (!path.includes("?") && path.split("/").filter((part) => part !== "").length < 2) return link;
  const glued = /(?<=[\p{Ll}\p{N}=&])\p{Lu}\p{Ll}+$/u.exec(link);
  return glued ? link.slice(0, glued.index) : link;
}

/** A span of text removed as one embed: pieces next to each other, and a tweet's own text. */
interface EmbedRun {
  readonly start: number;
  readonly end: number;
  readonly kinds: ReadonlySet<EmbedPieceKind>;
}

/** What may separate two pieces of one embed: spaces, hashtags, "»>", bullets. */
const BETWEEN_PIECES = /^(?:\s|#[\p{L}\p{N}_]+|>+|[:•|-])*$/u;

/** A sentence's end: its punctuation, then a space or a capital (sentences glued without one). */
const SENTENCE_END = /[.!?…]+["»”)]?(?:\s+|(?=[\p{Lu}"«“]))/gu;

/** The pieces grouped into runs; a run closing a tweet reaches back to the start of its sentence. */
function embedRuns(text: string, pieces: readonly EmbedPiece[]): EmbedRun[] {
  const groups: EmbedPiece[][] = [];
  for (const piece of pieces) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group && last && BETWEEN_PIECES.test(text.slice(last.end, piece.start))) group.push(piece);
    else groups.push([piece]);
  }
  const runs: EmbedRun[] = [];
  for (const group of groups) {
    const first = group[0] as EmbedPiece;
    const kinds = new Set(group.map((p) => p.kind));
    const end = (group.at(-1) as EmbedPiece).end;
    const floor = runs.at(-1)?.end ?? 0;
    const start =
      kinds.has("tweet-end") || kinds.has("caption-end")
        ? tweetStart(text, first.start, floor)
        : first.start;
    runs.push({ start, end, kinds });
  }
  return runs;
}

/**
 * Where the text of a tweet closed at `before` starts: after the last sentence end at most
 * `MAX_TWEET_CHARS` before it, or at `floor` (the block's start or the previous embed's end) when
 * that is within reach. With no sentence start in reach the tweet's text is left alone.
 */
function tweetStart(text: string, before: number, floor: number): number {
  const from = Math.max(floor, before - MAX_TWEET_CHARS);
  let start = from === floor ? floor : before;
  for (const match of text.slice(from, before).matchAll(SENTENCE_END)) {
    start = from + match.index + match[0].length;
  }
  return start;
}

/** `text` without the runs, each replaced by a space, with the spacing tidied. */
function withoutRuns(text: string, runs: readonly EmbedRun[]): string {
  let out = "";
  let from = 0;
  for (const run of runs) {
    out += `${text.slice(from, run.start)} `;
    from = run.end;
  }
  return `${out}${text.slice(from)}`
    .replace(/\s+/gu, " ")
    .replace(/ (?=[.,)\]])/gu, "")
    .trim();
}

const WORD = /\p{L}{2,}/u;

/**
 * The prose of a block once its embeds are taken out, or null when none is left (the block is an
 * embed). Embed pieces (`findEmbedPieces`) go, and with a piece that closes a tweet the tweet's
 * text before it. What is left counts as prose when it is longer than a tweet can be, when it
 * comes after a link or credit (an embed ends its block: text after it was glued to it), or when
 * the embeds were only links to posts and residue (the posts' text is not in the block). Otherwise
 * the words left may be the post's own — a video's title can hold a question mark ("A quoi sert
 * le brevet ? - 27/06/2018par CNEWS") — and the block goes whole as before.
 */
export function proseAroundEmbeds(block: string): string | null {
  const runs = embedRuns(block, findEmbedPieces(block));
  const prose = withoutRuns(block, runs);
  if (!WORD.test(prose)) return null;
  if (prose.length > MAX_TWEET_CHARS) return prose;
  const onlyLinks = runs.every(
    (run) =>
      !run.kinds.has("tweet-end") && !run.kinds.has("caption-end") && !run.kinds.has("marker"),
  );
  return onlyLinks || hasProseAfterLink(block, runs) ? prose : null;
}

/** Whether words outside the runs come after a run holding a link or a credit. */
function hasProseAfterLink(block: string, runs: readonly EmbedRun[]): boolean {
  const first = runs.findIndex(
    (run) =>
      run.kinds.has("tweet-end") || run.kinds.has("caption-end") || run.kinds.has("post-link"),
  );
  if (first < 0) return false;
  return runs
    .slice(first)
    .some((run, i) => WORD.test(block.slice(run.end, runs[first + i + 1]?.start ?? block.length)));
}
