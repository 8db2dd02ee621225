/**
 * The report as Markdown (decision-table.md): wording, not ids, and every piece of content
 * escaped with `md()`, so rendering the file with marked (or any CommonMark renderer) shows
 * the text and runs nothing.
 */
import { describeCondition } from './condition.js';
import type { ReportModel } from './model.js';
import { CELL_LIMIT } from './html.js';
import { richMd } from './rich.js';
import { md, plural } from './text.js';
import { areaName, audienceName, optionEffect, outcomeTitle, rowAnswers } from './words.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const head = (cells: string[]) => [row(cells), row(cells.map(() => '---'))].join('\n');

export function toMarkdown(m: ReportModel, mermaidSource: string, csvName?: string): string {
  return [
    ...summaryMd(m),
    ...questionsMd(m, mermaidSource),
    ...decisionTableMd(m, csvName),
    ...m.guide.outcomes.flatMap((o) => outcomeMd(m, o.id)),
    ...registerMd(m),
  ].join('\n');
}

/** The title, the summary figures and the sign-off block. */
function summaryMd(m: ReportModel): string[] {
  const { guide } = m;
  const overdue = m.register.filter((r) => r.overdue);
  const noSource = m.register.filter((r) => !r.hasSource);
  return [
    `# ${md(guide.title)}: content report for sign-off`,
    '',
    `Made on ${md(m.today)} from the content with fingerprint ${md(m.fingerprint)}.`,
    '',
    '## Summary',
    '',
    `- Questions: ${guide.questions.length}`,
    `- Outcomes: ${guide.outcomes.length}`,
    `- Contacts: ${guide.contacts.length}`,
    m.summarised
      ? `- Answer paths: more than ${m.limit} (too many to list)`
      : `- Answer paths: ${m.paths.length}, in ${plural(m.rows.length, 'row')} of the decision table`,
    `- Warnings: ${m.warnings.length}`,
    ...m.warnings.map((w) => `  - ${md(w)}`),
    `- Reviews overdue: ${overdue.length}`,
    ...overdue.map((r) => `  - ${md(r.contact.name)}: last reviewed ${md(r.contact.reviewed)}, due ${md(r.due)}`),
    `- Contacts with no source recorded: ${noSource.length} of ${guide.contacts.length}`,
    '',
    '## Sign-off',
    '',
    `I have read this report and approve the content it describes (fingerprint ${md(m.fingerprint)}).`,
    '',
    '- Approved by (name):',
    '- Role:',
    '- Date:',
    '',
  ];
}

/** Each question with its condition and what each answer does, then the flow diagram. */
function questionsMd(m: ReportModel, mermaidSource: string): string[] {
  const { guide } = m;
  return [
    '## Questions',
    '',
    ...guide.questions.flatMap((q, i) => [
      `${i + 1}\\. **${md(q.question)}** ${md(describeCondition(guide, q))}.`,
      '',
      ...q.options.map((o) => `- ${md(o.label)}: ${md(optionEffect(guide, o))}`),
      '',
    ]),
    '## Flow diagram',
    '',
    '```mermaid',
    mermaidSource.replace(/`/g, '#96;'),
    '```',
    '',
  ];
}

/** The decision table's heading and rows, or why there is none. */
function decisionTableMd(m: ReportModel, csvName?: string): string[] {
  const { guide } = m;
  const out = ['## Decision table', ''];
  if (m.summarised) out.push(`This pack has more than ${m.limit} answer paths, too many to list.`, '');
  else {
    out.push(
      `The ${plural(m.paths.length, 'answer path')} collapsed to ${plural(m.rows.length, 'row')}; "any answer" means every answer to that question gives the same result.${csvName ? ` Every path is listed in ${md(csvName)}.` : ''}`,
      '',
      head(['#', 'Answers', 'Suggestion', 'Also consider', 'Paths']),
      ...m.rows.map((r) =>
        row([
          `${r.n}`,
          rowAnswers(guide, r.answers)
            .map(([, q, a]) => `${md(q)} ${md(a)}`)
            .join(' · '),
          md(outcomeTitle(guide, r.winner)) + (r.clear ? '' : ' (no clear winner)'),
          md(outcomeTitle(guide, r.runnerUp)),
          `${r.paths}`,
        ]),
      ),
      '',
    );
  }
  return out;
}

function registerMd(m: ReportModel): string[] {
  const { guide } = m;
  return [
    '## Contact register',
    '',
    head(['Contact', 'Level', 'Areas', 'For', 'Source', 'Checked']),
    ...m.register.map((r) => {
      const c = r.contact;
      const sources = c.sources?.length
        ? c.sources.map((s) => md([s.title, s.section, s.url].filter(Boolean).join(', '))).join('; ')
        : 'no source recorded';
      return row([
        `${md(c.name)} (${md(c.organisation)})`,
        md(c.level),
        md(c.areas.map((a) => areaName(guide, a)).join(', ')),
        md(c.audiences.map((a) => audienceName(guide, a)).join(', ')) + (c.serves ? ` · serves ${md(c.serves)}` : ''),
        sources,
        `reviewed ${md(c.reviewed)}${r.overdue ? ' (overdue)' : ''}; ${c.verified ? `verified ${md(c.verified)}` : 'not verified by a person'}`,
      ]);
    }),
    '',
  ];
}

function outcomeMd(m: ReportModel, id: string): string[] {
  const { guide } = m;
  const o = guide.outcomes.find((x) => x.id === id)!;
  const s = m.stats.get(id)!;
  const out = [`## ${md(o.title)}`, '', md(o.summary), ''];
  for (const sec of o.sections) out.push(`### ${md(sec.heading)}`, '', richMd(sec.body), '');
  if (m.sources) {
    const sources = m.sources[id] ?? [];
    out.push('### Where it comes from', '');
    if (!sources.length) out.push('No source recorded.');
    for (const src of sources)
      out.push(
        `- ${md([src.title, src.section, src.url].filter(Boolean).join(', '))}` +
          (src.headings?.length ? ` (backs: ${src.headings.map(md).join('; ')})` : ''),
      );
    out.push('');
  }
  if (!m.summarised) {
    out.push(
      `Suggested on ${plural(s.wins, 'path')} of ${m.paths.length}; shown as "you might also consider" on ${s.runnerUp}; ranked second but not shown on ${s.secondHidden}. Decision-table rows: ${s.rows.join(', ') || 'none'}.`,
      '',
    );
    for (const [text, n] of s.for) out.push(`- For: ${md(text)} (${n})`);
    for (const [text, n] of s.against) out.push(`- Against: ${md(text)} (${n})`);
    if (s.for.size || s.against.size) out.push('');
  }
  const list = m.places.filter((p) => p.outcomeId === id);
  if (list.length) {
    out.push(`### Contacts for ${md(o.title)}`, '', head(['Person', 'Place', 'Local', 'Regional', 'National']));
    for (const p of list) {
      const cell = (level: 'local' | 'regional' | 'national') => {
        const g = p.groups.find((x) => x.level === level);
        if (g) {
          const more = g.contacts.length - CELL_LIMIT;
          const names = g.contacts.slice(0, CELL_LIMIT).map((c, i) => `${i + 1}\\. ${md(c.name)}`);
          return names.join(' ') + (more > 0 ? ` and ${plural(more, 'more contact')} (see the register)` : '');
        }
        return p.missing.includes(level) ? `**No ${level} contact**` : '-';
      };
      out.push(
        row([
          md(audienceName(guide, p.audience)),
          md(areaName(guide, p.area)),
          cell('local'),
          cell('regional'),
          cell('national'),
        ]),
      );
    }
    out.push('');
  }
  return out;
}
