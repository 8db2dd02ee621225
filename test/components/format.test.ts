/**
 * Dates in Chromium: the widget writes British English dates itself (to skip the first
 * Intl.DateTimeFormat, which is slow), so they must match what Intl would have written.
 */
import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/components/format.js';

const intl = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

describe('formatDate', () => {
  it('writes every month and day as Intl does for en-GB', () => {
    const dates: string[] = [];
    for (let month = 1; month <= 12; month++)
      for (const day of [1, 9, 10, 28])
        dates.push(`2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    dates.push('2024-02-29', '1999-12-31', '2100-01-01');
    for (const iso of dates) {
      expect(formatDate(iso), iso).to.equal(intl(iso, 'en-GB'));
      expect(formatDate(iso, 'en'), iso).to.equal(intl(iso, 'en-GB'));
    }
  });

  it('passes other languages to Intl', () => {
    expect(formatDate('2026-11-23', 'en-US')).to.equal(intl('2026-11-23', 'en-US'));
    expect(formatDate('2026-11-23', 'cy')).to.equal(intl('2026-11-23', 'cy'));
  });

  it('gives back what it cannot read', () => {
    expect(formatDate('not a date')).to.equal('not a date');
    expect(formatDate('2026-11-23', 'not a language!')).to.equal('2026-11-23');
  });
});
