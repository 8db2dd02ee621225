/** The Lit plugin that the analyser's `--litelement` option loads (the package exports no types for it). */
declare module '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js' {
  export function litPlugin(): import('@custom-elements-manifest/analyzer').Plugin[];
}
