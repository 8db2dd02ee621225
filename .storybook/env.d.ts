/** Types for the parts of the manifest analyser that custom-elements.ts uses, which it does not declare. */
import type { Plugin } from '@custom-elements-manifest/analyzer';

declare module '@custom-elements-manifest/analyzer' {
  /** The analyser's own copy of TypeScript: its syntax trees must come from the same version. */
  export const ts: typeof import('typescript');
  export function create(options: {
    modules: unknown[];
    plugins?: Plugin[];
    context?: Record<string, unknown>;
  }): unknown;
}
