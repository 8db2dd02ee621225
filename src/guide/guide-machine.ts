/**
 * The questionnaire as a state machine: start page -> one question at a time -> check your
 * answers -> result. Generic over any content pack, which arrives as `input`. The path logic
 * itself is pure and lives in flow.ts; this file only decides which step is on screen.
 */
import { and, assign, setup } from 'xstate';
import type { Guide } from '../content/schema.js';
import { findOption, findQuestion, presetAnswers, prune, restore, walk, type Presets } from './flow.js';

export interface GuideInput extends Presets {
  guide: Guide;
  /** Option ids in path order, from storage or a link: checked, trimmed, never trusted. */
  restore?: unknown;
  /** With a complete restored path, open on the result rather than the summary. */
  showResult?: boolean;
  /** The person chose to keep their answers on this device. */
  remember?: boolean;
}

export interface GuideContext {
  guide: Guide;
  /** Answers implied by presets; their questions are never shown. */
  fixed: Record<string, string>;
  answers: Record<string, string>;
  /** The question on screen, when in the `question` state. */
  current?: string;
  /** The option picked on this page but not yet confirmed with Continue. */
  draft?: string;
  error: boolean;
  /** Came here with Change from the summary: go back there once the path is whole again. */
  changing: boolean;
  /** Area chosen on the result page, overriding the answer or preset. */
  area?: string;
  /** Keep answers across visits on this device (localStorage), by the person's choice. */
  remember: boolean;
  /** Set while resuming: a complete path opens on the result. */
  showResult: boolean;
}

export type GuideEvent =
  | { type: 'guide.start' }
  | { type: 'answer.select'; optionId: string }
  | { type: 'nav.continue' }
  | { type: 'nav.back' }
  | { type: 'answer.change'; questionId: string }
  | { type: 'guide.restart' }
  | { type: 'area.set'; areaId: string }
  | { type: 'guide.restore'; answerIds: unknown; showResult?: boolean }
  | { type: 'storage.remember'; remember: boolean };

const visiblePath = ({ guide, answers, fixed }: GuideContext) => walk(guide, answers, fixed);

/** The question before `id` on the path, or undefined at the first one. */
function previous(context: GuideContext, id: string | undefined): string | undefined {
  const { path } = visiblePath(context);
  const i = id === undefined ? path.length : path.indexOf(id);
  return i > 0 ? path[i - 1] : undefined;
}

function enter(context: GuideContext, id: string | undefined): Partial<GuideContext> {
  return { current: id, draft: id ? context.answers[id] : undefined, error: false };
}

export const guideMachine = setup({
  types: {
    context: {} as GuideContext,
    events: {} as GuideEvent,
    input: {} as GuideInput,
  },
  guards: {
    hasDraft: ({ context }) => findOption(findQuestion(context.guide, context.current), context.draft) !== undefined,
    reachedExit: ({ context }) => visiblePath(context).exit !== undefined,
    /** Complete without an exit: every question on the path answered. */
    pathComplete: ({ context }) => {
      const { current, exit } = visiblePath(context);
      return current === undefined && exit === undefined;
    },
    canReturnToReview: ({ context }) => context.changing && visiblePath(context).current === undefined,
    hasCurrent: ({ context }) => context.current !== undefined,
    /** Change is offered only for questions on the path: anything else leaves the summary alone. */
    changeOnPath: ({ context, event }) =>
      event.type === 'answer.change' && visiblePath(context).path.includes(event.questionId),
    hasQuestions: ({ context }) => visiblePath(context).path.length > 0,
    hasPrevious: ({ context }) => previous(context, context.current) !== undefined,
    hasAnswers: ({ context }) => Object.keys(context.answers).length > 0,
    wantsResult: ({ context }) => context.showResult,
  },
  actions: {
    selectOption: assign(({ context, event }) => {
      if (event.type !== 'answer.select') return {};
      const valid = findOption(findQuestion(context.guide, context.current), event.optionId);
      return valid ? { draft: valid.id, error: false } : {};
    }),
    showError: assign({ error: true }),
    recordAnswer: assign(({ context }) => {
      const answers = prune(context.guide, { ...context.answers, [context.current!]: context.draft! }, context.fixed);
      const { path, current } = walk(context.guide, answers, context.fixed);
      // After Change, carry on to whatever is still unanswered; otherwise step through the path
      // in order, so Back then Continue shows the next question with its answer kept.
      const next = context.changing ? current : path[path.indexOf(context.current!) + 1];
      return { answers, ...enter({ ...context, answers }, next) };
    }),
    enterFirst: assign(({ context }) => enter(context, visiblePath(context).path[0])),
    enterPrevious: assign(({ context }) => enter(context, previous(context, context.current))),
    enterLast: assign(({ context }) => {
      const { path } = visiblePath(context);
      return enter(context, path[path.length - 1]);
    }),
    enterChosen: assign(({ context, event }) =>
      event.type === 'answer.change' && visiblePath(context).path.includes(event.questionId)
        ? { ...enter(context, event.questionId), changing: true }
        : {},
    ),
    leaveQuestions: assign(({ context }) => enter(context, undefined)),
    enterNext: assign(({ context }) => enter(context, visiblePath(context).current)),
    stopChanging: assign({ changing: false }),
    clearAnswers: assign({
      answers: {},
      current: undefined,
      draft: undefined,
      error: false,
      changing: false,
      area: undefined,
      remember: false,
    }),
    restoreAnswers: assign(({ context, event }) =>
      event.type === 'guide.restore'
        ? {
            answers: restore(context.guide, event.answerIds, context.fixed),
            changing: false,
            showResult: event.showResult === true,
          }
        : {},
    ),
    resumed: assign({ showResult: false }),
    setRemember: assign(({ event }) =>
      event.type === 'storage.remember' ? { remember: event.remember === true } : {},
    ),
    setArea: assign(({ context, event }) =>
      event.type === 'area.set' && context.guide.areas.some((a) => a.id === event.areaId) ? { area: event.areaId } : {},
    ),
  },
}).createMachine({
  id: 'guide',
  context: ({ input }) => {
    const fixed = presetAnswers(input.guide, input);
    return {
      guide: input.guide,
      fixed,
      answers: restore(input.guide, input.restore, fixed),
      error: false,
      changing: false,
      remember: input.remember === true,
      showResult: input.showResult === true,
    };
  },
  initial: 'resuming',
  on: {
    'guide.restart': { target: '.start', actions: 'clearAnswers' },
    'guide.restore': { target: '.resuming', actions: 'restoreAnswers' },
    'area.set': { actions: 'setArea' },
    'storage.remember': { actions: 'setRemember' },
  },
  states: {
    /** Decides where restored answers (if any) put the person; with none, the start page. */
    resuming: {
      always: [
        { guard: and(['hasAnswers', 'reachedExit']), target: 'result', actions: 'resumed' },
        { guard: and(['hasAnswers', 'pathComplete', 'wantsResult']), target: 'result', actions: 'resumed' },
        { guard: 'hasAnswers', target: 'routing', actions: ['enterNext', 'resumed'] },
        { target: 'start', actions: ['leaveQuestions', 'resumed'] },
      ],
    },
    start: {
      on: { 'guide.start': { target: 'routing', actions: 'enterFirst' } },
    },
    routing: {
      always: [
        { guard: 'reachedExit', target: 'result', actions: 'stopChanging' },
        { guard: 'hasCurrent', target: 'question' },
        { target: 'review', actions: 'stopChanging' },
      ],
    },
    question: {
      on: {
        'answer.select': { actions: 'selectOption' },
        'nav.continue': [
          { guard: 'hasDraft', target: 'routing', actions: 'recordAnswer', reenter: true },
          { actions: 'showError' },
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
        'nav.continue': 'result',
        'nav.back': { target: 'question', actions: 'enterLast' },
        'answer.change': { guard: 'changeOnPath', target: 'question', actions: 'enterChosen' },
      },
    },
    result: {
      on: {
        'nav.back': [
          { guard: 'pathComplete', target: 'review' },
          { guard: 'hasQuestions', target: 'question', actions: 'enterLast' },
          { target: 'start' },
        ],
      },
    },
  },
});
