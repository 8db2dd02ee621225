/**
 * Renders sanitised rich text (src/content/schema.ts `Rich`) with Lit templates. No innerHTML:
 * every tag is one of a fixed set, every href is checked again here, so a tampered compiled
 * pack still cannot inject markup or script.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Rich, RichNode } from '../../content/schema.js';
import { isSafeHref } from '../../content/href.js';
import { heading } from '../heading.js';

export interface RichOptions {
  /** Level for headings inside the text. */
  headingLevel: number;
  /** Visually hidden text after links that open a new tab. */
  newTab: string;
}

export function renderRich(nodes: Rich | undefined, options: RichOptions): TemplateResult {
  return html`${(nodes ?? []).map((node) => renderNode(node, options))}`;
}

function renderNode(node: RichNode, o: RichOptions): TemplateResult | string | typeof nothing {
  if (typeof node === 'string') return node;
  if (!node || typeof node !== 'object') return nothing;
  const c = renderRich(node.c, o);
  switch (node.t) {
    case 'p':
      return html`<p>${c}</p>`;
    case 'ul':
      return html`<ul>
        ${c}
      </ul>`;
    case 'ol':
      return html`<ol>
        ${c}
      </ol>`;
    case 'li':
      return html`<li>${c}</li>`;
    case 'strong':
      return html`<strong>${c}</strong>`;
    case 'em':
      return html`<em>${c}</em>`;
    case 'code':
      return html`<code>${c}</code>`;
    case 'br':
      return html`<br />`;
    case 'blockquote':
      return html`<blockquote>${c}</blockquote>`;
    case 'h':
      return heading(o.headingLevel, c, 'heading heading-s');
    case 'a':
      return renderLink(node.href ?? '', c, o.newTab);
    default:
      return c;
  }
}

/** External (https) links open in a new tab, safely, and say so. */
export function renderLink(href: string, content: unknown, newTab: string, part = ''): TemplateResult {
  if (!isSafeHref(href)) return html`${content}`;
  return href.startsWith('https:')
    ? html`<a href=${href} part=${part || nothing} target="_blank" rel="noopener noreferrer"
        >${content}<span class="visually-hidden"> ${newTab}</span></a
      >`
    : html`<a href=${href} part=${part || nothing}>${content}</a>`;
}
