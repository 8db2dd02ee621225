/**
 * Which public events a person's action caused, from the snapshots before and after it. Kept
 * apart from the elements so the rules are plain and testable.
 */
import type { GuideEvent } from '../guide/guide-machine.js';
import { selectRecommendation, selectStep, type GuideSnapshot } from '../guide/selectors.js';
import { SfAnswerEvent, SfRestartEvent, SfResultEvent, SfStartEvent } from './events.js';

export function publicEvents(before: GuideSnapshot, after: GuideSnapshot, action: GuideEvent): Event[] {
  const events: Event[] = [];
  const from = selectStep(before);
  const to = selectStep(after);
  if (action.type === 'guide.start' && from === 'start' && to !== 'start') events.push(new SfStartEvent());
  if (action.type === 'nav.continue' && from === 'question' && !after.context.error) {
    const { current, draft } = before.context;
    if (current && draft) events.push(new SfAnswerEvent(current, draft));
  }
  if (to === 'result' && from !== 'result') {
    const r = selectRecommendation(after);
    events.push(new SfResultEvent(r.winner.outcomeId, r.runnerUp?.outcomeId));
  }
  if (action.type === 'guide.restart') events.push(new SfRestartEvent());
  return events;
}
