/**
 * What the machines announce for the host's analytics: ids only, never free text. The machines
 * `emit()` these; <support-finder> turns each into its DOM event (events.ts), in one place.
 */

/**
 * Why the widget could not show its guide. The loader's own failures, plus `no-content` when
 * nothing was given to load. Published as `SfErrorEvent.reason`.
 */
export type ErrorReason = 'network' | 'http' | 'timeout' | 'invalid-json' | 'invalid-content' | 'no-content';

export type ContactChannel = 'website' | 'email' | 'phone';

export type Announcement =
  | { type: 'sf-start' }
  | { type: 'sf-answer'; questionId: string; optionId: string; replaced: boolean }
  | { type: 'sf-result'; outcomeId: string; runnerUpId: string | undefined }
  | { type: 'sf-restore'; outcomeId: string; runnerUpId: string | undefined }
  | { type: 'sf-restart' }
  | { type: 'sf-contact'; contactId: string; channel: ContactChannel }
  | { type: 'sf-area'; areaId: string }
  | { type: 'sf-print' }
  | { type: 'sf-remember'; remember: boolean }
  | { type: 'sf-error'; reason: ErrorReason };
