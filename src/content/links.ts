/**
 * Link rules shared by Markdown bodies and contact fields. Only https, mailto, tel and in-page
 * links survive; everything else is reported and loses its href.
 */

import {
  HIDDEN_CHARACTER,
  decodeSafely,
  hrefProblem,
  isEmail,
  isHttpsUrl,
  isPhone,
  schemeOf,
  type HrefProblem,
} from './href.js';

export { HIDDEN_CHARACTER, isEmail, isHttpsUrl, isPhone };

export type LinkVerdict = { ok: true } | { ok: false; rule: string; message: string };

/** "U+202E", for telling an editor which invisible character to delete. */
export const codePoint = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The rule an editor is told of, for each way a link is refused. */
const RULES: Record<HrefProblem, string> = {
  'hidden-character': 'hidden-character',
  space: 'bad-url',
  incomplete: 'bad-url',
  'name-before-host': 'bad-url',
  'lookalike-address': 'lookalike-address',
  'mail-extras': 'mail-extras',
  'bad-email': 'bad-email',
  'bad-phone': 'bad-phone',
  'insecure-link': 'insecure-link',
  'unsafe-link': 'unsafe-link',
  'relative-link': 'relative-link',
};

/**
 * The one rule for every link (href.ts), with what an editor is told: the verdict is exactly
 * the one the widget reaches when it renders the link.
 */
export function checkHref(rawHref: string): LinkVerdict {
  const problem = hrefProblem(rawHref);
  if (!problem) return { ok: true };
  const decoded = decodeSafely(rawHref);
  const message = (): string => {
    switch (problem) {
      case 'hidden-character': {
        const hidden = HIDDEN_CHARACTER.exec(rawHref) ?? HIDDEN_CHARACTER.exec(decoded);
        return `this link holds an invisible or control character (${codePoint(hidden?.[0] ?? '')}), which can hide where it goes. Type the address again.`;
      }
      case 'space':
        return `"${rawHref}" has a space in it. Remove it, or write it as %20.`;
      case 'incomplete':
        return `"${rawHref}" is not a complete web address.`;
      case 'name-before-host':
        return `"${rawHref}" has a name and "@" before the site's address, which hides where it goes. Link to the site's own address.`;
      case 'lookalike-address':
        return `the site's address in "${decoded}" has letters that are not plain a to z (a browser reads it as "${new URL(rawHref).hostname}"), so it may only look like the site it names. Type the address again in plain letters.`;
      case 'mail-extras':
        return `"${rawHref}" adds more than an address (after "?": copies to others, a subject or a text). Link to the address alone.`;
      case 'bad-email':
        return `"${decodeSafely(rawHref.slice(7))}" is not a valid e-mail address.`;
      case 'bad-phone':
        return `"${decodeSafely(rawHref.slice(4))}" is not a valid phone number.`;
      case 'insecure-link':
        return `"${rawHref}" uses http://. Change it to https:// (check the site works that way).`;
      case 'unsafe-link':
        return `links starting "${schemeOf(rawHref)}:" are not allowed. Use an https://, mailto: or tel: link.`;
      case 'relative-link':
        return `"${rawHref}" is not a full address. The widget runs on other sites, so write the full https:// address.`;
    }
  };
  return { ok: false, rule: RULES[problem], message: message() };
}

const normaliseUrl = (value: string): string =>
  value
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');

/**
 * When a link's visible text is itself an address, it must be the address the link goes to:
 * people copy what they see (the seed guide showed one e-mail address and linked another).
 */
export function linkTextMismatch(text: string, href: string): string | undefined {
  const shown = text.trim();
  if (isEmail(shown)) {
    const target = href.toLowerCase().startsWith('mailto:') ? decodeSafely(href.slice(7).split('?')[0] ?? '') : href;
    if (shown.toLowerCase() !== target.toLowerCase())
      return `the link text shows "${shown}" but the link goes to "${target}". Make them the same address.`;
  } else if (/^(https?:\/\/|www\.)\S+$/i.test(shown)) {
    if (normaliseUrl(shown) !== normaliseUrl(href))
      return `the link text shows "${shown}" but the link goes to "${href}". Make them the same address.`;
  }
  return undefined;
}
