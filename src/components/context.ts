/**
 * Context keys live apart from the elements that provide and consume them (lit.dev context
 * docs), keyed by a Symbol so two copies of the library on one page never share an actor.
 */
import { createContext } from '@lit/context';
import type { ActorRefFrom } from 'xstate';
import type { guideMachine } from '../guide/guide-machine.js';

/** The running guide: the child actor `guide` of the widget machine, once content is ready. */
export type GuideActor = ActorRefFrom<typeof guideMachine>;

export const guideActorContext = createContext<GuideActor | undefined>(Symbol('sf-guide-actor'));

/** Settings from the root element that every connected element needs. */
export interface WidgetSettings {
  /** Level of the widget's top headings: the host page owns the h1. */
  headingLevel: number;
  /** Prefix for every id in the widget, unique per instance. */
  idPrefix: string;
}

export const settingsContext = createContext<WidgetSettings>(Symbol('sf-settings'));
