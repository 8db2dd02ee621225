/**
 * Public DOM events. <support-finder> alone dispatches them, on itself, from what its machines
 * announce (announcements.ts); they bubble, cross shadow roots, and carry ids, never free text,
 * so a host's analytics can count journeys without seeing anything personal.
 */
import type { Announcement, ContactChannel, ErrorReason } from '../guide/announcements.js';

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
    /** True when this answer replaced a different, earlier answer to the same question. */
    readonly replaced: boolean = false,
  ) {
    super(SfAnswerEvent.type, publicInit);
  }
}

/** A result was shown after the person's answers. */
export class SfResultEvent extends Event {
  static readonly type = 'sf-result';
  constructor(
    readonly outcomeId: string,
    readonly runnerUpId: string | undefined,
  ) {
    super(SfResultEvent.type, publicInit);
  }
}

/** A result was shown again from saved answers: a reload, a return visit or a shared link. */
export class SfRestoreEvent extends Event {
  static readonly type = 'sf-restore';
  constructor(
    readonly outcomeId: string,
    readonly runnerUpId: string | undefined,
  ) {
    super(SfRestoreEvent.type, publicInit);
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
    readonly channel: ContactChannel,
  ) {
    super(SfContactEvent.type, publicInit);
  }
}

/** The person chose another area's contacts on the result page. */
export class SfAreaEvent extends Event {
  static readonly type = 'sf-area';
  constructor(readonly areaId: string) {
    super(SfAreaEvent.type, publicInit);
  }
}

/** The person pressed Print on the result page. */
export class SfPrintEvent extends Event {
  static readonly type = 'sf-print';
  constructor() {
    super(SfPrintEvent.type, publicInit);
  }
}

/** The person ticked or cleared "Remember my answers on this device". */
export class SfRememberEvent extends Event {
  static readonly type = 'sf-remember';
  constructor(readonly remember: boolean) {
    super(SfRememberEvent.type, publicInit);
  }
}

export type SfErrorReason = ErrorReason;

/** Content could not be loaded or used. */
export class SfErrorEvent extends Event {
  static readonly type = 'sf-error';
  constructor(readonly reason: SfErrorReason) {
    super(SfErrorEvent.type, publicInit);
  }
}

/** The DOM event for an announcement. */
export function toDomEvent(a: Announcement): Event {
  switch (a.type) {
    case 'sf-start':
      return new SfStartEvent();
    case 'sf-answer':
      return new SfAnswerEvent(a.questionId, a.optionId, a.replaced);
    case 'sf-result':
      return new SfResultEvent(a.outcomeId, a.runnerUpId);
    case 'sf-restore':
      return new SfRestoreEvent(a.outcomeId, a.runnerUpId);
    case 'sf-restart':
      return new SfRestartEvent();
    case 'sf-contact':
      return new SfContactEvent(a.contactId, a.channel);
    case 'sf-area':
      return new SfAreaEvent(a.areaId);
    case 'sf-print':
      return new SfPrintEvent();
    case 'sf-remember':
      return new SfRememberEvent(a.remember);
    case 'sf-error':
      return new SfErrorEvent(a.reason);
  }
}

interface SfEventMap {
  'sf-start': SfStartEvent;
  'sf-answer': SfAnswerEvent;
  'sf-result': SfResultEvent;
  'sf-restore': SfRestoreEvent;
  'sf-restart': SfRestartEvent;
  'sf-contact': SfContactEvent;
  'sf-area': SfAreaEvent;
  'sf-print': SfPrintEvent;
  'sf-remember': SfRememberEvent;
  'sf-error': SfErrorEvent;
}

// The events bubble and are composed, so they reach the document and the window as well.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends SfEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends SfEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends SfEventMap {}
}
