/**
 * `support-finder/element`: registers the elements with no content pack inside. Give each
 * <support-finder> its pack through `src` (a URL) or `.guide` (a compiled pack). Importing it has
 * that one side effect, and never throws into the host page.
 */
import { defineElements } from './define.js';

defineElements();

export * from './define.js';
export { SupportFinder } from './support-finder.js';
export * from './events/events.js';
export * from './pack.js';
export type { Guide } from './content/schema.js';
export type { ContentProblem } from './content/problem.js';
