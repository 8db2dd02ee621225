/** Every answer path, one per line (paths.csv), for anyone who wants the full enumeration. */
import type { Guide } from '../content/schema.js';
import type { PathResult } from '../check/analyse.js';
import { csv } from './text.js';
import { areaName, audienceName, optionLabel, outcomeTitle } from './words.js';

export function toCsv(guide: Guide, paths: readonly PathResult[]): string {
  const header = [
    'Path',
    ...guide.questions.map((q) => q.question),
    'Area',
    'Audience',
    'Suggestion',
    'Clear winner',
    'Also consider',
    'Reasons for',
    'Reasons against',
  ];
  const lines = paths.map((p, i) => {
    const answers = new Map(p.steps);
    const r = p.recommendation;
    return [
      String(i + 1),
      ...guide.questions.map((q) => (answers.has(q.id) ? optionLabel(guide, q.id, answers.get(q.id)!) : '')),
      p.area === undefined ? '' : areaName(guide, p.area),
      p.audience === undefined ? '' : audienceName(guide, p.audience),
      outcomeTitle(guide, r.winner.outcomeId),
      r.clear ? 'yes' : 'no',
      outcomeTitle(guide, r.runnerUp?.outcomeId),
      r.winner.for
        .map((x) => x.text)
        .filter(Boolean)
        .join(' / '),
      r.winner.against
        .map((x) => x.text)
        .filter(Boolean)
        .join(' / '),
    ];
  });
  return [header, ...lines].map((cells) => cells.map(csv).join(',')).join('\r\n') + '\r\n';
}
