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

/** https URL with a host, and nothing that could smuggle a different scheme. */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    return false;
  }
}

export function checkHref(rawHref: string): LinkVerdict {
  // Browsers ignore control characters and whitespace in schemes ("java\tscript:"), so must we.
  const href = rawHref.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (href.startsWith('#')) return { ok: true };
  if (scheme === 'https') {
    if (!isHttpsUrl(rawHref))
      return { ok: false, rule: 'bad-url', message: `"${rawHref}" is not a complete web address.` };
    // "https://nhs.uk@example.com" goes to example.com: a name before "@" only disguises where.
    const url = new URL(rawHref);
    return url.username || url.password
      ? {
          ok: false,
          rule: 'bad-url',
          message: `"${rawHref}" has a name and "@" before the site's address, which hides where it goes. Link to the site's own address.`,
        }
      : { ok: true };
  }
  if (scheme === 'mailto') {
    const address = decodeSafely(href.slice(7).split('?')[0] ?? '');
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
