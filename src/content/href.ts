/**
 * The one link rule, as a verdict without words: only https, mailto, tel and in-page links
 * survive. Small on purpose: the widget runs it on every href it renders (so a tampered
 * compiled pack still cannot link anywhere else), and that code is in the single file. The
 * messages that explain each verdict to an editor are in links.ts, which only the checker and
 * the run-time Markdown loader carry.
 */

const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
/** UK-style numbers: digits with optional leading +, spaces and one bracketed group. */
const PHONE = /^\+?[0-9][0-9 ]{1,18}[0-9]$|^\+?[0-9 ]*\([0-9 ]+\)[0-9 ]+$/;

export const isEmail = (value: string): boolean => EMAIL.test(value);
export const isPhone = (value: string): boolean => PHONE.test(value) && value.replace(/\D/g, '').length >= 3;

/**
 * Characters a person cannot see or that change how the text around them reads: controls (C0,
 * DEL, C1), bidi embeddings, overrides and isolates, zero-width spaces and joiners, the word
 * joiner and the byte order mark, and every other Unicode format character. In a link they can
 * hide where it goes or make the browser read it differently from the check.
 */
export const HIDDEN_CHARACTER =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\p{Cf}]/u;

/** https URL with a host, and nothing that could smuggle a different scheme. */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    return false;
  }
}

export function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The scheme as written, lower-cased ("https", "mailto"), or undefined for none. */
export const schemeOf = (href: string): string | undefined => /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();

/** The host as written: between "https://" (and any "name@") and the first "/", "?" or "#". */
const hostPart = (href: string): string => /^https:\/\/(?:[^/?#]*@)?([^/?#]*)/i.exec(href)?.[1] ?? '';

/** Why a link is refused, or undefined when it is safe to render. */
export type HrefProblem =
  | 'hidden-character'
  | 'space'
  | 'incomplete'
  | 'name-before-host'
  | 'lookalike-address'
  | 'mail-extras'
  | 'bad-email'
  | 'bad-phone'
  | 'insecure-link'
  | 'unsafe-link'
  | 'relative-link';

/**
 * The rule for every link, in Markdown bodies and contact fields alike, at build time and again
 * in the browser: the href is judged exactly as written (nothing is stripped first), so what
 * passes is what the browser follows.
 */
export function hrefProblem(href: string): HrefProblem | undefined {
  const decoded = decodeSafely(href);
  if (HIDDEN_CHARACTER.test(href) || HIDDEN_CHARACTER.test(decoded)) return 'hidden-character';
  if (/\s/.test(href)) return 'space';
  if (href.startsWith('#')) return undefined;
  const scheme = schemeOf(href);
  if (scheme === 'https') {
    if (!isHttpsUrl(href)) return 'incomplete';
    // "https://nhs.uk@example.com" goes to example.com: a name before "@" only disguises where.
    const url = new URL(href);
    if (url.username || url.password || /^https:\/\/[^/?#]*@/i.test(decoded)) return 'name-before-host';
    // A host with letters from another script ("nhѕ.uk" with a Cyrillic "ѕ", a fraction slash
    // for "/") reads as one site and goes to another. The browser shows it as "xn--".
    if (url.hostname.split('.').some((label) => label.startsWith('xn--')) || /[^\x21-\x7e]/.test(hostPart(decoded)))
      return 'lookalike-address';
    return undefined;
  }
  if (scheme === 'mailto') {
    const address = decodeSafely(href.slice(7));
    return /[?#]/.test(address) ? 'mail-extras' : isEmail(address) ? undefined : 'bad-email';
  }
  if (scheme === 'tel') return isPhone(decodeSafely(href.slice(4))) ? undefined : 'bad-phone';
  return scheme === 'http' ? 'insecure-link' : scheme ? 'unsafe-link' : 'relative-link';
}

export const isSafeHref = (href: string): boolean => hrefProblem(href) === undefined;
