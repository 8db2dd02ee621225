/**
 * DOM events. Public ones are fired by <support-finder> on itself, only in response to the
 * person using it; they bubble, cross shadow roots, and carry ids, never free text, so a host's
 * analytics can count journeys without seeing anything personal.
 */
import type { GuideEvent } from '../guide/guide-machine.js';

/** Internal: a presentational element asks for a machine event. Does not leave the widget. */
export class SfActionEvent extends Event {
  static readonly type = 'sf-action';
  constructor(readonly action: GuideEvent) {
    super(SfActionEvent.type, { bubbles: true, composed: false });
  }
}

const publicInit = { bubbles: true, composed: true } as const;

/** The person started the questions. */
export class SfStartEvent extends Event {
  static readonly type = 'sf-start';
  constructor() {
    super(SfStartEvent.type, publicInit);
  }
}

/** The person confirmed an answer with Continue. */
export class SfAnswerEvent extends Event {
  static readonly type = 'sf-answer';
  constructor(
    readonly questionId: string,
    readonly optionId: string,
  ) {
    super(SfAnswerEvent.type, publicInit);
  }
}

/** A result was shown. */
export class SfResultEvent extends Event {
  static readonly type = 'sf-result';
  constructor(
    readonly outcomeId: string,
    readonly runnerUpId: string | undefined,
  ) {
    super(SfResultEvent.type, publicInit);
  }
}

/** The person started again. */
export class SfRestartEvent extends Event {
  static readonly type = 'sf-restart';
  constructor() {
    super(SfRestartEvent.type, publicInit);
  }
}

/** The person followed a contact's link. */
export class SfContactEvent extends Event {
  static readonly type = 'sf-contact';
  constructor(
    readonly contactId: string,
    readonly channel: 'website' | 'email' | 'phone',
  ) {
    super(SfContactEvent.type, publicInit);
  }
}

export type SfErrorReason = 'network' | 'http' | 'timeout' | 'invalid-json' | 'invalid-content' | 'no-content';

/** Content could not be loaded or used. */
export class SfErrorEvent extends Event {
  static readonly type = 'sf-error';
  constructor(readonly reason: SfErrorReason) {
    super(SfErrorEvent.type, publicInit);
  }
}

declare global {
  interface HTMLElementEventMap {
    'sf-action': SfActionEvent;
    'sf-start': SfStartEvent;
    'sf-answer': SfAnswerEvent;
    'sf-result': SfResultEvent;
    'sf-restart': SfRestartEvent;
    'sf-contact': SfContactEvent;
    'sf-error': SfErrorEvent;
  }
}
