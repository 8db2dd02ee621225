/**
 * Synthetic content packs for timing the content tooling: valid packs of any number of contacts
 * and questions, written as Markdown files just as an editor would write them. Two shapes:
 *
 *   chain  each question is asked only after the first answer to the question before it, so a
 *          pack of Q questions has about 2Q answer paths, all of them checked;
 *   flat   every question is always asked, so the answer paths grow as 3^Q and the check stops
 *          at its limit (20,000 paths) with a "too-many-paths" warning.
 *
 *   node --import tsx scripts/bench/synthetic.ts <dir> <contacts> <questions> [chain|flat]
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

export type Shape = 'chain' | 'flat';

export interface PackSize {
  contacts: number;
  questions: number;
  shape: Shape;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const OUTCOMES = 6;
const outcomeId = (n: number) => `outcome-${(((n % OUTCOMES) + OUTCOMES) % OUTCOMES) + 1}`;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

const markdownFile = (frontMatter: object, body = '') => `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n${body}`;

/** A date a month before today, so no contact is overdue for review or dated in the future. */
function recentDate(): string {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 10);
}

/** Writes a synthetic pack to `dir` (replacing anything there) and returns its file count. */
export async function writeSyntheticPack(dir: string, size: PackSize): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  for (const sub of ['questions', 'outcomes', 'contacts']) await mkdir(join(dir, sub), { recursive: true });
  const files: [string, string][] = [];

  // The real guide's areas, audiences and labels, with the synthetic questions and outcomes.
  const real = await readFile(join(root, 'content/guide.md'), 'utf8');
  const guide = parse(real.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
  const qWidth = String(size.questions).length;
  const questionIds = Array.from({ length: size.questions }, (_, i) => `q-${pad(i + 1, qWidth)}`);
  guide['title'] = `Synthetic pack: ${size.contacts} contacts, ${size.questions} questions (${size.shape})`;
  guide['questions'] = questionIds;
  guide['tieBreak'] = Array.from({ length: OUTCOMES }, (_, i) => outcomeId(i));
  files.push([
    'guide.md',
    markdownFile(guide, 'A synthetic pack for timing the content tooling.\n\nIt has **no** real advice in it.\n'),
  ]);

  for (let i = 0; i < OUTCOMES; i++)
    files.push([
      `outcomes/${outcomeId(i)}.md`,
      markdownFile(
        {
          id: outcomeId(i),
          title: `Outcome ${i + 1}`,
          kind: i === OUTCOMES - 1 ? 'signpost' : 'support',
          summary: 'A kind of support.',
        },
        `## What to expect\n\nYou meet *regularly* for an agreed time.\n\n- first point\n- second point\n\n## Before you start\n\nRead [the guide](https://example.nhs.uk/outcome-${i + 1}).\n`,
      ),
    ]);

  questionIds.forEach((id, i) => {
    const options: Record<string, unknown>[] = [
      { id: 'a', label: `Answer A to question ${i + 1}`, weights: { [outcomeId(i)]: 1 }, reason: 'You chose A.' },
      { id: 'b', label: `Answer B to question ${i + 1}`, weights: { [outcomeId(i + 1)]: 2 }, reason: 'You chose B.' },
      { id: 'c', label: "I'm not sure", unsure: true },
    ];
    if (i === 0)
      options.push({ id: 'd', label: 'Something else', exit: outcomeId(OUTCOMES - 1), reason: 'Elsewhere.' });
    const previous = questionIds[i - 1];
    const question: Record<string, unknown> = {
      id,
      question: `Synthetic question ${i + 1}?`,
      hint: 'Choose one answer.',
      error: 'Select an answer',
      ...(size.shape === 'chain' && previous ? { when: { [previous]: ['a'] } } : {}),
      options,
    };
    files.push([`questions/${id}.md`, markdownFile(question)]);
  });

  const reviewed = recentDate();
  const cWidth = String(size.contacts).length;
  for (let i = 0; i < size.contacts; i++) {
    const id = `contact-${pad(i + 1, cWidth)}`;
    const level = i === 0 ? 'national' : (['local', 'regional', 'national'] as const)[i % 3]!;
    // The first contact serves every area, as well as offering everything (below).
    const areas =
      i === 0
        ? ['england', 'outside-england']
        : level === 'local'
          ? ['llr']
          : level === 'regional'
            ? [i % 2 ? 'midlands' : 'south-west']
            : ['england'];
    files.push([
      `contacts/${id}.md`,
      markdownFile(
        {
          id,
          name: `Contact ${i + 1}`,
          organisation: `Organisation ${(i % 40) + 1}`,
          level,
          areas,
          audiences: i === 0 || i % 2 ? ['nhs', 'social-care', 'ppv'] : ['nhs', 'social-care'],
          // The first contact offers everything everywhere, so every outcome has a contact.
          offers: i === 0 ? Array.from({ length: OUTCOMES }, (_, n) => outcomeId(n)) : [outcomeId(i), outcomeId(i + 2)],
          website: `https://example.nhs.uk/contacts/${id}`,
          ...(i % 2 ? { email: `${id}@example.nhs.uk` } : { phone: '0116 258 5000' }),
          reviewed,
          sources: [{ title: 'Synthetic contact directory', section: `Entry ${i + 1}` }],
        },
        `Contact **${id}** helps staff across the area. See [their page](https://example.nhs.uk/contacts/${id}) or write to [${id}@example.nhs.uk](mailto:${id}@example.nhs.uk).\n`,
      ),
    ]);
  }

  // The index for loading the pack as Markdown at run time, as `support-finder index` writes it.
  const listed = [
    'guide.md',
    ...files
      .map(([path]) => path)
      .filter((p) => p !== 'guide.md')
      .sort(),
  ];
  files.push(['pack.yaml', `# The files of this synthetic content pack.\n${stringify({ files: listed })}`]);
  for (const [path, text] of files) await writeFile(join(dir, path), text);
  return files.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dir, contacts, questions, shape = 'chain'] = process.argv.slice(2);
  if (!dir || !contacts || !questions || (shape !== 'chain' && shape !== 'flat')) {
    console.error('Usage: node --import tsx scripts/bench/synthetic.ts <dir> <contacts> <questions> [chain|flat]');
    process.exit(2);
  }
  const count = await writeSyntheticPack(dir, { contacts: Number(contacts), questions: Number(questions), shape });
  console.log(`Wrote ${count} files to ${dir}`);
}
