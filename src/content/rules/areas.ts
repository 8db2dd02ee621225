/**
 * guide.md's areas and audiences: an area is "within" one that exists (unknown-id) and never
 * ends up inside itself (area-cycle); no area or audience id is used twice (duplicate-id).
 */
import { locate } from '../positions.js';
import type { Rule } from './context.js';

export const areaNesting: Rule = ({ parsed, report, missing, areas }) => {
  if (!parsed.guide) return;
  const { file, value } = parsed.guide;
  value.areas.forEach((area, i) => {
    if (area.within && !areas.has(area.within)) missing(file, ['areas', i, 'within'], 'area', area.within, areas);
    let cur: string | undefined = area.within;
    for (let hops = 0; cur && hops <= value.areas.length; hops++) {
      if (cur === area.id) {
        const message = `the area "${area.id}" ends up inside itself. Check "within".`;
        report(file, locate(file, ['areas', i, 'within']), 'error', message, 'area-cycle');
        break;
      }
      cur = value.areas.find((a) => a.id === cur)?.within;
    }
  });
};

export const scopeIds: Rule = ({ parsed, report }) => {
  if (!parsed.guide) return;
  const { file, value } = parsed.guide;
  for (const [list, what] of [
    [value.areas, 'area'],
    [value.audiences, 'audience'],
  ] as const) {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id))
        report(
          file,
          locate(file, [`${what}s`, i, 'id']),
          'error',
          `the ${what} id "${item.id}" is used twice.`,
          'duplicate-id',
        );
      seen.add(item.id);
    });
  }
};
