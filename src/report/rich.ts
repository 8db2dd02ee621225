/**
 * An outcome's rich text (the allow-listed node tree from the Guide) as HTML and as Markdown.
 * Text is escaped in both; links keep only the hrefs the content pipeline let through, and are
 * checked again here because a compiled pack is not trusted.
 */
import type { Rich, RichNode } from '../content/schema.js';
import { esc, md, oneLine } from './text.js';

const safeHref = (href: string | undefined) =>
  href && /^(https:\/\/|mailto:|tel:|#)/i.test(href) && !/[\u0000-\u0020\u007f-\u009f]/.test(href) ? href : undefined;

const TAGS: Record<string, string> = {
  p: 'p',
  ul: 'ul',
  ol: 'ol',
  li: 'li',
  strong: 'strong',
  em: 'em',
  code: 'code',
  blockquote: 'blockquote',
};

export function richHtml(nodes: Rich, headingLevel = 4): string {
  return nodes.map((n) => nodeHtml(n, headingLevel)).join('');
}

function nodeHtml(node: RichNode, h: number): string {
  if (typeof node === 'string') return esc(node);
  const inner = richHtml(node.c ?? [], h);
  if (node.t === 'br') return '<br>';
  if (node.t === 'h') return `<h${h}>${inner}</h${h}>`;
  if (node.t === 'a') {
    const href = safeHref(node.href);
    return href ? `<a href="${esc(href)}">${inner}</a>` : inner;
  }
  const tag = TAGS[node.t];
  return tag ? `<${tag}>${inner}</${tag}>` : inner;
}

/** Inline Markdown for a node's children, on one line. */
function inlineMd(nodes: Rich): string {
  return nodes
    .map((n) => {
      if (typeof n === 'string') return md(n);
      const inner = inlineMd(n.c ?? []);
      if (n.t === 'strong') return `**${inner}**`;
      if (n.t === 'em') return `*${inner}*`;
      if (n.t === 'code') return md(textOf(n.c ?? []));
      if (n.t === 'br') return ' ';
      if (n.t === 'a') {
        const href = safeHref(n.href);
        return href ? `[${inner}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : inner;
      }
      return inner;
    })
    .join('');
}

const textOf = (nodes: Rich): string => nodes.map((n) => (typeof n === 'string' ? n : textOf(n.c ?? []))).join('');

/** Block Markdown, blocks separated by blank lines. */
export function richMd(nodes: Rich, prefix = ''): string {
  const blocks: string[] = [];
  for (const n of nodes) {
    if (typeof n === 'string') {
      if (oneLine(n)) blocks.push(prefix + md(n));
      continue;
    }
    if (n.t === 'ul' || n.t === 'ol')
      blocks.push(
        (n.c ?? [])
          .map(
            (li, i) =>
              `${prefix}${n.t === 'ol' ? `${i + 1}.` : '-'} ${typeof li === 'string' ? md(li) : inlineMd(li.c ?? [])}`,
          )
          .join('\n'),
      );
    else if (n.t === 'h') blocks.push(`${prefix}#### ${inlineMd(n.c ?? [])}`);
    else if (n.t === 'blockquote') blocks.push(richMd(n.c ?? [], `${prefix}> `));
    else blocks.push(prefix + inlineMd(n.c ?? []));
  }
  return blocks.join(`\n${prefix.trimEnd()}\n`);
}
