/** Fills `{name}` placeholders in an editor-written label. Unknown names are left as written. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "2026-11-23" -> "23 November 2026", independent of the host's time zone. */
export function formatDate(isoDate: string, lang = 'en-GB'): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}
