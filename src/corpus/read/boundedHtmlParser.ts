import { type Handler, Parser, type ParserOptions } from "htmlparser2";

/**
 * Elements open at once beyond which HTML is read flat: Blink's HTML parser stops nesting at the
 * same depth (512), so no page that a browser shows nested is read differently.
 */
export const MAX_HTML_DEPTH = 512;

/** What a {@link BoundedHtmlParser} did: the deepest nesting it kept and the tags it flattened. */
export interface NestingReport {
  readonly deepest: number;
  readonly flattened: number;
}

/**
 * htmlparser2's parser with its stack of open elements bounded. Its stack is an array it
 * `unshift`s each open element onto, so a page of n nested elements cost n² (100,000 nested
 * <div>s: minutes, the event loop blocked). Here an element opened at `maxDepth` is read as a void
 * element (opened and closed at once, its text kept, its children siblings): the stack never holds
 * more than `maxDepth`, and each tag costs at most `maxDepth`.
 *
 * The depth is counted from the handler's own open and close events, which the parser emits for
 * every element it pushes and pops (and as a pair for void ones), so when a tag's name is read
 * it equals the parser's stack size before any close the new tag implies.
 */
export class BoundedHtmlParser extends Parser {
  /** The tag being read opened at the limit. */
  private flattening = false;

  private constructor(
    handler: Partial<Handler>,
    options: ParserOptions,
    private readonly maxDepth: number,
    private readonly nesting: { depth: number; deepest: number; flattened: number },
  ) {
    super(handler, options);
  }

  /** A parser emitting `handler`'s events, never holding more than `maxDepth` open elements. */
  static create(
    handler: Partial<Handler>,
    options: ParserOptions = {},
    maxDepth = MAX_HTML_DEPTH,
  ): BoundedHtmlParser {
    const nesting = { depth: 0, deepest: 0, flattened: 0 };
    const counting: Partial<Handler> = {
      ...handler,
      onopentag(name, attributes, isImplied) {
        nesting.depth++;
        handler.onopentag?.(name, attributes, isImplied);
      },
      onclosetag(name, isImplied) {
        nesting.depth--;
        handler.onclosetag?.(name, isImplied);
      },
    };
    return new BoundedHtmlParser(counting, options, maxDepth, nesting);
  }

  /** How deep the parse went and how many tags it read flat, so far. */
  report(): NestingReport {
    return { deepest: this.nesting.deepest, flattened: this.nesting.flattened };
  }

  /** Whether the tag being opened is read flat (for its handler, during its open event). */
  get isFlattening(): boolean {
    return this.flattening;
  }

  override onopentagname(start: number, endIndex: number): void {
    this.flattening = this.nesting.depth >= this.maxDepth;
    if (this.flattening) this.nesting.flattened++;
    else this.nesting.deepest = Math.max(this.nesting.deepest, this.nesting.depth + 1);
    super.onopentagname(start, endIndex);
  }

  override onopentagend(endIndex: number): void {
    super.onopentagend(endIndex);
    this.flattening = false;
  }

  override onclosetag(start: number, endIndex: number): void {
    this.flattening = false;
    super.onclosetag(start, endIndex);
  }

  override onselfclosingtag(endIndex: number): void {
    super.onselfclosingtag(endIndex);
    this.flattening = false;
  }

  protected override isVoidElement(name: string): boolean {
    return this.flattening || super.isVoidElement(name);
  }
}
