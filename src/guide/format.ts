/** Fills `{name}` placeholders in an editor-written label. Unknown names are left as written. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "2026-11-23" -> "23 November 2026", independent of the host's time zone. British English,
 * the widget's own language, is written out here: the first Intl.DateTimeFormat on a page
 * costs 100-150 ms on a slow PC, which staff would wait through on the result page. Other
 * languages go to Intl.
 */
export function formatDate(isoDate: string, lang = 'en-GB'): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  if (/^en(-GB)?$/i.test(lang)) return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}
