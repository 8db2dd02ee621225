/// <reference types="vite/client" />
/**
 * What the docs pages quote, read from the project itself at build time so the pages cannot
 * drift from it: the content model in content/README.md, real messages from the checker's own
 * test cases, the default pack's flow, and the theming tokens from the manifest.
 */
import { defaultGuide } from 'virtual:support-finder/default-pack';
import manifest from 'virtual:support-finder/custom-elements-manifest';
import contentReadme from '../../content/README.md?raw';
import type { Guide } from '../../src/content/schema.js';
import { buildReport } from '../../src/report/index.js';
import { whenClauses } from '../../src/content/when.js';

/* ---------- The content model ---------- */

/** content/README.md from "## guide.md" on, one heading level down to sit inside a docs page. */
export const fieldReference = (() => {
  const start = contentReadme.indexOf('\n## guide.md');
  return (start < 0 ? contentReadme : contentReadme.slice(start)).replace(/^## /gm, '### ');
})();

/* ---------- Checker messages ---------- */

const expected = import.meta.glob('../../test/fixtures/broken/*/expected.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/**
 * The first message of a test case in test/fixtures/broken, as `support-finder check content`
 * prints it. The test packs sit in a folder called `pack`; here it is called `content`.
 */
export function checkMessage(testCase: string): string {
  const text = expected[`../../test/fixtures/broken/${testCase}/expected.txt`];
  if (!text) throw new Error(`No checker test case "${testCase}"`);
  return text.split('\n')[0]!.replace(/^pack\//, 'content/');
}

/* ---------- The flow of the default pack ---------- */

const guide: Guide | undefined = defaultGuide;
const report = guide ? buildReport(guide) : undefined;

/** Mermaid source of the default pack's flow, from the same code as `support-finder report`. */
export const flowMermaid = report?.mermaid ?? '';

export interface FlowRow {
  question: string;
  id: string;
  when: string;
  answers: { label: string; id: string; effect: string }[];
}

const title = (id: string) => guide?.outcomes.find((o) => o.id === id)?.title ?? id;
const label = (questionId: string, optionId: string) =>
  guide?.questions.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId)?.label ?? optionId;

/** Each question of the default pack, when it is asked, and what each answer does. */
export const flowTable: FlowRow[] = (guide?.questions ?? []).map((q) => ({
  question: q.question,
  id: q.id,
  when: whenClauses(q.when)
    .map((clause) =>
      Object.entries(clause)
        .map(([ref, ids]) => `${ids.map((id) => `"${label(ref, id)}"`).join(' or ')}`)
        .join(', and '),
    )
    .join('; or '),
  answers: q.options.map((o) => ({
    label: o.label,
    id: o.id,
    effect: o.exit
      ? `Goes straight to ${title(o.exit)}`
      : o.unsure
        ? 'Counts for nothing'
        : [
            o.value ? `Sets the ${q.sets ?? 'value'}` : '',
            Object.entries(o.weights ?? {})
              .map(([id, w]) => `${title(id)} ${w > 0 ? '+' : '−'}${Math.abs(w)}`)
              .join(', '),
          ]
            .filter(Boolean)
            .join('; '),
  })),
}));

/* ---------- Theming ---------- */

interface CssItem {
  name: string;
  default?: string;
  description?: string;
}

const root = (
  manifest.modules as { declarations?: { tagName?: string; cssProperties?: CssItem[]; cssParts?: CssItem[] }[] }[]
)
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.tagName === 'support-finder');

export const cssProperties: CssItem[] = root?.cssProperties ?? [];
export const cssParts: CssItem[] = root?.cssParts ?? [];
