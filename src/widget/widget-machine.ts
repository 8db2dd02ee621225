/**
 * The whole widget as one actor: `loading` content from `src` (an invoked promise, given a
 * timeout and aborted when the state is left or the actor stops), `failed` with a reason the
 * host is told once, or `ready` with the guide running as the child actor `guide`. What the
 * guide announces is emitted again from here, so <support-finder> listens in one place.
 */
import { assign, emit, fromPromise, setup } from 'xstate';
import type { Guide } from '../content/schema.js';
import type { ContentProblem } from '../content/problem.js';
import type { LoadResult } from '../load/runtime.js';
import { loadRuntime } from '../load/load-runtime.js';
import type { Announcement } from '../guide/announcements.js';
import type { SfErrorReason } from '../events/events.js';
import { guideMachine, type GuideInput } from '../guide/guide-machine.js';

export interface WidgetInput {
  /** A parsed pack: used as it is, with nothing to load. */
  guide?: Guide;
  /** Where to load a pack from, when no `guide` is given. */
  src?: string;
  timeoutMs: number;
  /** Presets and what to resume from, for the guide. */
  start: Omit<GuideInput, 'guide'>;
}

export interface WidgetContext extends WidgetInput {
  problems: ContentProblem[];
  reason?: SfErrorReason;
  /** A technical note for the console; never shown to staff. */
  detail?: string;
}

export type WidgetEvent = { type: 'guide.announce'; announcement: Announcement };

/** Fetches and checks a pack; the Markdown pipeline is fetched only now, as its own chunk. */
export const loadContent = fromPromise<LoadResult, { src: string; timeoutMs: number }>(async ({ input, signal }) => {
  const { loadPack } = await loadRuntime();
  return loadPack(input.src, { timeoutMs: input.timeoutMs, signal });
});

type Done = { output: LoadResult };

export const widgetMachine = setup({
  types: {
    input: {} as WidgetInput,
    context: {} as WidgetContext,
    events: {} as WidgetEvent,
    emitted: {} as Announcement,
  },
  actors: { loadContent, guide: guideMachine },
  delays: { timeout: ({ context }) => Math.max(1, context.timeoutMs) },
  guards: {
    hasGuide: ({ context }) => context.guide !== undefined,
    hasSrc: ({ context }) => !!context.src,
    loaded: (_, output: LoadResult) => output.guide !== undefined,
  },
  actions: {
    relay: emit(({ event }) => event.announcement),
    tellHost: emit(({ context }): Announcement => ({ type: 'sf-error', reason: context.reason ?? 'network' })),
  },
}).createMachine({
  id: 'widget',
  context: ({ input }) => ({ ...input, problems: [] }),
  initial: 'choosing',
  states: {
    choosing: {
      always: [
        { guard: 'hasGuide', target: 'ready' },
        { guard: 'hasSrc', target: 'loading' },
        { target: 'failed', actions: assign({ reason: 'no-content', detail: 'no content pack was given' }) },
      ],
    },
    loading: {
      invoke: {
        src: 'loadContent',
        input: ({ context }) => ({ src: context.src ?? '', timeoutMs: context.timeoutMs }),
        onDone: [
          {
            guard: { type: 'loaded', params: ({ event }) => (event as Done).output },
            target: 'ready',
            actions: assign(({ event }) => ({ guide: event.output.guide, problems: event.output.problems })),
          },
          {
            target: 'failed',
            actions: assign(({ event }) => ({
              problems: event.output.problems,
              reason: event.output.failure ?? 'invalid-content',
              detail: event.output.detail ?? '',
            })),
          },
        ],
        onError: {
          target: 'failed',
          actions: assign(({ event }) => ({ reason: 'network', detail: String(event.error) })),
        },
      },
      // The loader has its own timeout for each request; this one also covers fetching the
      // loader itself, and aborts whatever is still under way.
      after: { timeout: { target: 'failed', actions: assign({ reason: 'timeout', detail: 'no answer in time' }) } },
    },
    failed: { entry: 'tellHost' },
    ready: {
      invoke: {
        id: 'guide',
        src: 'guide',
        input: ({ context }) => ({ ...context.start, guide: context.guide! }),
      },
      on: { 'guide.announce': { actions: 'relay' } },
    },
  },
});
