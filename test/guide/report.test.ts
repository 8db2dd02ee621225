import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Marked } from 'marked';
import { buildReport, outcomeSourcesIn, type WithProvenance } from '../../src/report/index.js';
import { collapse } from '../../src/report/collapse.js';
import { describeCondition } from '../../src/report/condition.js';
import { csv, md } from '../../src/report/text.js';
import { enumeratePaths } from '../../src/check/analyse.js';
import { selectContacts } from '../../src/contacts/select.js';
import { findQuestion } from '../../src/guide/flow.js';
import type { Guide } from '../../src/content/schema.js';
import { defaultGuide, minimalGuide } from '../fixtures/guides.js';
import { defaultPack, fixtures, minimalPack, projectRoot, TODAY } from '../fixtures/node.js';
import { syntheticGuide } from '../fixtures/synthetic.js';

/** Golden files: test/fixtures/report/<pack>/<file>. `UPDATE_GOLDEN=1` rewrites them after a deliberate change. */
function golden(pack: string, files: Record<string, string>): void {
  const dir = join(fixtures, 'report', pack);
  if (process.env['UPDATE_GOLDEN']) {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  }
  assert.deepEqual(Object.keys(files).sort(), readdirSync(dir).sort(), `files written for ${pack}`);
  for (const [name, text] of Object.entries(files))
    assert.equal(text, readFileSync(join(dir, name), 'utf8'), `${pack}/${name} differs from its golden file`);
}

/** The section of a Markdown report from `## heading` to the next `## `. */
const mdSection = (text: string, heading: string) => {
  const start = text.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `no section "${heading}"`);
  const end = text.indexOf('\n## ', start + 4);
  return text.slice(start + 1, end < 0 ? undefined : end);
};

const htmlSection = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  assert.ok(start >= 0, `no section #${id}`);
  return html.slice(start, html.indexOf('</section>', start));
};

describe('flow report on the minimal pack', () => {
  const report = buildReport(minimalGuide(), { today: TODAY, sources: outcomeSourcesIn(minimalPack()) });
  const text = report.markdown;

  test('matches its golden files (HTML, Markdown, Mermaid, CSV)', () => golden('minimal', report.files));

  test('summary counts questions, outcomes, contacts and paths', () => {
    const summary = mdSection(text, 'Summary');
    for (const line of ['- Questions: 3', '- Outcomes: 3', '- Contacts: 2', '- Answer paths: 8, in 5 rows'])
      assert.ok(summary.includes(line), line);
    assert.match(summary, /Contacts with no source recorded: 0 of 2/);
    assert.match(htmlSection(report.html, 'sign-off'), /Approved by \(name\)[\s\S]*Date/);
  });

  test('decision table collapses the questions that do not change the result to "any answer"', () => {
    const table = mdSection(text, 'Decision table');
    // who: visitor (exit) | staff x goal: unsure | staff x specific x 3 lengths (always Alpha) | staff x broad x 3
    assert.ok(
      table.includes(
        '| 1 | Who are you? “A member of staff” · What do you want? “Something specific” · For how long? any answer | Alpha |  | 3 |',
      ),
    );
    assert.ok(table.includes("For how long? “A long time” or “I'm not sure” | Beta |  | 2 |"));
    assert.ok(table.includes('| Beta | Alpha | 1 |'), 'broad + short: Beta, with Alpha close behind');
    assert.match(table, /What do you want\? “I'm not sure” \| Alpha \(no clear winner\)/);
    assert.equal(report.paths.length, 8);
  });

  test('each outcome says what it says, how often it wins and comes second, and the reasons', () => {
    const alpha = mdSection(text, 'Alpha');
    assert.match(alpha, /Alpha is a kind of support\./);
    assert.match(alpha, /Suggested on 4 paths of 8; shown as "you might also consider" on 1/);
    assert.match(alpha, /- For: You want something specific\. \(3\)/);
    assert.match(mdSection(text, 'Beta'), /ranked second but not shown on 3/);
  });

  test('contacts by place and person state the gaps plainly', () => {
    const alpha = mdSection(text, 'Alpha');
    assert.ok(alpha.includes('| Staff | Here | 1\\. Local team | **No regional contact** | 1\\. The help desk |'));
    assert.ok(alpha.includes('| Staff | Everywhere | **No local contact** |'));
    assert.doesNotMatch(mdSection(text, 'Visitor information'), /Local team/);
  });

  test('the diagram labels each arrow with the answers, in words, and keeps the Mermaid source', () => {
    assert.match(report.mermaid, /^flowchart TD$/m);
    assert.match(report.mermaid, /q_who -->\|"A visitor"\| o_visitor_info/);
    assert.match(report.mermaid, /q_goal -->\|"Something specific; Something broad"\| q_length/);
    assert.doesNotMatch(mdSection(text, 'Decision table'), /\bspecific\b.*\bq_/);
    const svg = /<svg[\s\S]*<\/svg>/.exec(report.html)?.[0] ?? '';
    assert.match(svg, /role="img"/);
    for (const label of ['Who are you?', 'What do you want?', 'For how long?', 'A visitor', 'Visitor information'])
      assert.ok(svg.includes(`>${label}</tspan>`), `diagram shows "${label}" in full`);
    assert.doesNotMatch(svg, /…/);
  });

  test('the CSV lists every path, one per line', () => {
    const lines = report.files['paths.csv']!.trim().split('\r\n');
    assert.equal(lines.length, 1 + 8);
    assert.equal(lines[8], '8,A visitor,,,,Visitors,Visitor information,yes,,Visitors have their own information.,');
    assert.match(report.html, /<a href="paths\.csv">paths\.csv<\/a>/);
  });
});

describe('flow report on the default pack', () => {
  const guide = defaultGuide();
  const report = buildReport(guide, { today: TODAY });

  test('lists all 700+ paths in the CSV and far fewer rows on the page', () => {
    assert.equal(report.summarised, false);
    assert.ok(report.paths.length > 700);
    assert.equal(report.files['paths.csv']!.trim().split('\r\n').length, report.paths.length + 1);
    const rows = report.markdown.split('\n').filter((l) => /^\| \d+ \|/.test(l)).length;
    assert.equal(rows, report.model.rows.length);
    assert.ok(rows < 150, `${rows} decision-table rows`);
    console.log(`# default pack: ${report.paths.length} paths in ${rows} rows; HTML ${report.html.length} characters`);
  });

  test('the collapsed rows cover every path exactly once, with its result', () => {
    const rows = collapse(guide, report.paths);
    assert.equal(
      rows.reduce((n, r) => n + r.paths, 0),
      report.paths.length,
    );
    for (const p of report.paths) {
      const answers = new Map(p.steps);
      const matching = rows.filter(
        (r) =>
          r.answers.length === answers.size &&
          r.answers.every(([q, ids]) => answers.has(q) && (ids === 'any' || ids.includes(answers.get(q)!))),
      );
      assert.equal(matching.length, 1, p.steps.join(' > '));
      assert.equal(matching[0]!.winner, p.recommendation.winner.outcomeId);
      assert.equal(matching[0]!.runnerUp, p.recommendation.runnerUp?.outcomeId);
    }
  });

  test('the contacts table covers every area x audience x outcome reachable, in the widget order', () => {
    // Reachable: each audience with each outcome some path suggests to it (from the flow, not a
    // list), and every area, since a person can change area on the result page.
    const reachable = new Set<string>();
    for (const p of enumeratePaths(guide).paths)
      for (const area of [...guide.areas.map((a) => a.id), ...(p.area ? [] : [''])])
        reachable.add(`${p.recommendation.winner.outcomeId}|${p.audience ?? ''}|${area}`);
    assert.ok(reachable.size > 50, `${reachable.size} combinations`);
    const rows = [...report.html.matchAll(/<tr data-places="([^"]+)">([\s\S]*?)<\/tr>/g)];
    const shown = new Map<string, string>();
    for (const [, keys, row] of rows) for (const key of keys!.split(' ')) shown.set(key, row!);
    for (const key of reachable) {
      const row = shown.get(key);
      assert.ok(row, `no contacts row for ${key}`);
      const [outcome, audience, area] = key.split('|') as [string, string, string];
      const expected = selectContacts(guide, outcome, area || undefined, audience || undefined).flatMap((g) =>
        g.contacts.map((c) => c.name),
      );
      const listed = [...row.matchAll(/<li>([^<]+)/g)].map((m) => m[1]!.replace(/&#39;/g, "'"));
      assert.deepEqual(listed, expected, key);
      if (!expected.length) assert.match(row, /No local contact/);
    }
    assert.match(report.html, /No regional contact/);
  });

  test('renders conditions in words', () => {
    assert.equal(
      describeCondition(guide, findQuestion(guide, 'approach')!),
      'Asked when "What would you like to do?" is answered "Get support with my own development" or "I\'m not sure yet"; or when "Which best describes the team?" is answered "It is really about me rather than the whole team"',
    );
    assert.equal(describeCondition(guide, findQuestion(guide, 'audience')!), 'Always asked');
  });

  test('the Markdown version shows wording, not ids', () => {
    const table = mdSection(report.markdown, 'Decision table');
    assert.match(table, /What would you like to do\? “Get support with my own development”/);
    assert.doesNotMatch(table, /aim: self|offer-role|team-stage/);
  });
});

describe('provenance in the contact register', () => {
  const base = minimalGuide();
  const sourced: WithProvenance = {
    ...base.contacts[0]!,
    sources: [{ title: 'Coaching guide 2024', section: 'Page 3', url: 'https://example.org/guide.pdf' }],
    verified: '2026-10-01',
    serves: 'Staff of the example trust only',
  };
  const { sources: _sources, ...unsourced } = base.contacts[1]! as WithProvenance;
  const guide: Guide = { ...base, contacts: [sourced, { ...unsourced, reviewed: '2025-01-01' }] };
  const report = buildReport(guide, { today: TODAY });
  const register = htmlSection(report.html, 'contacts');

  test('shows sources, verification and whom it serves where a contact has them', () => {
    assert.match(register, /<a href="https:\/\/example\.org\/guide\.pdf">Coaching guide 2024, Page 3<\/a>/);
    assert.match(register, /Verified 2026-10-01/);
    assert.match(register, /Serves: Staff of the example trust only/);
    const rendered = new Marked().parse(report.markdown, { async: false });
    assert.match(rendered, /Coaching guide 2024, Page 3, https:\/\/example\.org\/guide\.pdf/);
  });

  test('says "no source recorded", "not verified" and "overdue" where it has not', () => {
    const local = register.slice(register.indexOf('id="contact-local"'));
    assert.match(local, /no source recorded/);
    assert.match(local, /not verified by a person/);
    assert.match(local, /overdue since 2026-01-01/);
    const summary = htmlSection(report.html, 'summary');
    assert.match(summary, /Reviews overdue \(1\)[\s\S]*Local team: last reviewed 2025-01-01, due 2026-01-01/);
    assert.match(summary, /Contacts with no source recorded \(1 of 2\)/);
  });
});

/** One outcome's article in report.html. */
const article = (html: string, id: string) => {
  const start = html.indexOf(`id="outcome-${id}"`);
  assert.ok(start >= 0, `no outcome ${id}`);
  return html.slice(start, html.indexOf('</article>', start));
};

describe('outcome sources in the report', () => {
  const report = buildReport(minimalGuide(), { today: TODAY, sources: outcomeSourcesIn(minimalPack()) });

  test('lists the documents each outcome comes from, with the sections they back', () => {
    const alpha = article(report.html, 'alpha');
    assert.match(alpha, /<h3>Where it comes from<\/h3>/);
    assert.match(
      alpha,
      /<a href="https:\/\/example\.org\/staff-guide">The test organisation&#39;s staff guide, Alpha support<\/a> <span class="backs">\(backs: What to expect\)<\/span>/,
    );
    const md = mdSection(report.markdown, 'Alpha');
    assert.match(
      md,
      /### Where it comes from\n\n- The test organisation's staff guide, Alpha support, https\\:\/\/example\.org\/staff-guide \(backs: What to expect\)/,
    );
  });

  test('says so where an outcome names no source', () => {
    assert.match(article(report.html, 'beta'), /Where it comes from<\/h3>\n<p><span class="flag">no source recorded/);
    assert.match(mdSection(report.markdown, 'Beta'), /### Where it comes from\n\nNo source recorded\./);
  });

  test('says nothing of outcome sources when it was not given them', () => {
    const bare = buildReport(minimalGuide(), { today: TODAY });
    assert.doesNotMatch(bare.html, /Where it comes from/);
    assert.doesNotMatch(bare.markdown, /Where it comes from/);
  });

  test('the default pack: every outcome names its sources, and the compiled pack carries none of them', () => {
    const sources = outcomeSourcesIn(defaultPack());
    const guide = defaultGuide();
    assert.deepEqual(Object.keys(sources).sort(), guide.outcomes.map((o) => o.id).sort());
    for (const [id, list] of Object.entries(sources)) assert.ok(list.length > 0, `${id} names a source`);
    assert.doesNotMatch(JSON.stringify(guide.outcomes), /"sources"/);
    assert.ok(
      guide.outcomes.every((o) => !('sources' in o)),
      'no outcome in the compiled pack has sources',
    );
    const full = buildReport(guide, { today: TODAY, sources });
    for (const o of guide.outcomes) assert.match(article(full.html, o.id), /Where it comes from<\/h3>\n<ul><li>/, o.id);
  });
});

/** Every string in a guide, and every text node, replaced by a payload. */
function hostile(guide: Guide): Guide {
  const payloads = [
    '<img src=x onerror="alert(1)">',
    '<script>alert(1)</script>',
    '[click](javascript:alert(1))',
    '![x](javascript:alert(1))',
    '<javascript:alert(1)>',
    '`x` **b** _i_ | cell',
    '# heading\n- item',
    '=HYPERLINK("http://evil.example")',
  ];
  let n = 0;
  // Ids and references stay as they are, so the guide still works; every piece of text changes.
  const ids = new Set(['id', 'format', 't', 'level', 'kind', 'sets', 'reviewed', 'value', 'exit', 'within']);
  const idLists = new Set(['areas', 'audiences', 'offers', 'tieBreak', 'weights', 'when']);
  const walk = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') {
      if (ids.has(key)) return value;
      return key === 'href' ? 'javascript:alert(1)' : `${payloads[n++ % payloads.length]} ${value}`;
    }
    if (idLists.has(key) && (!Array.isArray(value) || value.every((v) => typeof v === 'string'))) return value;
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(guide) as Guide;
}

/** Tags and attributes an escaped Markdown report may render to, and nothing else. */
function assertInert(html: string, where: string): void {
  for (const [tag, name, attrs] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    assert.ok(
      /^(h[1-6]|p|ul|ol|li|table|thead|tbody|tr|th|td|strong|em|code|pre|a|br|hr|blockquote)$/.test(name!),
      `${where}: rendered <${name}>: ${tag}`,
    );
    for (const [, attr, value] of attrs!.matchAll(/([\w-]+)\s*=\s*"([^"]*)"/g))
      assert.ok(
        (attr === 'href' && /^(https:|mailto:|tel:|#)/.test(value!)) ||
          (attr === 'class' && value === 'language-mermaid') ||
          attr === 'align' ||
          attr === 'start',
        `${where}: attribute ${attr}="${value}"`,
      );
  }
}

describe('content is escaped in every file the report writes', () => {
  const guide = hostile(minimalGuide());
  const report = buildReport(guide, {
    today: TODAY,
    sources: {
      alpha: [
        {
          title: '<img src=x onerror="alert(1)"> guide',
          section: '`x` **b** | cell',
          url: 'javascript:alert(1)',
          headings: ['<script>alert(1)</script>'],
        },
      ],
    },
  });

  test('decision-table.md matches its golden file', () =>
    golden('hostile', { 'decision-table.md': report.markdown, 'flow.mmd': report.files['flow.mmd']! }));

  test('the hostile guide really carries the payloads', () => {
    assert.match(guide.questions[0]!.question, /<img src=x onerror|<script>|javascript:/);
    assert.match(report.markdown, /onerror/);
  });

  test('decision-table.md rendered with marked shows the text and runs nothing', () => {
    const rendered = new Marked().parse(report.markdown, { async: false });
    assertInert(rendered, 'decision-table.md');
    assert.match(rendered, /&lt;img src=x onerror=(&quot;|")alert\(1\)(&quot;|")&gt;/);
    assert.match(rendered, /\[click\]\(javascript:alert\(1\)\)/);
  });

  test('md() keeps a leading list, heading or number marker as text', () => {
    for (const text of [
      '- item',
      '+ item',
      '1. item',
      '# heading',
      '> quote',
      '<b>x</b>',
      '[a](b)',
      'a|b',
      'http://x.example',
      'www.x.example',
      'a@x.example',
    ])
      assertInert(
        new Marked().parse(`- ${md(text)}\n\n${md(text)}`, { async: false }).replace(/<\/?(ul|li|p)>/g, ''),
        text,
      );
  });

  test('report.html escapes everything and keeps no unsafe link', () => {
    assert.doesNotMatch(report.html, /<(img|script|iframe)\b/i);
    assert.doesNotMatch(report.html, /href="javascript:/i);
    for (const [tag] of report.html.matchAll(/<[a-z][^>]*>/gi))
      assert.doesNotMatch(tag.replace(/"[^"]*"/g, '""'), /\son\w+=/i, tag);
    assert.match(report.html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  test('the Mermaid source and the CSV keep payloads inert', () => {
    for (const line of report.mermaid.split('\n').slice(1)) {
      assert.equal(line.split('"').length, 3, `one quoted label: ${line}`);
      assert.doesNotMatch(line.split('"')[1]!, /[<>`|]/, line);
    }
    assert.equal(csv('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    for (const line of report.files['paths.csv']!.split('\r\n'))
      for (const cell of line.split(',')) assert.doesNotMatch(cell, /^[=+@]/);
  });
});

describe('packs with too many paths to list', () => {
  test('are summarised by question, without enumerating every path', () => {
    const report = buildReport(syntheticGuide(200), { today: TODAY });
    assert.equal(report.summarised, true);
    assert.equal(report.paths.length, 0);
    assert.match(report.markdown, /more than 5000 answer paths, too many to list/);
    assert.equal(
      mdSection(report.markdown, 'Questions')
        .split('\n')
        .filter((l) => /^- Option \d/.test(l)).length,
      600,
    );
    assert.equal(report.edges.filter((e) => e.from === 'q0')[0]?.to, 'q1');
    assert.equal(report.files['paths.csv'], undefined);
    assert.match(htmlSection(report.html, 'summary'), /more than 5,000 answer paths/);
  });
});

describe('the report is build-time tooling', () => {
  const src = join(projectRoot, 'src');
  const files = readdirSync(src, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'));

  test('nothing the widget ships imports it (only the command and the editor page do)', () => {
    for (const file of files.filter((f) => !/^(report|cli|editor)\//.test(f)))
      assert.doesNotMatch(readFileSync(join(src, file), 'utf8'), /from '[./]*report\//, file);
  });

  test('it has no Node-only imports, so a browser page can call it', () => {
    assert.ok(existsSync(join(src, 'report/index.ts')));
    for (const file of files.filter((f) => f.startsWith('report/')))
      assert.doesNotMatch(readFileSync(join(src, file), 'utf8'), /from 'node:|require\(|process\./, file);
  });
});
