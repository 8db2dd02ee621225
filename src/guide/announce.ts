/**
 * How the guide machine tells the host what happened. It `emit()`s each announcement, so it can
 * be watched on its own; inside the widget machine it also hands it to its parent, which emits
 * it again for <support-finder>. Announcements made while the guide is starting (a restored
 * result) reach the host too, because the parent is listened to before it starts.
 */
import type { Announcement } from './announcements.js';
import { recommend } from './recommend.js';
import type { GuideContext, GuideEvent } from './guide-logic.js';

type Args = { context: GuideContext; event: GuideEvent };

const outcome = (context: GuideContext, type: 'sf-result' | 'sf-restore'): Announcement => {
  const r = recommend(context.guide, context.answers, context.fixed);
  return { type, outcomeId: r.winner.outcomeId, runnerUpId: r.runnerUp?.outcomeId };
};

export type Saying = keyof typeof said;

export const said = {
  start: (): Announcement => ({ type: 'sf-start' }),
  restart: (): Announcement => ({ type: 'sf-restart' }),
  result: ({ context }: Args) => outcome(context, 'sf-result'),
  restore: ({ context }: Args) => outcome(context, 'sf-restore'),
  /** Before the answer is recorded: `replaced` says an earlier, different answer was there. */
  answer: ({ context }: Args): Announcement | undefined => {
    const { current, draft, answers } = context;
    if (!current || !draft) return undefined;
    const earlier = answers[current];
    return { type: 'sf-answer', questionId: current, optionId: draft, replaced: !!earlier && earlier !== draft };
  },
  area: ({ event }: Args): Announcement | undefined =>
    event.type === 'area.set' ? { type: 'sf-area', areaId: event.areaId } : undefined,
  remember: ({ event }: Args): Announcement | undefined =>
    event.type === 'storage.remember' ? { type: 'sf-remember', remember: event.remember === true } : undefined,
  contact: ({ event }: Args): Announcement | undefined =>
    event.type === 'contact.follow'
      ? { type: 'sf-contact', contactId: event.contactId, channel: event.channel }
      : undefined,
  print: (): Announcement => ({ type: 'sf-print' }),
};
