// Custom Elements Manifest: generated from the elements' JSDoc, read by Storybook's docs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/node/**', 'src/cli/**', 'src/embed/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyser also guesses event names from `new SomeEvent(arg)` calls, which yields
      // argument names ("reason", "action"). The events are documented with @fires: keep those.
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const decl of mod.declarations ?? [])
            if (decl.events) decl.events = decl.events.filter((e) => /^sf-[a-z-]+$/.test(e.name ?? ''));
      },
    },
  ],
};
