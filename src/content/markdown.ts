/**
 * The one Markdown pipeline: a private `new Marked()` (so no global options leak onto the host
 * page or from it), raw HTML escaped, DOMPurify over the result, then an allow-list walk that
 * turns the sanitised DOM into `Rich` nodes. The same code runs at build time (with a jsdom
 * window) and in the browser (only when raw Markdown is loaded at run time).
 */
import { Marked, type Token, type Tokens } from 'marked';
import DOMPurify from 'dompurify';
import type { Rich, RichNode, RichTag } from './schema.js';
import { checkHref, linkTextMismatch } from './links.js';

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

const ALLOWED_TAGS = ['p', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'br', 'a', 'blockquote'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const TAG_MAP: Record<string, RichTag> = {
  P: 'p',
  UL: 'ul',
  OL: 'ol',
  LI: 'li',
  STRONG: 'strong',
  B: 'strong',
  EM: 'em',
  I: 'em',
  CODE: 'code',
  BR: 'br',
  A: 'a',
  BLOCKQUOTE: 'blockquote',
  H1: 'h',
  H2: 'h',
  H3: 'h',
  H4: 'h',
  H5: 'h',
  H6: 'h',
};

const BLOCK_CONTAINERS = new Set(['UL', 'OL', 'BLOCKQUOTE']);

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text content of inline tokens, for comparing a link's visible text with its target. */
function plainText(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => ('tokens' in t && t.tokens ? plainText(t.tokens) : 'text' in t ? t.text : ''))
    .join('');
}

/**
 * Creates the Markdown renderer for one window (the browser's, or jsdom's at build time).
 * Everything is local to the returned function: no global marked or DOMPurify configuration.
 */
export function createMarkdown(win: Window & typeof globalThis): RenderMarkdown {
  const purify = DOMPurify(win);
  const marked = new Marked({
    async: false,
    gfm: true,
    breaks: false,
    renderer: {
      // Raw HTML is never passed through: it is shown as text (and reported to the editor).
      html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
      // Images would load from other origins and have no alt-text guarantees: drop them.
      image: ({ text }: Tokens.Image) => escapeHtml(text),
    },
  });

  const render = (source: string): RenderedMarkdown => {
    const problems: MarkdownProblem[] = [];
    const tokens = marked.lexer(source);
    let cursor = 0;
    const locate = (raw: string): number => {
      const at = source.indexOf(raw, cursor);
      if (at < 0) return Math.min(cursor, source.length);
      cursor = at;
      return at;
    };
    const report = (raw: string, rule: string, message: string) =>
      problems.push({ offset: locate(raw), severity: 'error', message, rule });

    marked.walkTokens(tokens, (token) => {
      if (token.type === 'html') {
        report(
          token.raw,
          'raw-html',
          `raw HTML "${token.raw.trim().slice(0, 40)}" is not allowed and will be shown as text. Use Markdown instead.`,
        );
      } else if (token.type === 'image') {
        report(token.raw, 'image', 'images are not supported. Describe it in words or link to it instead.');
      } else if (token.type === 'link') {
        const link = token as Tokens.Link;
        const verdict = checkHref(link.href);
        if (!verdict.ok) report(link.raw, verdict.rule, verdict.message);
        else {
          const mismatch = linkTextMismatch(plainText(link.tokens), link.href);
          if (mismatch) report(link.raw, 'link-text-mismatch', mismatch);
        }
      }
    });

    const html = marked.parser(tokens);
    const fragment = purify.sanitize(html, {
      ALLOWED_TAGS: [...ALLOWED_TAGS, ...HEADINGS],
      ALLOWED_ATTR: ['href'],
      RETURN_DOM_FRAGMENT: true,
    });
    return { rich: toRich(fragment.childNodes), problems };
  };

  return (source: string): RenderedMarkdown => {
    try {
      return render(source);
    } catch {
      // marked recurses once per level of nesting: a line of a few thousand ">" or "**"
      // overflows the stack. Report it; never throw out of the check.
      return {
        rich: [],
        problems: [
          {
            offset: 0,
            severity: 'error',
            message:
              'this text is nested too deeply to read (hundreds of ">", "**" or list levels in a row). Simplify it.',
            rule: 'too-deep',
          },
        ],
      };
    }
  };
}

/**
 * The final allow-list: only known tags, only safe hrefs. Text is kept as text, so even if
 * something slipped past DOMPurify it could never become markup again.
 */
export function toRich(nodes: NodeListOf<ChildNode> | ChildNode[], block = true): Rich {
  const out: Rich = [];
  for (const node of Array.from(nodes)) {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      // Between blocks, whitespace is only Marked's newlines; inside a paragraph it is a space.
      if (block ? text.trim() : text) out.push(text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = TAG_MAP[el.tagName];
    const children = toRich(el.childNodes, BLOCK_CONTAINERS.has(el.tagName));
    if (!tag) {
      out.push(...children);
      continue;
    }
    const rich: Exclude<RichNode, string> = { t: tag };
    if (tag === 'a') {
      const href = el.getAttribute('href') ?? '';
      if (!checkHref(href).ok) {
        out.push(...children);
        continue;
      }
      rich.href = href;
    }
    if (children.length) rich.c = children;
    out.push(rich);
  }
  return out;
}
