/**
 * The package entry: registers the elements and makes the bundled default content pack
 * available. Importing it has that one side effect, and never throws into the host page.
 */
import { defaultGuide } from 'virtual:support-finder/default-pack';
import { SupportFinder } from './support-finder.js';
import { defineElements } from './define.js';

// The default pack must be in place before the elements upgrade, so set it first.
SupportFinder.defaultGuide ??= defaultGuide;
defineElements();

export * from './define.js';
export { SupportFinder } from './support-finder.js';
export * from './events/events.js';
export * from './pack.js';
export type { Guide } from './content/schema.js';
export type { ContentProblem } from './content/problem.js';
