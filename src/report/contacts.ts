/**
 * Contacts by place and person: for each outcome, each audience that can reach it and each
 * area, the contacts a person is shown, in the widget's order (the same `selectContacts`), and
 * what is missing. Plus the register of every contact with its provenance and review status.
 */
import type { Contact, Guide, Level } from '../content/schema.js';
import { selectContacts } from '../contacts/select.js';
import { LEVELS } from '../content/levels.js';

/**
 * Provenance fields a contact may carry. Read through this type, so that the report works
 * whether or not the content model has them yet, and says so when a contact has none.
 */
export type WithProvenance = Contact & {
  sources?: { title: string; section?: string; url?: string }[];
  /** YYYY-MM-DD: when a person confirmed the details. */
  verified?: string;
  /** Whom the contact serves, when narrower than its areas. */
  serves?: string;
};

export interface Place {
  outcomeId: string;
  /** Undefined when the pack asks nobody's audience (or area): then all of them apply. */
  audience?: string;
  area?: string;
  /** What the person sees, grouped local -> regional -> national, in order. */
  groups: { level: Level; contacts: Contact[] }[];
  /** Levels with no contact, of local and regional; all three when there is none at all. */
  missing: Level[];
}

/**
 * `reach` lists, per outcome, the audiences whose answers can lead to it, and whether some of
 * those paths never set an area. A person can change area on the result page, so every area
 * is listed for every audience; "area not given" too where a path does not ask it.
 */
export function places(guide: Guide, reach: Map<string, Map<string | undefined, { noArea: boolean }>>): Place[] {
  const out: Place[] = [];
  for (const outcome of guide.outcomes) {
    const audiences = reach.get(outcome.id);
    if (!audiences) continue;
    const ordered = [...audiences].sort(
      ([a], [b]) => guide.audiences.findIndex((x) => x.id === a) - guide.audiences.findIndex((x) => x.id === b),
    );
    for (const [audience, { noArea }] of ordered) {
      const areas: (string | undefined)[] = [...(noArea ? [undefined] : []), ...guide.areas.map((a) => a.id)];
      for (const area of areas) {
        const groups = selectContacts(guide, outcome.id, area, audience);
        const has = new Set(groups.map((g) => g.level));
        const missing = groups.length ? LEVELS.filter((l) => l !== 'national' && !has.has(l)) : [...LEVELS];
        out.push({
          outcomeId: outcome.id,
          ...(audience === undefined ? {} : { audience }),
          ...(area === undefined ? {} : { area }),
          groups,
          missing,
        });
      }
    }
  }
  return out;
}

export interface RegisterEntry {
  contact: WithProvenance;
  /** The date the next review is due (reviewed + the pack's review interval). */
  due: string;
  overdue: boolean;
  hasSource: boolean;
}

/** Adds months to a YYYY-MM-DD date (the same arithmetic as the check's review rule). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function register(guide: Guide, today: string, reviewMonths: number): RegisterEntry[] {
  return guide.contacts.map((c) => {
    const contact = c as WithProvenance;
    const due = addMonths(contact.reviewed, reviewMonths);
    return { contact, due, overdue: due < today, hasSource: (contact.sources?.length ?? 0) > 0 };
  });
}
