/** The report as one self-contained HTML page, for reading on screen and printing to PDF. */
import type { Contact, Guide, Source } from '../content/schema.js';
import type { CombinationRow } from './collapse.js';
import { describeCondition } from './condition.js';
import type { Place, RegisterEntry } from './contacts.js';
import type { ReportModel } from './model.js';
import { richHtml } from './rich.js';
import { esc, plural } from './text.js';
import { areaName, audienceName, optionEffect, outcomeTitle, rowAnswers } from './words.js';
import { STYLE } from './style.js';
import { MAX_DIAGRAM_NODES } from './diagram.js';

/** Most contacts listed per level in one cell; the rest are counted (the register has them all). */
export const CELL_LIMIT = 25;

export function toHtml(m: ReportModel, svg: string, mermaidSource: string, csvName?: string): string {
  const { guide } = m;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(guide.title)}: content report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(guide.title)}: content report for sign-off</h1>
<p class="meta">Made on ${esc(m.today)} from the content with fingerprint <code>${esc(m.fingerprint)}</code> (it changes whenever any content changes).</p>
</header>
${summary(m)}
${signOff(m)}
<nav aria-label="Contents" class="no-print"><h2>Contents</h2><ol>
<li><a href="#questions">Questions</a></li><li><a href="#flow">Flow diagram</a></li><li><a href="#decision-table">Decision table</a></li>
<li><a href="#outcomes">Outcomes</a><ol>${guide.outcomes.map((o) => `<li><a href="#outcome-${esc(o.id)}">${esc(o.title)}</a></li>`).join('')}</ol></li>
<li><a href="#contacts">Contact register</a></li></ol></nav>
<main>
${questions(guide)}
<section id="flow" class="flow"><h2>Flow diagram</h2>
<p>Each box is a question, in its full wording; each rounded box is a suggestion. Each arrow is labelled with the answers it stands for. A dashed arrow means the suggestion is worked out from the scores of all the answers given, not decided by that answer alone.</p>
<div class="diagram">${svg || `<p>${m.edges.length ? `The flow has more than ${MAX_DIAGRAM_NODES} questions and suggestions, too many to draw readably: the Mermaid source below lists every arrow.` : 'No flow to draw.'}</p>`}</div>
<details${svg ? ' class="no-print"' : ''}><summary>Mermaid source of the diagram</summary><pre>${esc(mermaidSource)}</pre></details>
</section>
${decisionTable(m, csvName)}
<section id="outcomes"><h2 class="sr-heading">Outcomes</h2>
${guide.outcomes.map((o) => outcome(m, o.id)).join('\n')}
</section>
${registerTable(m)}
</main>
</body>
</html>
`;
}

function summary(m: ReportModel): string {
  const { guide } = m;
  const overdue = m.register.filter((r) => r.overdue);
  const noSource = m.register.filter((r) => !r.hasSource);
  const list = (items: string[], none: string, cls = '') =>
    items.length
      ? `<ul${cls ? ` class="${cls}"` : ''}>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`
      : `<p>${none}</p>`;
  const paths = m.summarised
    ? `more than ${m.limit.toLocaleString('en-GB')} (too many to list)`
    : `${m.paths.length.toLocaleString('en-GB')}, in ${plural(m.rows.length, 'row')} of the decision table`;
  return `<section id="summary" class="summary"><h2>Summary</h2>
<dl class="counts">
<div><dt>Questions</dt><dd>${guide.questions.length}</dd></div>
<div><dt>Outcomes</dt><dd>${guide.outcomes.length}</dd></div>
<div><dt>Contacts</dt><dd>${guide.contacts.length}</dd></div>
<div><dt>Answer paths</dt><dd>${paths}</dd></div>
</dl>
<h3>Warnings (${m.warnings.length})</h3>
${list(m.warnings.map(esc), 'None: the content check found nothing to warn about.', 'warnings')}
<h3>Reviews overdue (${overdue.length})</h3>
${list(
  overdue.map((r) => `${esc(r.contact.name)}: last reviewed ${esc(r.contact.reviewed)}, due ${esc(r.due)}`),
  `None: every contact was reviewed in the last ${plural(m.reviewMonths, 'month')}.`,
)}
<h3>Contacts with no source recorded (${noSource.length} of ${guide.contacts.length})</h3>
${noSource.length ? `<p class="names">${noSource.map((r) => esc(r.contact.name)).join('; ')}</p>` : '<p>None: every contact names its source.</p>'}
</section>`;
}

function signOff(m: ReportModel): string {
  const field = (label: string) =>
    `<div class="field"><span class="label">${label}</span><span class="line"></span></div>`;
  return `<section id="sign-off" class="sign-off"><h2>Sign-off</h2>
<p>I have read this report and approve the content it describes (fingerprint <code>${esc(m.fingerprint)}</code>).</p>
${field('Approved by (name)')}${field('Role')}${field('Date')}${field('Signature')}
</section>`;
}

function questions(guide: Guide): string {
  const rows = guide.questions.map(
    (q, i) =>
      `<tr id="q-${esc(q.id)}"><td>Q${i + 1}</td><td><strong>${esc(q.question)}</strong>${q.hint ? `<br><span class="hint">${esc(q.hint)}</span>` : ''}<br><span class="when">${esc(describeCondition(guide, q))}</span></td><td><ul class="answers">${q.options
        .map(
          (o) =>
            `<li><strong>${esc(o.label)}</strong>: ${esc(optionEffect(guide, o))}${o.reason ? `<br><span class="reason">Reason shown: ${esc(o.reason)}</span>` : ''}</li>`,
        )
        .join('')}</ul></td></tr>`,
  );
  return `<section id="questions"><h2>Questions</h2>
<p>The questions in the order they can be asked, when each is asked, and what each answer does. Points add up for each suggestion; the highest wins.</p>
<table class="questions"><thead><tr><th scope="col">#</th><th scope="col">Question</th><th scope="col">Answers and what they do</th></tr></thead><tbody>${rows.join('')}</tbody></table>
</section>`;
}

function answersCell(guide: Guide, row: CombinationRow): string {
  return `<ul class="combo">${rowAnswers(guide, row.answers)
    .map(
      ([n, q, a]) =>
        `<li><abbr class="q" title="${esc(q)}">${n}</abbr> <span class="${a === 'any answer' ? 'any' : 'a'}">${esc(a)}</span></li>`,
    )
    .join('')}</ul>`;
}

function decisionTable(m: ReportModel, csvName: string | undefined): string {
  const { guide } = m;
  if (m.summarised)
    return `<section id="decision-table"><h2>Decision table</h2><p>This pack has more than ${m.limit.toLocaleString('en-GB')} answer paths, too many to list. The questions table above shows what each answer does.</p></section>`;
  const rows = m.rows.map(
    (r) =>
      `<tr id="row-${r.n}"><td>${r.n}</td><td>${answersCell(guide, r)}</td><td><a href="#outcome-${esc(r.winner)}">${esc(outcomeTitle(guide, r.winner))}</a>${r.clear ? '' : ' <em>(no clear winner: chosen by the tie-break order)</em>'}</td><td>${esc(outcomeTitle(guide, r.runnerUp))}</td><td class="num">${r.paths}</td></tr>`,
  );
  return `<section id="decision-table" class="decision"><h2>Decision table</h2>
<p>The ${plural(m.paths.length, 'answer path')} collapsed to ${plural(m.rows.length, 'row')}: where every answer to a question gives the same result it shows as "any answer"; a question not listed is not asked on that row. Each row gives the suggestion and what is shown as "you might also consider". Q1, Q2 and so on are the questions as numbered above.${csvName ? ` Every path, one per line, is in <a href="${esc(csvName)}">${esc(csvName)}</a> beside this page.` : ''}</p>
<table><thead><tr><th scope="col">#</th><th scope="col">Answers</th><th scope="col">Suggestion</th><th scope="col">Also consider</th><th scope="col">Paths</th></tr></thead><tbody>${rows.join('')}</tbody></table>
</section>`;
}

const ranges = (ns: number[]) => {
  const out: string[] = [];
  for (let i = 0; i < ns.length; i++) {
    let j = i;
    while (ns[j + 1] === ns[j]! + 1) j++;
    out.push(j > i ? `${ns[i]}-${ns[j]}` : `${ns[i]}`);
    i = j;
  }
  return out;
};

function outcome(m: ReportModel, id: string): string {
  const { guide } = m;
  const o = guide.outcomes.find((x) => x.id === id)!;
  const s = m.stats.get(id)!;
  const total = m.paths.length;
  const pct = (n: number) => (total ? ` (${Math.round((n / total) * 100)}%)` : '');
  const reasons = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .map(([text, n]) => `<li>${esc(text)} <span class="count">(${plural(n, 'path')})</span></li>`)
      .join('');
  const how = m.summarised
    ? '<p>Too many answer paths to count.</p>'
    : `<table class="stats"><tbody>
<tr><th scope="row">Suggested</th><td>on ${plural(s.wins, 'path')} of ${total}${pct(s.wins)}${s.unclear ? `, ${s.unclear} of them with no clear winner` : ''}</td></tr>
<tr><th scope="row">Shown as "you might also consider"</th><td>on ${plural(s.runnerUp, 'path')}${pct(s.runnerUp)}</td></tr>
<tr><th scope="row">Ranked second but not shown</th><td>on ${plural(s.secondHidden, 'path')}${pct(s.secondHidden)}</td></tr>
<tr><th scope="row">Decision-table rows</th><td>${
        s.rows.length
          ? ranges(s.rows)
              .map((r) => `<a href="#row-${r.split('-')[0]}">${r}</a>`)
              .join(', ')
          : 'none'
      }</td></tr>
</tbody></table>
${s.for.size ? `<h4>Reasons shown for it</h4><ul class="reasons for">${reasons(s.for)}</ul>` : ''}
${s.against.size ? `<h4>Reasons shown against it</h4><ul class="reasons against">${reasons(s.against)}</ul>` : ''}`;
  return `<article id="outcome-${esc(o.id)}" class="outcome"><h2>${esc(o.title)} <span class="kind">${esc(o.kind)}</span></h2>
<h3>What it says</h3>
<div class="says"><p class="summary-text">${esc(o.summary)}</p>${o.sections.map((sec) => `<h4>${esc(sec.heading)}</h4>${richHtml(sec.body, 5)}`).join('')}</div>
${outcomeSources(m, id)}
<h3>How people get here</h3>
${how}
<h3>Contacts by place and person</h3>
${placesTable(m, id)}
</article>`;
}

function names(contacts: Contact[], register: Map<string, RegisterEntry>): string {
  const shown = contacts.slice(0, CELL_LIMIT).map((c) => {
    const r = register.get(c.id);
    const marks = `${r && !r.hasSource ? '†' : ''}${r?.overdue ? '‡' : ''}`;
    return `<li>${esc(c.name)}${marks ? `<span class="mark">${marks}</span>` : ''}</li>`;
  });
  const more = contacts.length - shown.length;
  return `<ol>${shown.join('')}</ol>${more > 0 ? `<p class="more">and ${plural(more, 'more contact')}, in the register</p>` : ''}`;
}

/** Rows of the places table: areas with the same contacts merged, then audiences with the same rows. */
interface PlaceRow {
  audiences: (string | undefined)[];
  areas: (string | undefined)[];
  place: Place;
}

function placeRows(list: Place[]): PlaceRow[] {
  const sig = (p: Place) => JSON.stringify([p.groups.map((g) => [g.level, g.contacts.map((c) => c.id)]), p.missing]);
  const byAudience = new Map<string | undefined, PlaceRow[]>();
  for (const p of list) {
    const rows = byAudience.get(p.audience) ?? [];
    const same = rows.find((r) => sig(r.place) === sig(p));
    if (same) same.areas.push(p.area);
    else rows.push({ audiences: [p.audience], areas: [p.area], place: p });
    byAudience.set(p.audience, rows);
  }
  const merged: { key: string; rows: PlaceRow[] }[] = [];
  for (const rows of byAudience.values()) {
    const key = JSON.stringify(rows.map((r) => [r.areas, sig(r.place)]));
    const same = merged.find((m) => m.key === key);
    if (same) same.rows.forEach((r, i) => r.audiences.push(...rows[i]!.audiences));
    else merged.push({ key, rows });
  }
  return merged.flatMap((m) => m.rows);
}

function placesTable(m: ReportModel, outcomeId: string): string {
  const { guide } = m;
  const list = m.places.filter((p) => p.outcomeId === outcomeId);
  if (!list.length) return '<p>No answers lead here, so nobody is shown contacts for it.</p>';
  const byId = new Map(m.register.map((r) => [r.contact.id, r]));
  const cell = (p: Place, level: 'local' | 'regional' | 'national') => {
    const group = p.groups.find((g) => g.level === level);
    if (group) return `<td>${names(group.contacts, byId)}</td>`;
    return p.missing.includes(level) ? `<td class="gap">No ${level} contact</td>` : '<td>None</td>';
  };
  const rows = placeRows(list).map(({ audiences, areas, place: p }) => {
    const keys = audiences.flatMap((au) => areas.map((ar) => `${p.outcomeId}|${au ?? ''}|${ar ?? ''}`));
    const who = audiences.map((a) => esc(audienceName(guide, a))).join('<br>');
    const where = areas.map((a) => esc(areaName(guide, a))).join('<br>');
    const none = p.groups.length
      ? ''
      : `<tr class="none"><td colspan="5">Nobody to contact: the person is told "${esc(guide.labels.noContacts)}"</td></tr>`;
    return `<tr data-places="${esc(keys.join(' '))}"><th scope="row">${who}</th><td>${where}</td>${cell(p, 'local')}${cell(p, 'regional')}${cell(p, 'national')}</tr>${none}`;
  });
  return `<p>What a person sees with this suggestion, in order, by who they are and where they work. People can change the area on the result page, so every area is listed; places with the same contacts share a row.</p>
<p class="legend"><span class="mark">†</span> no source recorded; <span class="mark">‡</span> review overdue (see the contact register).</p>
<table class="places"><thead><tr><th scope="col">Person</th><th scope="col">Place</th><th scope="col">Local</th><th scope="col">Regional</th><th scope="col">National</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function source(r: RegisterEntry): string {
  return sourceList(r.contact.sources ?? []);
}

function sourceList(sources: readonly (Source & { headings?: string[] })[]): string {
  if (!sources.length) return '<span class="flag">no source recorded</span>';
  return `<ul>${sources
    .map((s) => {
      const title = esc(s.title) + (s.section ? `, ${esc(s.section)}` : '');
      const url = s.url && /^https:\/\//i.test(s.url) ? s.url : undefined;
      const backs = s.headings?.length ? ` <span class="backs">(backs: ${s.headings.map(esc).join('; ')})</span>` : '';
      return `<li>${url ? `<a href="${esc(url)}">${title}</a>` : title}${backs}</li>`;
    })
    .join('')}</ul>`;
}

/** What an outcome's wording comes from, when the report was given the files' sources. */
function outcomeSources(m: ReportModel, id: string): string {
  if (!m.sources) return '';
  const list = m.sources[id] ?? [];
  return `<h3>Where it comes from</h3>\n${list.length ? sourceList(list) : '<p><span class="flag">no source recorded</span></p>'}`;
}

function registerTable(m: ReportModel): string {
  const { guide } = m;
  const rows = m.register.map((r) => {
    const c = r.contact;
    const channels = [c.website, c.email, c.phone].filter(Boolean).map((x) => esc(x!));
    return `<tr id="contact-${esc(c.id)}"><td><strong>${esc(c.name)}</strong><br>${esc(c.organisation)}${channels.length ? `<br><span class="channels">${channels.join('<br>')}</span>` : ''}</td><td>${esc(c.level)}</td><td>${esc(c.areas.map((a) => areaName(guide, a)).join(', '))}</td><td>${esc(c.audiences.map((a) => audienceName(guide, a)).join(', '))}${c.serves ? `<br>Serves: ${esc(c.serves)}` : ''}</td><td>${esc(c.offers.map((o) => outcomeTitle(guide, o)).join(', '))}</td><td>${source(r)}</td><td>Reviewed ${esc(c.reviewed)}${r.overdue ? ` <span class="flag">overdue since ${esc(r.due)}</span>` : `, due ${esc(r.due)}`}<br>${c.verified ? `Verified ${esc(c.verified)}` : '<span class="flag">not verified by a person</span>'}</td></tr>`;
  });
  return `<section id="contacts" class="register"><h2>Contact register</h2>
<p>Every contact, in the order the widget lists them within each level.</p>
<table><thead><tr><th scope="col">Contact</th><th scope="col">Level</th><th scope="col">Areas</th><th scope="col">For</th><th scope="col">Offers</th><th scope="col">Source</th><th scope="col">Checked</th></tr></thead><tbody>${rows.join('')}</tbody></table>
</section>`;
}
