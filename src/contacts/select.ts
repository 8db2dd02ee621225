/**
 * Choosing and ordering contacts for an outcome, an area and an audience. A contact for a larger
 * area (England) serves every area inside it (the Midlands, then LLR).
 */
import { LEVELS } from '../content/levels.js';
import type { Area, Contact, Guide, Labels, Level, Rich } from '../content/schema.js';

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
  // Within a level, contacts open to everyone in the area come before those that serve only some
  // people (one employer's staff, say): most people can use the first card they read.
  const open = (c: Contact) => (c.serves ? 1 : 0);
  return LEVELS.map((level) => ({
    level,
    contacts: matching.filter((c) => c.level === level).sort((a, b) => open(a) - open(b)),
  })).filter((g) => g.contacts.length > 0);
}

/** Whether a scoped entry (a help line) is meant for this person: unknown never matches a limit. */
function matchesScope(
  guide: Pick<Guide, 'areas'>,
  scope: { areas?: readonly string[]; audiences?: readonly string[] },
  area: string | undefined,
  audience: string | undefined,
): boolean {
  const chain = areaChain(guide.areas, area);
  const areaOk = !scope.areas || scope.areas.some((id) => chain.includes(id));
  const audienceOk = !scope.audiences || (audience !== undefined && scope.audiences.includes(audience));
  return areaOk && audienceOk;
}

/**
 * The help line for a person: the first entry whose areas (or an area they sit within) and
 * audiences match. An entry limited to some areas or audiences is not shown until the person has
 * said theirs, so nobody is sent to a team that serves somewhere else; the last entry names nobody
 * and catches everyone else (`check` insists on it).
 */
export function selectHelp(
  guide: Pick<Guide, 'areas' | 'help'>,
  area: string | undefined,
  audience: string | undefined,
): Rich {
  return guide.help.find((entry) => matchesScope(guide, entry, area, audience))?.body ?? [];
}

/**
 * The line under a contact saying where its details come from: "checked" (with the date) only
 * when a person confirmed them with the team; otherwise the documents they were taken from; and
 * nothing when neither is known (`check` warns about that).
 */
export function provenanceText(
  contact: Pick<Contact, 'verified' | 'sources'>,
  labels: Pick<Labels, 'verified' | 'source'>,
  formatDate: (isoDate: string) => string,
): string | undefined {
  if (contact.verified) return fill(labels.verified, { date: formatDate(contact.verified) });
  const sources = (contact.sources ?? []).map((s) => (s.section ? `${s.title} (${s.section})` : s.title));
  return sources.length ? fill(labels.source, { source: sources.join('; ') }) : undefined;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
