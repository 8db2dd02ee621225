/**
 * axe-core with the project's tags (WCAG 2.0/2.1/2.2 A and AA, plus best practice). Runs on
 * an element (shadow roots included) and fails with the rule ids and targets it found.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, ElementContext } from 'axe-core';
import { AXE_TAGS } from '../fixtures/axe-tags.js';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

export async function axeViolations(context: ElementContext = document): Promise<string[]> {
  const results: AxeResults = await window.axe.run(context, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    // A component under test is not a whole page: page-level rules belong to the host page and
    // are checked in the end-to-end tests instead.
    rules: {
      region: { enabled: false },
      'page-has-heading-one': { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
