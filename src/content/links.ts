/**
 * Link rules shared by Markdown bodies and contact fields. Only https, mailto, tel and in-page
 * links survive; everything else is reported and loses its href.
 */

export type LinkVerdict = { ok: true } | { ok: false; rule: string; message: string };

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

/** "U+202E", for telling an editor which invisible character to delete. */
export const codePoint = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** https URL with a host, and nothing that could smuggle a different scheme. */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    return false;
  }
}

/**
 * The one rule for every link, in Markdown bodies and contact fields alike, at build time and
 * again in the browser: the href is judged exactly as written (nothing is stripped first), so
 * what passes is what the browser follows.
 */
export function checkHref(rawHref: string): LinkVerdict {
  const decoded = decodeSafely(rawHref);
  const hidden = HIDDEN_CHARACTER.exec(rawHref) ?? HIDDEN_CHARACTER.exec(decoded);
  if (hidden)
    return {
      ok: false,
      rule: 'hidden-character',
      message: `this link holds an invisible or control character (${codePoint(hidden[0])}), which can hide where it goes. Type the address again.`,
    };
  if (/\s/.test(rawHref))
    return { ok: false, rule: 'bad-url', message: `"${rawHref}" has a space in it. Remove it, or write it as %20.` };
  const href = rawHref;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (href.startsWith('#')) return { ok: true };
  if (scheme === 'https') {
    if (!isHttpsUrl(rawHref))
      return { ok: false, rule: 'bad-url', message: `"${rawHref}" is not a complete web address.` };
    // "https://nhs.uk@example.com" goes to example.com: a name before "@" only disguises where.
    const url = new URL(rawHref);
    if (url.username || url.password || /^https:\/\/[^/?#]*@/i.test(decoded))
      return {
        ok: false,
        rule: 'bad-url',
        message: `"${rawHref}" has a name and "@" before the site's address, which hides where it goes. Link to the site's own address.`,
      };
    // A host with letters from another script ("nhѕ.uk" with a Cyrillic "ѕ", a fraction slash
    // for "/") reads as one site and goes to another. The browser shows it as "xn--".
    if (url.hostname.split('.').some((label) => label.startsWith('xn--')) || /[^\x21-\x7e]/.test(hostPart(decoded)))
      return {
        ok: false,
        rule: 'lookalike-address',
        message: `the site's address in "${decoded}" has letters that are not plain a to z (a browser reads it as "${url.hostname}"), so it may only look like the site it names. Type the address again in plain letters.`,
      };
    return { ok: true };
  }
  if (scheme === 'mailto') {
    const address = decodeSafely(href.slice(7));
    if (/[?#]/.test(address))
      return {
        ok: false,
        rule: 'mail-extras',
        message: `"${rawHref}" adds more than an address (after "?": copies to others, a subject or a text). Link to the address alone.`,
      };
    return isEmail(address)
      ? { ok: true }
      : { ok: false, rule: 'bad-email', message: `"${address}" is not a valid e-mail address.` };
  }
  if (scheme === 'tel') {
    const number = decodeSafely(href.slice(4));
    return isPhone(number)
      ? { ok: true }
      : { ok: false, rule: 'bad-phone', message: `"${number}" is not a valid phone number.` };
  }
  if (scheme === 'http')
    return {
      ok: false,
      rule: 'insecure-link',
      message: `"${rawHref}" uses http://. Change it to https:// (check the site works that way).`,
    };
  if (scheme)
    return {
      ok: false,
      rule: 'unsafe-link',
      message: `links starting "${scheme}:" are not allowed. Use an https://, mailto: or tel: link.`,
    };
  return {
    ok: false,
    rule: 'relative-link',
    message: `"${rawHref}" is not a full address. The widget runs on other sites, so write the full https:// address.`,
  };
}

/** The host as written: between "https://" (and any "name@") and the first "/", "?" or "#". */
const hostPart = (href: string): string => /^https:\/\/(?:[^/?#]*@)?([^/?#]*)/i.exec(href)?.[1] ?? '';

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
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
