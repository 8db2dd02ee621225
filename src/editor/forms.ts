/**
 * The common jobs as forms, each writing correct files: a new contact (a new file in contacts/),
 * and a new area (an entry in guide.md's "areas", and an option for it in the question that sets
 * the area). Text is added, never rewritten, so the rest of each file stays exactly as it was.
 */
import { kindOf } from '../content/parse.js';

export interface NewContact {
  id: string;
  name: string;
  organisation: string;
  level: string;
  areas: string[];
  audiences: string[];
  offers: string[];
  website: string;
  email: string;
  phone: string;
  /** The title of the document the details come from: written as the contact's one source. */
  source?: string;
  description: string;
  reviewed: string;
}

/** YAML for a single line of text: quoted only when it must be. */
export function yamlText(value: string): string {
  return /^[\w][\w .,()/@'-]*$/.test(value) &&
    !/: |\s#/.test(value) &&
    !/^(true|false|null|yes|no|\d[\d .-]*)$/i.test(value)
    ? value
    : JSON.stringify(value);
}

export function contactFile(c: NewContact): string {
  const lines = [
    '---',
    `id: ${c.id}`,
    `name: ${yamlText(c.name)}`,
    `organisation: ${yamlText(c.organisation)}`,
    `level: ${c.level}`,
    `areas: [${c.areas.join(', ')}]`,
    `audiences: [${c.audiences.join(', ')}]`,
    `offers: [${c.offers.join(', ')}]`,
    ...(c.website ? [`website: ${yamlText(c.website)}`] : []),
    ...(c.email ? [`email: ${yamlText(c.email)}`] : []),
    ...(c.phone ? [`phone: ${yamlText(c.phone)}`] : []),
    ...(c.source ? ['sources:', `  - title: ${yamlText(c.source)}`] : []),
    `reviewed: ${c.reviewed}`,
    '---',
    c.description.trim(),
    '',
  ];
  return lines.join('\n');
}

export interface NewArea {
  id: string;
  name: string;
  within: string;
  /** The answer people choose for it in the area question. */
  label: string;
}

/** Inserts `lines` at the end of the block under the top-level `key:` of the front matter. */
function appendToBlock(text: string, key: string, lines: string[]): string | undefined {
  const all = text.split('\n');
  const start = all.findIndex((l) => new RegExp(`^${key}:\\s*$`).test(l));
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < all.length && (/^\s/.test(all[end]!) || all[end] === '')) end++;
  // Step back over blank lines so the new entry sits with the others.
  while (end > start + 1 && all[end - 1] === '') end--;
  if (end >= all.length) return undefined;
  const item = all.slice(start + 1, end).find((l) => /^\s*- /.test(l));
  const indent = item ? (/^\s*/.exec(item)?.[0] ?? '  ') : '  ';
  all.splice(end, 0, ...lines.map((l) => indent + l));
  return all.join('\n');
}

/** The new texts of guide.md and of the area question, or a reason it cannot be done. */
export function addArea(
  files: ReadonlyMap<string, string>,
  area: NewArea,
): { changes: Map<string, string> } | { error: string } {
  const guidePath = [...files.keys()].find((p) => kindOf(p) === 'guide');
  const questionPath = [...files.keys()].find(
    (p) => kindOf(p) === 'question' && /^sets:\s*area\s*$/m.test(files.get(p) ?? ''),
  );
  if (!guidePath) return { error: 'there is no guide.md in this folder.' };
  const guide = appendToBlock(files.get(guidePath)!, 'areas', [
    `- id: ${area.id}`,
    `  name: ${yamlText(area.name)}`,
    ...(area.within ? [`  within: ${area.within}`] : []),
  ]);
  if (!guide) return { error: 'guide.md has no "areas:" list to add to. Add the area by hand.' };
  const changes = new Map([[guidePath, guide]]);
  if (questionPath) {
    const question = appendToBlock(files.get(questionPath)!, 'options', [
      `- id: ${area.id}`,
      `  label: ${yamlText(area.label || area.name)}`,
      `  value: ${area.id}`,
    ]);
    if (!question) return { error: `${questionPath} has no "options:" list to add to. Add the option by hand.` };
    changes.set(questionPath, question);
  }
  return { changes };
}
