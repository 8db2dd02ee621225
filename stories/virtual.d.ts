/** The Custom Elements Manifest, made from the source by .storybook/custom-elements.ts. */
declare module 'virtual:support-finder/custom-elements-manifest' {
  const manifest: { schemaVersion: string; modules: unknown[] };
  export default manifest;
}
