/**
 * The flow report for editors and sign-off: a decision table (every answer path -> suggestion,
 * runner-up and reasons) and a flow diagram (Mermaid source and an SVG picture), as Markdown
 * and as one self-contained HTML page. When a pack has too many paths to list, the report
 * summarises by question instead and says so.
 */
import type { Guide } from '../content/schema.js';
import { countPaths, enumeratePaths, type PathResult } from './analyse.js';
import { conditionAllows, findQuestion } from './flow.js';

export interface FlowEdge {
  from: string;
  /** A question id, or `outcome:<id>`. */
  to: string;
  /** Option ids that lead this way. */
  options: string[];
}

export interface Report {
  /** Paths listed in the decision table (empty when summarised). */
  paths: PathResult[];
  /** True when there were more paths than `limit` and the report summarises by question. */
  summarised: boolean;
  edges: FlowEdge[];
  mermaid: string;
  markdown: string;
  html: string;
}

export function buildReport(guide: Guide, limit = 5000): Report {
  // Count first: a pack whose paths explode is summarised without working out any of them.
  const { truncated } = countPaths(guide, limit);
  const { paths } = truncated ? { paths: [] } : enumeratePaths(guide, limit);
  const edges = truncated ? staticEdges(guide) : pathEdges(paths);
  const mermaid = toMermaid(guide, edges);
  const svg = toSvg(guide, edges);
  const summaryNote = truncated
    ? `This pack has more than ${limit} answer paths, so the table summarises each question and its options instead of listing every path. The diagram shows which question can follow which.`
    : `${paths.length} answer paths, each listed below.`;
  const markdown = [
    `# ${guide.title}: decision table`,
    '',
    summaryNote,
    '',
    truncated ? questionTableMd(guide) : pathTableMd(guide, paths),
    '',
    '## Flow diagram',
    '',
    '```mermaid',
    mermaid,
    '```',
    '',
  ].join('\n');
  const html = page(
    guide,
    summaryNote,
    truncated ? questionTableHtml(guide) : pathTableHtml(guide, paths),
    svg,
    mermaid,
  );
  return { paths: truncated ? [] : paths, summarised: truncated, edges, mermaid, markdown, html };
}

const outcomeTitle = (guide: Guide, id: string | undefined) =>
  id ? (guide.outcomes.find((o) => o.id === id)?.title ?? id) : '';
const optionLabel = (guide: Guide, q: string, o: string) =>
  findQuestion(guide, q)?.options.find((x) => x.id === o)?.label ?? o;

function pathEdges(paths: PathResult[]): FlowEdge[] {
  const map = new Map<string, FlowEdge>();
  const add = (from: string, to: string, option: string) => {
    const key = `${from}>${to}`;
    const edge = map.get(key) ?? { from, to, options: [] };
    if (!edge.options.includes(option)) edge.options.push(option);
    map.set(key, edge);
  };
  for (const { steps, recommendation } of paths) {
    steps.forEach(([q, o], i) => {
      const next = steps[i + 1];
      add(q, next ? next[0] : `outcome:${recommendation.winner.outcomeId}`, o);
    });
  }
  return [...map.values()];
}

/** Without listing paths: each option leads to the next question whose condition it allows. */
function staticEdges(guide: Guide): FlowEdge[] {
  const edges: FlowEdge[] = [];
  guide.questions.forEach((q, i) => {
    for (const option of q.options) {
      let to = option.exit ? `outcome:${option.exit}` : 'outcome:?';
      if (!option.exit) {
        const next = guide.questions.slice(i + 1).find((later) => conditionAllows(later, q.id, option.id));
        if (next) to = next.id;
      }
      const edge = edges.find((e) => e.from === q.id && e.to === to);
      if (edge) edge.options.push(option.id);
      else edges.push({ from: q.id, to, options: [option.id] });
    }
  });
  return edges;
}

const nodeId = (id: string) =>
  (id.startsWith('outcome:') ? `o_${id.slice(8)}` : `q_${id}`).replace(/[^A-Za-z0-9_]/g, '_');
const mermaidText = (text: string) => text.replace(/"/g, '#quot;');

export function toMermaid(guide: Guide, edges: FlowEdge[]): string {
  const lines = ['flowchart TD'];
  for (const q of guide.questions) lines.push(`  ${nodeId(q.id)}["${mermaidText(q.question)}"]`);
  const outcomes = new Set(edges.filter((e) => e.to.startsWith('outcome:')).map((e) => e.to));
  for (const o of outcomes)
    lines.push(`  ${nodeId(o)}(["${mermaidText(outcomeTitle(guide, o.slice(8)) || 'Suggestion')}"])`);
  for (const e of edges) lines.push(`  ${nodeId(e.from)} -->|${mermaidText(e.options.join(', '))}| ${nodeId(e.to)}`);
  return lines.join('\n');
}

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function pathTableMd(guide: Guide, paths: PathResult[]): string {
  const rows = paths.map((p, i) => {
    const r = p.recommendation;
    const answers = p.steps.map(([q, o]) => `${q}: ${o}`).join('; ');
    const reasons = [...r.winner.for.map((x) => `+ ${x.text}`), ...r.winner.against.map((x) => `- ${x.text}`)].join(
      ' ',
    );
    return `| ${i + 1} | ${cell(answers)} | ${cell(outcomeTitle(guide, r.winner.outcomeId))}${r.clear ? '' : ' (no clear winner)'} | ${cell(outcomeTitle(guide, r.runnerUp?.outcomeId))} | ${cell(reasons)} |`;
  });
  return [
    '| # | Answers | Suggestion | Runner-up | Reasons (+ for, - against) |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function optionEffect(guide: Guide, option: Guide['questions'][number]['options'][number]): string {
  if (option.exit) return `goes to ${outcomeTitle(guide, option.exit)}`;
  if (option.unsure) return 'counts for nothing';
  const weights = Object.entries(option.weights ?? {})
    .map(([id, w]) => `${outcomeTitle(guide, id)} ${w > 0 ? '+' : ''}${w}`)
    .join(', ');
  return [option.value ? `sets ${option.value}` : '', weights].filter(Boolean).join('; ');
}

function questionTableMd(guide: Guide): string {
  const rows = guide.questions.flatMap((q) =>
    q.options.map(
      (o) => `| ${cell(q.id)} | ${cell(o.label)} | ${cell(optionEffect(guide, o))} | ${cell(o.reason ?? '')} |`,
    ),
  );
  return ['| Question | Answer | Effect | Reason shown |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function pathTableHtml(guide: Guide, paths: PathResult[]): string {
  const rows = paths.map((p, i) => {
    const r = p.recommendation;
    const answers = p.steps
      .map(
        ([q, o]) =>
          `<li>${esc(findQuestion(guide, q)?.question ?? q)} <strong>${esc(optionLabel(guide, q, o))}</strong></li>`,
      )
      .join('');
    const reasons = [
      ...r.winner.for.map((x) => `<li class="for">${esc(x.text)}</li>`),
      ...r.winner.against.map((x) => `<li class="against">${esc(x.text)}</li>`),
    ].join('');
    return `<tr><td>${i + 1}</td><td><ol>${answers}</ol></td><td>${esc(outcomeTitle(guide, r.winner.outcomeId))}${r.clear ? '' : ' <em>(no clear winner)</em>'}</td><td>${esc(outcomeTitle(guide, r.runnerUp?.outcomeId))}</td><td><ul>${reasons}</ul></td></tr>`;
  });
  return `<table><caption>Every answer path and its suggestion</caption><thead><tr><th scope="col">#</th><th scope="col">Answers</th><th scope="col">Suggestion</th><th scope="col">Runner-up</th><th scope="col">Reasons</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function questionTableHtml(guide: Guide): string {
  const rows = guide.questions.flatMap((q) =>
    q.options.map(
      (o) =>
        `<tr><td>${esc(q.id)}</td><td>${esc(o.label)}</td><td>${esc(optionEffect(guide, o))}</td><td>${esc(o.reason ?? '')}</td></tr>`,
    ),
  );
  return `<table><caption>Each question's answers and what they do</caption><thead><tr><th scope="col">Question</th><th scope="col">Answer</th><th scope="col">Effect</th><th scope="col">Reason shown</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Questions down the left in the order asked, suggestions down the right. */
export function toSvg(guide: Guide, edges: FlowEdge[]): string {
  const W = 240;
  const H = 52;
  const STEP = H + 48;
  const used = guide.questions.filter((q) => edges.some((e) => e.from === q.id || e.to === q.id));
  // Each suggestion sits level with the average question leading to it, to keep lines short.
  const rank = (o: string) => {
    const from = edges.filter((e) => e.to === o).map((e) => used.findIndex((q) => q.id === e.from));
    return from.reduce((a, b) => a + b, 0) / Math.max(from.length, 1);
  };
  const outcomes = [...new Set(edges.filter((e) => e.to.startsWith('outcome:')).map((e) => e.to))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
  const height = Math.max(used.length * STEP, outcomes.length * (H + 16)) + 40;
  const pos = new Map<string, { x: number; y: number }>();
  used.forEach((q, i) => pos.set(q.id, { x: 20 + (i % 2) * 60, y: 20 + i * STEP }));
  const spacing = (height - 40) / Math.max(outcomes.length, 1);
  outcomes.forEach((o, i) => pos.set(o, { x: 640, y: 20 + i * spacing }));
  const width = 640 + W + 20;
  const shorten = (text: string, max = 36) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  const lines = edges.map((e) => {
    const a = pos.get(e.from);
    const b = pos.get(e.to);
    if (!a || !b) return '';
    const title = `<title>${esc(e.options.join(', '))}</title>`;
    if (e.to.startsWith('outcome:')) {
      const [x1, y1, x2, y2] = [a.x + W, a.y + H / 2, b.x, b.y + H / 2];
      return `<path d="M${x1},${y1} C${x1 + 120},${y1} ${x2 - 120},${y2} ${x2},${y2}" class="edge to-outcome" marker-end="url(#arrow)">${title}</path>`;
    }
    const [x1, y1, x2, y2] = [a.x + W / 2, a.y + H, b.x + W / 2, b.y];
    const bend = Math.abs(y2 - y1) > STEP ? -90 : 0;
    return `<path d="M${x1},${y1} C${x1 + bend},${(y1 + y2) / 2} ${x2 + bend},${(y1 + y2) / 2} ${x2},${y2}" class="edge" marker-end="url(#arrow)">${title}</path>`;
  });
  const boxes = [...pos.entries()].map(([id, { x, y }]) => {
    const isOutcome = id.startsWith('outcome:');
    const label = isOutcome
      ? outcomeTitle(guide, id.slice(8)) || 'Suggestion'
      : (findQuestion(guide, id)?.question ?? id);
    return `<g class="${isOutcome ? 'outcome' : 'question'}"><rect x="${x}" y="${y}" width="${W}" height="${H}" rx="${isOutcome ? 26 : 4}"/><text x="${x + W / 2}" y="${y + H / 2 + 5}" text-anchor="middle">${esc(shorten(label))}</text><title>${esc(label)}</title></g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="flow-title"><title id="flow-title">Flow of questions and suggestions</title><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>${lines.join('')}${boxes.join('')}</svg>`;
}

function page(guide: Guide, note: string, table: string, svg: string, mermaid: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(guide.title)}: flow report</title>
<style>
body{font-family:Arial,sans-serif;color:#212b32;margin:2rem;line-height:1.5}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #d8dde0;padding:.4rem;vertical-align:top;text-align:left}
caption{text-align:left;font-weight:bold;margin-bottom:.5rem}
ol,ul{margin:0;padding-left:1.2rem}
li.for::marker{content:"+ "}
li.against::marker{content:"- "}
.diagram{overflow-x:auto;border:1px solid #d8dde0;padding:1rem;margin-bottom:2rem}
svg .question rect{fill:#fff;stroke:#005eb8;stroke-width:2}
svg .outcome rect{fill:#005eb8;stroke:#003087}
svg .outcome text{fill:#fff}
svg text{font:13px Arial,sans-serif}
svg .edge{fill:none;stroke:#4c6272;stroke-width:1.5}
svg .to-outcome{stroke:#768692;stroke-dasharray:4 3}
pre{background:#f0f4f5;padding:1rem;overflow-x:auto}
</style>
</head>
<body>
<h1>${esc(guide.title)}: flow report</h1>
<p>${esc(note)}</p>
<h2>Flow diagram</h2>
<div class="diagram">${svg}</div>
<details><summary>Mermaid source</summary><pre>${esc(mermaid)}</pre></details>
<h2>Decision table</h2>
${table}
</body>
</html>
`;
}
