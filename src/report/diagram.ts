/**
 * The flow diagram: which question follows which answer, and where each path ends. Laid out by
 * dagre (layered layout with crossing reduction, edge labels given their own room) and drawn as
 * SVG with full wording; the same edges are written as Mermaid source.
 */
import dagre from '@dagrejs/dagre';
import type { Guide, Question } from '../content/schema.js';
import type { PathResult } from '../check/analyse.js';
import { conditionAllows, findQuestion } from '../guide/flow.js';
import { esc, mermaid, wrap } from './text.js';

export interface FlowEdge {
  from: string;
  /** A question id, or `outcome:<id>`. */
  to: string;
  /** Option ids that lead this way. */
  options: string[];
}

export function pathEdges(paths: readonly PathResult[]): FlowEdge[] {
  const map = new Map<string, FlowEdge>();
  const add = (from: string, to: string, option: string) => {
    const key = `${from}>${to}`;
    const edge = map.get(key) ?? { from, to, options: [] };
    if (!edge.options.includes(option)) edge.options.push(option);
    map.set(key, edge);
  };
  for (const { steps, recommendation } of paths)
    steps.forEach(([q, o], i) => {
      const next = steps[i + 1];
      add(q, next ? next[0] : `outcome:${recommendation.winner.outcomeId}`, o);
    });
  return [...map.values()];
}

/** Without listing paths: each option leads to the next question whose condition it allows. */
export function staticEdges(guide: Guide): FlowEdge[] {
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

const isOutcome = (id: string) => id.startsWith('outcome:');

export function nodeLabel(guide: Guide, id: string): string {
  if (!isOutcome(id)) return findQuestion(guide, id)?.question ?? id;
  const outcome = guide.outcomes.find((o) => o.id === id.slice(8));
  return outcome?.title ?? 'Suggestion worked out from the scores';
}

/** An edge into an outcome that no exit decides: the scores of all the answers chose it. */
const scored = (guide: Guide, e: FlowEdge) =>
  isOutcome(e.to) && !e.options.some((o) => findQuestion(guide, e.from)?.options.find((x) => x.id === o)?.exit);

/** The answers an edge stands for, in wording: "any answer" when it is every option. */
export function edgeLabels(guide: Guide, e: FlowEdge): string[] {
  const q: Question | undefined = findQuestion(guide, e.from);
  const labels = (q?.options ?? []).filter((o) => e.options.includes(o.id)).map((o) => o.label);
  const all = !!q && labels.length === q.options.length;
  const answers = all ? ['any answer'] : labels.length ? labels : e.options;
  return scored(guide, e) ? [...answers, '(then by score)'] : answers;
}

const nodeId = (id: string) => (isOutcome(id) ? `o_${id.slice(8)}` : `q_${id}`).replace(/[^A-Za-z0-9_]/g, '_');

export function toMermaid(guide: Guide, edges: readonly FlowEdge[]): string {
  const lines = ['flowchart TD'];
  const used = new Set(edges.flatMap((e) => [e.from, e.to]));
  for (const q of guide.questions)
    if (used.has(q.id) || !edges.length) lines.push(`  ${nodeId(q.id)}["${mermaid(q.question)}"]`);
  for (const id of [...used].filter(isOutcome)) lines.push(`  ${nodeId(id)}(["${mermaid(nodeLabel(guide, id))}"])`);
  for (const e of edges) {
    const arrow = scored(guide, e) ? '-.->' : '-->';
    lines.push(`  ${nodeId(e.from)} ${arrow}|"${mermaid(edgeLabels(guide, e).join('; '))}"| ${nodeId(e.to)}`);
  }
  return lines.join('\n');
}

/* ---------- SVG ---------- */

const FONT = 13;
const LINE = 16;
/** Average width of a character of 13 px Arial, generous so that no text overflows its box. */
const CHAR = 6.8;
const NODE_WRAP = 24;
const LABEL_WRAP = 20;

const textBlock = (lines: string[], x: number, y: number, cls: string) => {
  const top = y - ((lines.length - 1) * LINE) / 2 + FONT / 3;
  return `<text class="${cls}" x="${x}" y="${top}" text-anchor="middle">${lines
    .map((l, i) => `<tspan x="${x}" dy="${i ? LINE : 0}">${esc(l)}</tspan>`)
    .join('')}</text>`;
};

const size = (lines: string[], pad: number) => ({
  width: Math.max(...lines.map((l) => l.length), 4) * CHAR + pad * 2,
  height: lines.length * LINE + pad * 2 - 4,
});

/**
 * Most boxes drawn. Layered layout grows quickly with long edges (each rank an edge crosses
 * becomes a dummy node), and a picture of more boxes than this is not readable anyway.
 */
export const MAX_DIAGRAM_NODES = 80;

/** The diagram as an SVG element; empty when there is nothing to draw or too much to draw. */
export function toSvg(guide: Guide, edges: readonly FlowEdge[]): string {
  if (!edges.length || new Set(edges.flatMap((e) => [e.from, e.to])).size > MAX_DIAGRAM_NODES) return '';
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: 14, ranksep: 36, edgesep: 10, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  const ids = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
  const nodeLines = new Map(ids.map((id) => [id, wrap(nodeLabel(guide, id), NODE_WRAP)]));
  for (const id of ids) g.setNode(id, size(nodeLines.get(id)!, 10));
  const edgeLines = new Map<FlowEdge, string[]>();
  for (const e of edges) {
    const lines = edgeLabels(guide, e).flatMap((l) => wrap(l, LABEL_WRAP));
    edgeLines.set(e, lines);
    g.setEdge(e.from, e.to, { ...size(lines, 3), labelpos: 'c' });
  }
  dagre.layout(g);
  const { width = 0, height = 0 } = g.graph();
  const parts: string[] = [];
  for (const e of edges) {
    const laid = g.edge(e.from, e.to);
    const points: { x: number; y: number }[] = laid?.points ?? [];
    if (points.length < 2) continue;
    const d = points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    parts.push(`<path class="edge${scored(guide, e) ? ' scored' : ''}" d="${d}" marker-end="url(#sf-arrow)"/>`);
  }
  for (const id of ids) {
    const n = g.node(id);
    if (n?.x === undefined || n.y === undefined) continue;
    const outcome = isOutcome(id);
    parts.push(
      `<g class="${outcome ? 'outcome' : 'question'}"><rect x="${(n.x - n.width / 2).toFixed(1)}" y="${(n.y - n.height / 2).toFixed(1)}" width="${n.width}" height="${n.height}" rx="${outcome ? 14 : 3}"/>${textBlock(nodeLines.get(id)!, n.x, n.y, 'node-text')}</g>`,
    );
  }
  for (const e of edges) {
    const laid = g.edge(e.from, e.to);
    if (laid?.x === undefined || laid.y === undefined) continue;
    const lines = edgeLines.get(e)!;
    const box = size(lines, 3);
    parts.push(
      `<g class="edge-label"><rect x="${(laid.x - box.width / 2).toFixed(1)}" y="${(laid.y - box.height / 2).toFixed(1)}" width="${box.width}" height="${box.height}"/>${textBlock(lines, laid.x, laid.y, 'label-text')}</g>`,
    );
  }
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="sf-flow-title"><title id="sf-flow-title">Flow of questions and suggestions</title><defs><marker id="sf-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>${parts.join('')}</svg>`;
}
