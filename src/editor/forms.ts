/**
 * The common jobs as forms, each writing correct files: a new contact (a new file in contacts/),
 * and a new area (an entry in guide.md's "areas", and an option for it in the question that sets
 * the area). Text is added, never rewritten, so the rest of each file stays exactly as it was.
 */
import { kindOf } from '../content/parse-file.js';

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

/**
 * Inserts `lines` at the end of the block under the top-level `key:` of the front matter, with
 * the file's own line endings; every other byte of the file stays as it was.
 */
function appendToBlock(text: string, key: string, lines: string[]): string | undefined {
  const all = text.split('\n');
  const blank = (l: string | undefined) => l === '' || l === '\r';
  const end1 = all.findIndex((l, i) => i > 0 && /^---[ \t]*\r?$/.test(l));
  const start = all.findIndex((l, i) => i < end1 && new RegExp(`^${key}:\\s*$`).test(l));
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < all.length && (/^\s/.test(all[end]!) || blank(all[end]))) end++;
  // Step back over blank lines so the new entry sits with the others.
  while (end > start + 1 && blank(all[end - 1])) end--;
  if (end >= all.length) return undefined;
  const item = all.slice(start + 1, end).find((l) => /^\s*- /.test(l));
  const indent = item ? (/^\s*/.exec(item)?.[0] ?? '  ') : '  ';
  const eol = all[start]!.endsWith('\r') ? '\r' : '';
  all.splice(end, 0, ...lines.map((l) => indent + l + eol));
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

/** What a new option of a question does when it is chosen. */
export type OptionEffect = 'weights' | 'exit' | 'unsure' | 'none';

export interface NewOption {
  /** The id of the question it is added to. */
  question: string;
  id: string;
  label: string;
  hint: string;
  effect: OptionEffect;
  /** Outcome id -> points, for "weights". */
  weights: Record<string, number>;
  /** The outcome the questions end at, for "exit". */
  exit: string;
  /** Shown to people to explain the suggestion (with weights or an exit). */
  reason: string;
  /** The area or audience it sets, on a question with "sets". */
  value: string;
}

/** An option id from its label: "I'm not sure yet" -> "im-not-sure-yet". */
export function suggestId(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
}

/** The file that defines the question `id`: its "id:" line, or else its file name. */
function questionFile(files: ReadonlyMap<string, string>, id: string): string | undefined {
  const questions = [...files.keys()].filter((p) => kindOf(p) === 'question');
  return (
    questions.find((p) => new RegExp(`^id:[ \\t]*["']?${id}["']?[ \\t]*\\r?$`, 'm').test(files.get(p) ?? '')) ??
    questions.find((p) => p.endsWith(`/${id}.md`))
  );
}

/** The new text of the question's file, with the option added at the end of its "options". */
export function addOption(
  files: ReadonlyMap<string, string>,
  option: NewOption,
): { path: string; text: string } | { error: string } {
  const path = questionFile(files, option.question);
  if (!path) return { error: `there is no question with the id "${option.question}".` };
  const text = files.get(path)!;
  if (new RegExp(`^\\s*- id:[ \\t]*["']?${option.id}["']?[ \\t]*\\r?$`, 'm').test(text))
    return { error: `the question already has an option with the id "${option.id}". Give this one another id.` };
  const weights = Object.entries(option.weights);
  const lines = [
    `- id: ${option.id}`,
    `  label: ${yamlText(option.label)}`,
    ...(option.hint ? [`  hint: ${yamlText(option.hint)}`] : []),
    ...(option.effect === 'weights' && weights.length
      ? [`  weights: { ${weights.map(([id, n]) => `${id}: ${n}`).join(', ')} }`]
      : []),
    ...(option.effect === 'exit' && option.exit ? [`  exit: ${option.exit}`] : []),
    ...((option.effect === 'weights' || option.effect === 'exit') && option.reason
      ? [`  reason: ${yamlText(option.reason)}`]
      : []),
    ...(option.value ? [`  value: ${option.value}`] : []),
    ...(option.effect === 'unsure' ? ['  unsure: true'] : []),
  ];
  const changed = appendToBlock(text, 'options', lines);
  if (!changed) return { error: `${path} has no "options:" list to add to. Add the option by hand.` };
  return { path, text: changed };
}
