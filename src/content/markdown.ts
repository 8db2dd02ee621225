/**
 * The one Markdown pipeline: marked's lexer (a private instance, so no global options leak onto
 * the host page or from it), then an allow-list walk that turns its tokens straight into `Rich`
 * nodes. No HTML string is ever made, so nothing needs sanitising: raw HTML and images become
 * text, every other token maps to one allowed tag or to its children, and every href passes
 * `checkHref`. The same code runs at build time in Node and in the browser (only when raw
 * Markdown is loaded at run time), with no DOM in either.
 */
import { Marked, type Token, type Tokens } from 'marked';
import type { Rich, RichNode, RichTag } from './schema.js';
import { checkHref, linkTextMismatch } from './links.js';
import { MAX_DEPTH, MAX_EMPHASIS } from './limits.js';

/** A problem found in Markdown, relative to the start of the text passed in. */
export interface MarkdownProblem {
  offset: number;
  severity: 'error' | 'warning';
  message: string;
  rule: string;
}

export interface RenderedMarkdown {
  rich: Rich;
  problems: MarkdownProblem[];
}

export type RenderMarkdown = (source: string) => RenderedMarkdown;

/**
 * Named character references an editor might type. marked decodes numeric ones itself and
 * leaves named ones to an HTML parser, which we do not have: any name not listed here stays
 * as written, which is visible and harmless.
 */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  pound: '\u00a3',
  euro: '\u20ac',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  middot: '\u00b7',
  bull: '\u2022',
  times: '\u00d7',
  deg: '\u00b0',
};

/** Decodes character references as an HTML parser would (named ones from the table above). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g,
    (whole, dec, hex, name) => {
      if (name) return ENTITIES[name] ?? whole;
      const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
      return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
        ? '\ufffd'
        : String.fromCodePoint(code);
    },
  );
}

/** An href as a browser would read it from marked's HTML: references decoded, then URI-encoded. */
function cleanHref(href: string): string | undefined {
  try {
    return encodeURI(decodeEntities(href)).replace(/%25/g, '%');
  } catch {
    return undefined;
  }
}

/** Text content of inline tokens, for comparing a link's visible text with its target. */
function plainText(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => ('tokens' in t && t.tokens ? plainText(t.tokens) : 'text' in t ? t.text : ''))
    .join('');
}

/** Appends `node`, joining it to a string before it so text stays in one piece. */
function push(out: Rich, node: RichNode): void {
  const last = out.length - 1;
  // As an HTML parser would: a NUL character becomes U+FFFD.
  if (typeof node === 'string') node = node.replace(/\0/g, '\ufffd');
  if (typeof node === 'string' && typeof out[last] === 'string') out[last] += node;
  else out.push(node);
}

/** An allowed element; its text children go through `push` like all other text. */
function element(t: RichTag, children: Rich): RichNode {
  const c: Rich = [];
  for (const child of children) push(c, child);
  return c.length ? { t, c } : { t };
}

/** Inline tokens: text, emphasis, code, breaks and links (never a link inside a link). */
function inline(tokens: Token[] | undefined, out: Rich = [], inLink = false): Rich {
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text':
        // A soft line break (a new line inside a paragraph) shows as a space, so it is kept as
        // one: the compiled pack is smaller, and renders the same.
        if ('tokens' in token && token.tokens) inline(token.tokens, out, inLink);
        else push(out, decodeEntities(token.text).replace(/\n/g, ' '));
        break;
      case 'escape':
      case 'image':
      case 'html':
        // An escaped character is literal, an image shows its description, and raw HTML is
        // never markup here: the editor sees it reported, staff see it as text.
        push(out, token.text);
        break;
      case 'codespan':
        push(out, element('code', token.text ? [token.text] : []));
        break;
      case 'strong':
      case 'em':
        push(out, element(token.type, inline(token.tokens, [], inLink)));
        break;
      case 'br':
        push(out, { t: 'br' });
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const children = inline(link.tokens, [], true);
        const href = cleanHref(link.href);
        if (!inLink && href !== undefined && checkHref(href).ok) push(out, { t: 'a', href, c: children });
        else for (const child of children) push(out, child);
        break;
      }
      default:
        // Strikethrough and anything unknown keep their words and lose their markup.
        if ('tokens' in token && token.tokens) inline(token.tokens, out, inLink);
        else if ('text' in token && typeof token.text === 'string') push(out, token.text);
    }
  }
  return out;
}

/** Block tokens: paragraphs, headings, lists, quotes and code blocks. */
function blocks(tokens: Token[], out: Rich = []): Rich {
  for (const token of tokens) {
    switch (token.type) {
      case 'paragraph':
        out.push(element('p', inline(token.tokens)));
        break;
      case 'heading':
        out.push(element('h', inline(token.tokens)));
        break;
      case 'blockquote':
        out.push(element('blockquote', blocks(token.tokens ?? [])));
        break;
      case 'list': {
        const list = token as Tokens.List;
        out.push(
          element(
            list.ordered ? 'ol' : 'ul',
            list.items.map((item) => element('li', blocks(item.tokens))),
          ),
        );
        break;
      }
      case 'code':
        out.push(element('code', token.text ? [token.text] : []));
        break;
      case 'text':
        // Text directly in a block is the content of a tight list item.
        inline('tokens' in token && token.tokens ? token.tokens : [token], out);
        break;
      case 'html':
        if (token.text.trim()) push(out, token.text);
        break;
      case 'table': {
        // Tables are reported to the editor; staff still get every cell, a row per paragraph.
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          const cells: Rich = [];
          row.forEach((cell, i) => {
            if (i) push(cells, ' \u2013 ');
            inline(cell.tokens, cells);
          });
          out.push(element('p', cells));
        }
        break;
      }
      default:
      // Rules (hr), link definitions and blank space carry no words.
    }
  }
  return out;
}

type Reporter = (raw: string, rule: string, message: string, severity?: 'error' | 'warning') => void;

/**
 * Reports against the source: each problem at the first place its token's text appears at or
 * after the last one found, as tokens arrive in document order.
 */
function createReporter(source: string, problems: MarkdownProblem[]): Reporter {
  let cursor = 0;
  const locate = (raw: string): number => {
    const at = source.indexOf(raw, cursor);
    if (at < 0) return Math.min(cursor, source.length);
    cursor = at;
    return at;
  };
  return (raw, rule, message, severity = 'error') => problems.push({ offset: locate(raw), severity, message, rule });
}

/** A link is checked as it will be used: references decoded and URI-encoded. */
function checkLink(link: Tokens.Link, report: Reporter): void {
  const href = cleanHref(link.href);
  const verdict = href === undefined ? undefined : checkHref(href);
  if (href === undefined) report(link.raw, 'bad-url', `"${link.href}" could not be read as an address.`);
  else if (verdict && !verdict.ok) report(link.raw, verdict.rule, verdict.message);
  else {
    const mismatch = linkTextMismatch(decodeEntities(plainText(link.tokens)), href);
    if (mismatch) report(link.raw, 'link-text-mismatch', mismatch);
  }
}

/** What the editor hears about a token that staff will not see as written. */
function checkToken(token: Token, report: Reporter): void {
  if (token.type === 'html') {
    report(
      token.raw,
      'raw-html',
      `raw HTML "${token.raw.trim().slice(0, 40)}" is not allowed and will be shown as text. Use Markdown instead.`,
    );
  } else if (token.type === 'image') {
    report(token.raw, 'image', 'images are not supported. Describe it in words or link to it instead.');
  } else if (token.type === 'table') {
    report(
      token.raw,
      'table',
      'tables are not supported: each row will show as a line of text. Use a list instead.',
      'warning',
    );
  } else if (token.type === 'link') checkLink(token as Tokens.Link, report);
}

/** Creates the Markdown renderer. Everything is local to it: no global marked configuration. */
export function createMarkdown(): RenderMarkdown {
  const marked = new Marked({ gfm: true, breaks: false, async: false });

  const render = (source: string): RenderedMarkdown => {
    const problems: MarkdownProblem[] = [];
    // marked reads "\r\n" as "\n"; so must the reporter, or it would never find a token spanning lines.
    source = source.replace(/\r\n?/g, '\n');
    const emphasis = source.match(/[*_~]/g)?.length ?? 0;
    if (emphasis > MAX_EMPHASIS) return refused('too-complex', tooComplex(emphasis));
    const tokens = marked.lexer(source);
    // Everything after the lexer (and the widget's rendering) walks the tree by recursion.
    if (depthOf(tokens) > MAX_DEPTH) return refused('too-deep', TOO_DEEP);
    const report = createReporter(source, problems);
    // The callback is synchronous, so the list walkTokens returns holds no promise to wait for.
    void marked.walkTokens(tokens, (token) => checkToken(token, report));
    return { rich: blocks(tokens), problems };
  };

  return (source: string): RenderedMarkdown => {
    try {
      return render(source);
    } catch {
      // marked recurses once per level of nesting: a line of a few thousand ">" or "**"
      // overflows the stack. Report it; never throw out of the check.
      return refused('too-deep', TOO_DEEP);
    }
  };
}

const TOO_DEEP = `this text is nested too deeply to read (more than ${MAX_DEPTH} levels of ">", "**" or lists inside each other). Simplify it.`;

const tooComplex = (count: number) =>
  `this text has ${count} "*", "_" or "~" marks, more than the ${MAX_EMPHASIS} one piece of text may have (they take a long time to read). Split it up, or write the marks as \\* where they are not emphasis.`;

const refused = (rule: string, message: string): RenderedMarkdown => ({
  rich: [],
  problems: [{ offset: 0, severity: 'error', message, rule }],
});

/** How deeply tokens nest, without recursion (the input decides the depth). */
function depthOf(tokens: Token[]): number {
  let deepest = 0;
  const stack: [Token, number][] = tokens.map((t) => [t, 1]);
  while (stack.length) {
    const [token, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (depth > MAX_DEPTH) break;
    const children: Token[] = [];
    if ('tokens' in token && Array.isArray(token.tokens)) children.push(...token.tokens);
    if (token.type === 'list') children.push(...(token as Tokens.List).items);
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) children.push(...cell.tokens);
    }
    for (const child of children) stack.push([child, depth + 1]);
  }
  return deepest;
}
