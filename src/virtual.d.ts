declare module 'virtual:support-finder/default-pack' {
  import type { Guide } from './content/schema.js';
  import type { ContentProblem } from './content/problem.js';
  /** The default content pack, compiled from content/ at build time (undefined if invalid). */
  export const defaultGuide: Guide | undefined;
  /** Problems found in content/, for the editor preview. */
  export const problems: ContentProblem[];
}
