import { parse, postprocess, preprocess } from "micromark";
import { frontmatter } from "micromark-extension-frontmatter";
import { decodeString } from "micromark-util-decode-string";
import type { Event, Extension, Token } from "micromark-util-types";
// Before any parse: micromark's edit batching and its emphasis resolver made long postings quadratic (see the modules).
import "./linear-attention.js";
import "./linear-edit-map.js";
import { withLinearDataMerge } from "./linear-data-merge.js";
import { withListItems } from "./list-items.js";
import type { Block, BlockType, HtmlNode, Inline, MarkdownOutline } from "./outline.js";
import { readSimpleOutline } from "./markdown-simple.js";
import type { Line, Range } from "./types.js";

/**
 * The syntax jobpostlint reads Markdown with: CommonMark and YAML or TOML front
 * matter, with indented code switched off (a tab- or space-indented line of a
 * pasted posting is prose).
 */
export const NO_INDENTED_CODE: Extension = { disable: { null: ["codeIndented"] } };
const MARKDOWN_EXTENSIONS: Extension[] = [frontmatter(["yaml", "toml"]), NO_INDENTED_CODE];

export interface OutlineReading {
  outline: MarkdownOutline;
  /** Code, HTML, images, definitions, front matter and link destinations (unsorted; may overlap). */
  nonProse: Range[];
}

/** The outline of a Markdown posting: line by line when it is plain enough (see markdown-simple.ts), else from micromark's events. */
export function readOutline(text: string, lines: readonly Line[]): OutlineReading {
  return readSimpleOutline(text, lines) ?? readEventsOutline(text);
}

export function readEventsOutline(text: string): OutlineReading {
  const events = postprocess(withLinearDataMerge(parse({ extensions: MARKDOWN_EXTENSIONS })).document().write(preprocess()(text, undefined, true)));
  return new OutlineBuilder(text).build(withListItems(events));
}

/** micromark's block tokens, by the block they make. */
const BLOCK_OF: ReadonlyMap<string, BlockType> = new Map([
  ["blockQuote", "blockquote"],
  ["listOrdered", "list"],
  ["listUnordered", "list"],
  ["listItem", "listItem"],
  ["paragraph", "paragraph"],
  ["atxHeading", "heading"],
  ["setextHeading", "heading"],
  ["codeFenced", "code"],
  ["htmlFlow", "html"],
  ["thematicBreak", "thematicBreak"],
  ["definition", "definition"],
  ["yaml", "yaml"],
  ["toml", "toml"],
]);

/** Tokens that merge into mdast text nodes. */
const TEXT_TOKENS = new Set(["data", "characterEscape", "characterReference"]);
/** Tokens that become mdast phrasing nodes of their own. */
const NODE_TOKENS = new Set(["codeText", "htmlText", "emphasis", "strong", "link", "image", "autolink", "hardBreakEscape", "hardBreakTrailing"]);
const NON_PROSE_TOKENS = new Set(["codeFenced", "htmlFlow", "definition", "yaml", "toml", "codeText", "htmlText", "image"]);

/**
 * Where the inline nodes directly inside one token (a paragraph, a heading's
 * text, a strong's text, a link's text) are collected. mdast takes line
 * endings in all four as text.
 */
interface Frame {
  token: Token;
  /** Whether text nodes keep their source (only where the reader compares text). */
  keepSource: boolean;
  first: Inline | undefined;
  last: Inline | undefined;
  all: Inline[] | undefined;
  done: (frame: Frame) => void;
}

interface OpenLink {
  token: Token;
  hasResource: boolean;
  destination: string;
  lastInLabel: Inline | undefined;
  htmlBefore: number;
}

class OutlineBuilder {
  private readonly root: Block;
  private readonly blocks: Block[] = [];
  private readonly html: HtmlNode[] = [];
  private readonly nonProse: Range[] = [];
  /** Tokens entered and not yet exited. */
  private readonly open: Token[] = [];
  private readonly blockStack: { token: Token | undefined; block: Block }[] = [];
  private readonly frames: Frame[] = [];
  private readonly links: OpenLink[] = [];
  /** Strong nodes being read, when they are children of a frame that keeps all its children. */
  private readonly strongs: (Inline | undefined)[] = [];
  private imageDepth = 0;
  private atHardBreak = false;
  private autolinkEmailEnd: number | undefined;

  constructor(private readonly text: string) {
    this.root = { type: "root", start: 0, end: text.length, children: [], parent: undefined };
    this.blockStack.push({ token: undefined, block: this.root });
  }

  build(events: readonly Event[]): OutlineReading {
    for (const [kind, token] of events) {
      if (kind === "enter") {
        this.enter(token);
        this.open.push(token);
      } else {
        this.open.pop();
        this.exit(token);
      }
    }
    return { outline: { root: this.root, blocks: this.blocks, html: this.html }, nonProse: this.nonProse };
  }

  private enter(token: Token): void {
    const frame = this.frames[this.frames.length - 1];
    const parentToken = this.open[this.open.length - 1];
    if (frame && parentToken === frame.token) this.addInline(frame, token);
    const type = token.type;
    const blockType = BLOCK_OF.get(type);
    if (blockType) this.openBlock(token, blockType);
    if (NON_PROSE_TOKENS.has(type)) this.nonProse.push(range(token));
    switch (type) {
      case "htmlFlow":
      case "htmlText":
        if (this.imageDepth === 0) this.html.push({ ...range(token), value: this.slice(token) });
        break;
      case "image":
        this.imageDepth++;
        break;
      case "paragraph":
        if (this.currentBlock().parent === this.root) {
          const paragraph = this.currentBlock();
          this.pushFrame(token, { keepAll: true, keepSource: true }, (f) => (paragraph.inline = f.all));
        }
        break;
      case "atxHeadingText":
      case "setextHeadingText": {
        const heading = this.currentBlock();
        this.pushFrame(token, {}, (f) => {
          if (f.first) heading.content = { start: f.first.start, end: f.last!.end };
        });
        break;
      }
      case "atxHeadingSequence": {
        const heading = this.currentBlock();
        heading.depth ??= token.end.offset - token.start.offset;
        break;
      }
      case "setextHeadingLineSequence":
        this.currentBlock().depth = this.text[token.start.offset] === "=" ? 1 : 2;
        break;
      case "strong":
        this.strongs.push(frame && parentToken === frame.token && frame.all ? frame.last : undefined);
        break;
      case "strongText": {
        const strong = this.strongs[this.strongs.length - 1];
        if (strong) {
          this.pushFrame(token, {}, (f) => {
            if (f.first) strong.inner = { start: f.first.start, end: f.last!.end };
          });
        }
        break;
      }
      case "link":
        this.links.push({ token, hasResource: false, destination: "", lastInLabel: undefined, htmlBefore: this.html.length });
        break;
      case "labelText": {
        const link = this.links[this.links.length - 1];
        if (link && this.open[this.open.length - 2] === link.token) this.pushFrame(token, { keepSource: true }, (f) => (link.lastInLabel = f.last));
        break;
      }
      case "resource": {
        const link = this.links[this.links.length - 1];
        if (link && parentToken === link.token) link.hasResource = true;
        break;
      }
      case "resourceDestinationString": {
        const link = this.links[this.links.length - 1];
        if (link && this.open[this.open.length - 4] === link.token) link.destination = this.slice(token);
        break;
      }
      case "autolinkEmail":
        this.autolinkEmailEnd = token.end.offset;
        break;
      case "autolinkProtocol":
        this.autolinkEmailEnd = undefined;
        break;
      case "listOrdered":
        this.currentBlock().ordered = true;
        break;
      case "listUnordered":
        this.currentBlock().ordered = false;
        break;
      default:
        break;
    }
  }

  private exit(token: Token): void {
    const frame = this.frames[this.frames.length - 1];
    if (frame?.token === token) {
      this.frames.pop();
      frame.done(frame);
    }
    const open = this.blockStack[this.blockStack.length - 1]!;
    if (open.token === token) this.blockStack.pop();
    switch (token.type) {
      case "image":
        this.imageDepth--;
        break;
      case "strong":
        this.strongs.pop();
        break;
      case "hardBreakEscape":
      case "hardBreakTrailing":
        this.atHardBreak = true;
        break;
      case "lineEnding":
        this.atHardBreak = false;
        break;
      case "autolink":
        // mdast gives `<https://…>` the URL as its text, so it is all link; `<a@b.c>` gets `mailto:` and only the `>` after the address.
        this.nonProse.push({ start: this.autolinkEmailEnd ?? token.start.offset, end: token.end.offset });
        break;
      case "link":
        this.closeLink(this.links.pop()!);
        break;
      default:
        break;
    }
  }

  /** mdast's rule: a link whose text is its own URL is all destination; otherwise only what follows the text is. A reference adds nothing. */
  private closeLink(link: OpenLink): void {
    if (!link.hasResource) return;
    const last = link.lastInLabel;
    const isOwnUrl = !last || (last.type === "text" && decodeString(last.source) === decodeString(link.destination));
    if (isOwnUrl) {
      this.nonProse.push(range(link.token));
      // The old walk never entered such a link, so HTML inside it is not the rules' either.
      this.html.length = link.htmlBefore;
    } else {
      this.nonProse.push({ start: last.end, end: link.token.end.offset });
    }
  }

  /** A token directly inside a frame: a new mdast phrasing node, or more of the text node before it. */
  private addInline(frame: Frame, token: Token): void {
    const type = token.type;
    if (type === "lineEnding") {
      if (this.atHardBreak) {
        // mdast ends a hard break after its line ending.
        frame.last!.end = token.end.offset;
        return;
      }
    } else if (!TEXT_TOKENS.has(type)) {
      if (NODE_TOKENS.has(type)) this.pushInline(frame, { type: type === "strong" ? "strong" : "other", ...range(token), source: "" });
      return;
    }
    const last = frame.last;
    if (last?.type === "text") {
      last.end = token.end.offset;
      if (frame.keepSource) last.source += this.slice(token);
    } else {
      this.pushInline(frame, { type: "text", ...range(token), source: frame.keepSource ? this.slice(token) : "" });
    }
  }

  private pushInline(frame: Frame, inline: Inline): void {
    frame.first ??= inline;
    frame.last = inline;
    frame.all?.push(inline);
  }

  private pushFrame(token: Token, keep: { keepAll?: boolean; keepSource?: boolean }, done: (frame: Frame) => void): void {
    this.frames.push({ token, keepSource: keep.keepSource ?? false, first: undefined, last: undefined, all: keep.keepAll ? [] : undefined, done });
  }

  private openBlock(token: Token, type: BlockType): void {
    const parent = this.currentBlock();
    const block: Block = { type, ...range(token), children: [], parent };
    parent.children.push(block);
    this.blocks.push(block);
    this.blockStack.push({ token, block });
  }

  private currentBlock(): Block {
    return this.blockStack[this.blockStack.length - 1]!.block;
  }

  private slice(token: Token): string {
    return this.text.slice(token.start.offset, token.end.offset);
  }
}

function range(token: Token): Range {
  return { start: token.start.offset, end: token.end.offset };
}
