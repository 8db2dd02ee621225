// Custom Elements Manifest: generated from the elements' JSDoc, read by Storybook's docs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/node/**', 'src/cli/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
