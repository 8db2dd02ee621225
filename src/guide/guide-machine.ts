/**
 * The questionnaire as a state machine: start page -> one question at a time -> check your
 * answers -> result. Generic over any content pack, which arrives as `input`. The path logic
 * itself is pure and lives in flow.ts; guards and context updates are in guide-logic.ts; this
 * file only decides which step is on screen and what the host is told.
 */
import { and, assign, enqueueActions, setup } from 'xstate';
import type { Announcement } from './announcements.js';
import { answersFromIds, presetAnswers } from './flow.js';
import { cleared, guards, updates, type GuideContext, type GuideEvent, type GuideInput } from './guide-logic.js';
import { said, type Saying } from './announce.js';

export type { GuideContext, GuideEvent, GuideInput } from './guide-logic.js';

/** An announcement, by name, for the transition it sits on. */
const say = (name: Saying) => ({ type: 'announce', params: { say: name } }) as const;
export const guideMachine = setup({
  types: {
    context: {} as GuideContext,
    events: {} as GuideEvent,
    input: {} as GuideInput,
    emitted: {} as Announcement,
  },
  guards,
  actions: {
    selectOption: assign(({ context, event }) => updates.selectOption({ context, event })),
    recordAnswer: assign(({ context, event }) => updates.recordAnswer({ context, event })),
    enterFirst: assign(({ context, event }) => updates.enterFirst({ context, event })),
    enterPrevious: assign(({ context, event }) => updates.enterPrevious({ context, event })),
    enterLast: assign(({ context, event }) => updates.enterLast({ context, event })),
    enterChosen: assign(({ context, event }) => updates.enterChosen({ context, event })),
    enterNext: assign(({ context, event }) => updates.enterNext({ context, event })),
    resumeAnswers: assign(({ context, event }) => updates.resumeAnswers({ context, event })),
    leaveQuestions: assign({ current: undefined, draft: undefined }),
    stopChanging: assign({ changing: false }),
    clearAnswers: assign(cleared),
    resumed: assign({ showResult: false, started: false }),
    setArea: assign(({ event }) => (event.type === 'area.set' ? { area: event.areaId } : {})),
    setRemember: assign(({ event }) =>
      event.type === 'storage.remember' ? { remember: event.remember === true } : {},
    ),
    /** Emits the announcement; inside the widget machine, hands it to the parent as well. */
    announce: enqueueActions(({ context, event, enqueue, self }, params: unknown) => {
      const announcement = said[(params as { say: Saying }).say]({ context, event });
      if (!announcement) return;
      enqueue.emit(announcement);
      if (self._parent) enqueue.sendParent({ type: 'guide.announce', announcement });
    }),
    /** The browser's print dialog; a host page that forbids it must not see an error. */
    printPage: () => {
      try {
        globalThis.print?.();
      } catch {
        // Nothing to do: the page simply is not printed.
      }
    },
  },
}).createMachine({
  id: 'guide',
  context: ({ input }) => {
    const fixed = presetAnswers(input.guide, input);
    return {
      guide: input.guide,
      fixed,
      answers: answersFromIds(input.guide, input.resume, fixed),
      changing: false,
      errors: 0,
      remember: input.remember === true,
      showResult: input.showResult === true,
      started: input.started === true,
    };
  },
  initial: 'resuming',
  on: {
    'guide.restart': { target: '.start', actions: ['clearAnswers', say('restart')] },
    'guide.reset': { target: '.start', actions: 'clearAnswers' },
    'guide.resume': { target: '.resuming', actions: 'resumeAnswers' },
    'area.set': { guard: 'knownArea', actions: ['setArea', say('area')] },
    'storage.remember': { actions: ['setRemember', say('remember')] },
    'contact.follow': { actions: say('contact') },
  },
  states: {
    /** Decides where restored answers (if any) put the person; with none, the start page. */
    resuming: {
      exit: 'resumed',
      always: [
        { guard: and(['hasAnswers', 'reachedExit']), target: 'result', actions: say('restore') },
        { guard: and(['hasAnswers', 'pathComplete', 'wantsResult']), target: 'result', actions: say('restore') },
        { guard: 'hasAnswers', target: 'routing', actions: 'enterNext' },
        { guard: 'wantsQuestions', target: 'routing', actions: 'enterFirst' },
        { target: 'start', actions: 'leaveQuestions' },
      ],
    },
    start: {
      on: { 'guide.start': { target: 'routing', actions: ['enterFirst', say('start')] } },
    },
    routing: {
      always: [
        { guard: 'reachedExit', target: 'result', actions: ['stopChanging', say('result')] },
        { guard: 'hasCurrent', target: 'question' },
        { target: 'review', actions: 'stopChanging' },
      ],
    },
    question: {
      initial: 'answering',
      states: {
        answering: {},
        /** Continue was pressed with nothing chosen: the error summary is on screen. */
        invalid: { entry: assign(({ context }) => ({ errors: context.errors + 1 })) },
      },
      on: {
        'answer.select': { target: '.answering', actions: 'selectOption' },
        'nav.continue': [
          { guard: 'hasDraft', target: 'routing', actions: [say('answer'), 'recordAnswer'] },
          { target: '.invalid', reenter: true },
        ],
        'nav.back': [
          { guard: 'canReturnToReview', target: 'review', actions: 'stopChanging' },
          { guard: 'hasPrevious', target: 'question', actions: 'enterPrevious', reenter: true },
          { target: 'start', actions: 'leaveQuestions' },
        ],
      },
    },
    review: {
      on: {
        'nav.continue': { target: 'result', actions: say('result') },
        'nav.back': { target: 'question', actions: 'enterLast' },
        'answer.change': { guard: 'changeOnPath', target: 'question', actions: 'enterChosen' },
      },
    },
    result: {
      on: {
        'result.print': { actions: [say('print'), 'printPage'] },
        'nav.back': [
          { guard: 'pathComplete', target: 'review' },
          { guard: 'hasQuestions', target: 'question', actions: 'enterLast' },
          { target: 'start' },
        ],
      },
    },
  },
});
