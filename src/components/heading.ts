import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface HeadingOptions {
  className?: string;
  id?: string;
  /** Make the heading a focus target (tabindex=-1) for moving focus between steps. */
  focusable?: boolean;
  /** Id of text read after the heading when it takes focus (the question's progress). */
  describedBy?: string;
}

/**
 * A heading at a configurable level (the host page owns the h1), clamped to h2-h6. Lit cannot
 * bind tag names, so each level is its own template.
 */
/** A heading level from the `heading-level` attribute: a whole number from 2 to 6, else 2. */
export const clampHeadingLevel = (level: number): number => Math.min(6, Math.max(2, Math.round(level) || 2));

export function heading(level: number, content: unknown, options: HeadingOptions | string = {}): TemplateResult {
  const o = typeof options === 'string' ? { className: options } : options;
  const cls = o.className ?? 'heading';
  const id = ifDefined(o.id);
  const tabindex = ifDefined(o.focusable ? '-1' : undefined);
  const by = ifDefined(o.describedBy);
  switch (clampHeadingLevel(level)) {
    case 2:
      return html`<h2 class=${cls} id=${id} tabindex=${tabindex} aria-describedby=${by}>${content}</h2>`;
    case 3:
      return html`<h3 class=${cls} id=${id} tabindex=${tabindex} aria-describedby=${by}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls} id=${id} tabindex=${tabindex} aria-describedby=${by}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls} id=${id} tabindex=${tabindex} aria-describedby=${by}>${content}</h5>`;
    default:
      return html`<h6 class=${cls} id=${id} tabindex=${tabindex} aria-describedby=${by}>${content}</h6>`;
  }
}
