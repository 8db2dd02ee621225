/**
 * Choosing and ordering contacts for an outcome, an area and an audience. A contact for a larger
 * area (England) serves every area inside it (the Midlands, then LLR).
 */
import type { Area, Contact, Guide, Level } from '../content/schema.js';

export const LEVEL_ORDER: readonly Level[] = ['local', 'regional', 'national'];

/** The area and every area it sits within, nearest first. */
export function areaChain(areas: readonly Area[], id: string | undefined): string[] {
  const chain: string[] = [];
  let cur = areas.find((a) => a.id === id);
  while (cur && !chain.includes(cur.id)) {
    chain.push(cur.id);
    cur = areas.find((a) => a.id === cur!.within);
  }
  return chain;
}

export function servesArea(guide: Pick<Guide, 'areas'>, contact: Contact, area: string | undefined): boolean {
  if (area === undefined) return true;
  const chain = areaChain(guide.areas, area);
  return contact.areas.some((id) => chain.includes(id));
}

export const servesAudience = (contact: Contact, audience: string | undefined): boolean =>
  audience === undefined || contact.audiences.includes(audience);

export interface ContactGroup {
  level: Level;
  contacts: Contact[];
}

/** Contacts for an outcome, grouped local -> regional -> national, in content order within each. */
export function selectContacts(
  guide: Pick<Guide, 'areas' | 'contacts'>,
  outcomeId: string,
  area: string | undefined,
  audience: string | undefined,
): ContactGroup[] {
  const matching = guide.contacts.filter(
    (c) => c.offers.includes(outcomeId) && servesArea(guide, c, area) && servesAudience(c, audience),
  );
  return LEVEL_ORDER.map((level) => ({ level, contacts: matching.filter((c) => c.level === level) })).filter(
    (g) => g.contacts.length > 0,
  );
}
