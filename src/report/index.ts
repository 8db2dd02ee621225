/**
 * The content report for sign-off, as a pure function from a Guide to files: no Node-only
 * imports, so the editor page can call it in the browser as well as the CLI in Node. It is
 * build-time tooling: nothing the widget ships imports it.
 *
 *   report.html        summary, sign-off, questions, flow diagram, decision table, each outcome
 *                      with its sources and its contacts by place and person, and the contact
 *                      register
 *   decision-table.md  the same in Markdown, with every piece of content escaped
 *   flow.mmd           the flow diagram as Mermaid source
 *   paths.csv          every answer path, one per line (when there are few enough to list)
 */
import type { Guide } from '../content/schema.js';
import type { PathResult } from '../check/analyse.js';
import { toCsv } from './csv.js';
import { toMermaid, toSvg, type FlowEdge } from './diagram.js';
import { toHtml } from './html.js';
import { toMarkdown } from './markdown.js';
import { buildModel, type ReportModel, type ReportOptions } from './model.js';

export type { ReportOptions, ReportModel };
export type { FlowEdge };
export type { WithProvenance } from './contacts.js';
export { toMermaid, toSvg };
export { outcomeSourcesIn } from './sources.js';

export const CSV_NAME = 'paths.csv';

export interface Report {
  /** File name -> contents, to write beside each other. */
  files: Record<string, string>;
  model: ReportModel;
  /** Paths listed (empty when summarised). */
  paths: PathResult[];
  /** True when there were more paths than the limit and the report summarises by question. */
  summarised: boolean;
  edges: FlowEdge[];
  mermaid: string;
  markdown: string;
  html: string;
}

/**
 * `reviewMonths` from the text of guide.md (the compiled Guide does not carry it), or 12. Both the
 * command and the editor page read it this way, from the files they checked.
 */
export function reviewMonthsIn(files: Record<string, string>): number {
  const guideFile = Object.keys(files)
    .filter((p) => /(^|\/)guide\.md$/.test(p))
    .sort((a, b) => a.length - b.length)[0];
  return Number(/^reviewMonths:\s*(\d+)/m.exec(files[guideFile ?? ''] ?? '')?.[1]) || 12;
}

export function buildReport(guide: Guide, options: ReportOptions = {}): Report {
  const model = buildModel(guide, options);
  const mermaid = toMermaid(guide, model.edges);
  const csvName = model.summarised ? undefined : CSV_NAME;
  const html = toHtml(model, toSvg(guide, model.edges), mermaid, csvName);
  const markdown = toMarkdown(model, mermaid, csvName);
  const files: Record<string, string> = {
    'report.html': html,
    'decision-table.md': markdown,
    'flow.mmd': `${mermaid}\n`,
  };
  if (csvName) files[csvName] = toCsv(guide, model.paths);
  return {
    files,
    model,
    paths: model.paths,
    summarised: model.summarised,
    edges: model.edges,
    mermaid,
    markdown,
    html,
  };
}
