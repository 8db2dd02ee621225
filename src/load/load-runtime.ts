/**
 * The seam to the run-time content loader. From npm, this is a plain dynamic import that the
 * host's bundler splits off. The single-file build swaps this module for one that loads
 * `support-finder-markdown.js` from beside `support-finder.js` (see scripts/build.ts), so the
 * default embed stays one file and the Markdown pipeline is fetched only when needed.
 */
export const loadRuntime = (): Promise<typeof import('./runtime.js')> => import('./runtime.js');
