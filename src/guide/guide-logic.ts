/**
 * The guide machine's guards and context updates, kept apart from its states so each stays
 * short. Everything here is a pure function of context and event.
 */
import type { Guide } from '../content/schema.js';
import type { ContactChannel } from './announcements.js';
import { findOption, findQuestion, answersFromIds, prune, walk, type Presets } from './flow.js';

export interface GuideInput extends Presets {
  guide: Guide;
  /** Option ids in path order, from storage or a link: checked, trimmed, never trusted. */
  resume?: unknown;
  /** With a complete restored path, open on the result rather than the summary. */
  showResult?: boolean;
  /** The person chose to keep their answers on this device. */
  remember?: boolean;
  /** A link to the questions with nothing answered yet: skip the start page. */
  started?: boolean;
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
  /**
   * Came here with Change from the summary: go back there once the path is whole again. A mode
   * that spans several question pages, so it is kept here rather than as a copy of each state.
   */
  changing: boolean;
  /** Area chosen on the result page, overriding the answer or preset. */
  area?: string;
  /** Keep answers across visits on this device (localStorage), by the person's choice. */
  remember: boolean;
  /** How many times the error summary has been shown: each showing moves focus to it. */
  errors: number;
  /** Set while resuming: a complete path opens on the result. */
  showResult: boolean;
  /** Set while resuming from a link to the questions: open on the first one. */
  started: boolean;
}

export type GuideEvent =
  | { type: 'guide.start' }
  | { type: 'answer.select'; optionId: string }
  | { type: 'nav.continue' }
  | { type: 'nav.back' }
  | { type: 'answer.change'; questionId: string }
  | { type: 'guide.restart' }
  /** Back to the start page without telling the host: following the browser's Back button. */
  | { type: 'guide.reset' }
  | { type: 'area.set'; areaId: string }
  | { type: 'guide.resume'; answerIds: unknown; showResult?: boolean; started?: boolean }
  | { type: 'storage.remember'; remember: boolean }
  | { type: 'contact.follow'; contactId: string; channel: ContactChannel }
  | { type: 'result.print' };

export const visiblePath = ({ guide, answers, fixed }: GuideContext) => walk(guide, answers, fixed);

/** The question before `id` on the path, or undefined at the first one. */
function previous(context: GuideContext, id: string | undefined): string | undefined {
  const { path } = visiblePath(context);
  const i = id === undefined ? path.length : path.indexOf(id);
  return i > 0 ? path[i - 1] : undefined;
}

export function enter(context: GuideContext, id: string | undefined): Partial<GuideContext> {
  return { current: id, draft: id ? context.answers[id] : undefined };
}

type Args = { context: GuideContext; event: GuideEvent };

export const guards = {
  hasDraft: ({ context }: Args) =>
    findOption(findQuestion(context.guide, context.current), context.draft) !== undefined,
  reachedExit: ({ context }: Args) => visiblePath(context).exit !== undefined,
  /** Complete without an exit: every question on the path answered. */
  pathComplete: ({ context }: Args) => {
    const { current, exit } = visiblePath(context);
    return current === undefined && exit === undefined;
  },
  canReturnToReview: ({ context }: Args) => context.changing && visiblePath(context).current === undefined,
  hasCurrent: ({ context }: Args) => context.current !== undefined,
  /** Change is offered only for questions on the path: anything else leaves the summary alone. */
  changeOnPath: ({ context, event }: Args) =>
    event.type === 'answer.change' && visiblePath(context).path.includes(event.questionId),
  hasQuestions: ({ context }: Args) => visiblePath(context).path.length > 0,
  hasPrevious: ({ context }: Args) => previous(context, context.current) !== undefined,
  hasAnswers: ({ context }: Args) => Object.keys(context.answers).length > 0,
  wantsResult: ({ context }: Args) => context.showResult,
  wantsQuestions: ({ context }: Args) => context.started,
  knownArea: ({ context, event }: Args) =>
    event.type === 'area.set' && context.guide.areas.some((a) => a.id === event.areaId),
};

export const updates = {
  selectOption: ({ context, event }: Args): Partial<GuideContext> => {
    if (event.type !== 'answer.select') return {};
    const valid = findOption(findQuestion(context.guide, context.current), event.optionId);
    return valid ? { draft: valid.id } : {};
  },
  recordAnswer: ({ context }: Args): Partial<GuideContext> => {
    const answers = prune(context.guide, { ...context.answers, [context.current!]: context.draft! }, context.fixed);
    const { path, current } = walk(context.guide, answers, context.fixed);
    // After Change, carry on to whatever is still unanswered; otherwise step through the path
    // in order, so Back then Continue shows the next question with its answer kept.
    const next = context.changing ? current : path[path.indexOf(context.current!) + 1];
    return { answers, ...enter({ ...context, answers }, next) };
  },
  enterFirst: ({ context }: Args) => enter(context, visiblePath(context).path[0]),
  enterPrevious: ({ context }: Args) => enter(context, previous(context, context.current)),
  enterLast: ({ context }: Args) => {
    const { path } = visiblePath(context);
    return enter(context, path[path.length - 1]);
  },
  enterChosen: ({ context, event }: Args): Partial<GuideContext> =>
    event.type === 'answer.change' && visiblePath(context).path.includes(event.questionId)
      ? { ...enter(context, event.questionId), changing: true }
      : {},
  enterNext: ({ context }: Args) => enter(context, visiblePath(context).current),
  resumeAnswers: ({ context, event }: Args): Partial<GuideContext> =>
    event.type === 'guide.resume'
      ? {
          answers: answersFromIds(context.guide, event.answerIds, context.fixed),
          changing: false,
          showResult: event.showResult === true,
          started: event.started === true,
        }
      : {},
};

export const cleared: Partial<GuideContext> = {
  answers: {},
  current: undefined,
  draft: undefined,
  changing: false,
  area: undefined,
  remember: false,
};
