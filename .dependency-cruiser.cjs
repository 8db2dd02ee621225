/**
 * The layers of src/, enforced in `npm test` (`npm run lint:layers`). ARCHITECTURE.md explains
 * them. Run time, lowest first; each may import only from the layers before it:
 *
 *   content   the content model: schema, parsing Markdown and front matter, per-file rules
 *   contacts  which contacts fit a person's answers
 *   guide     the run-time guide: flow, recommendation, the guide machine, its selectors and views
 *   check     whole-pack checks: references, every answer path, the flow lint
 *   load      fetching a pack at run time (compiled JSON, or Markdown checked as the CLI does)
 *   elements  the web component: components/, widget/, persistence/, events/, embed/, styles/
 *             and the entry files in src/ itself
 *
 * Tooling (report/, node/, cli/, editor/) may use any run-time layer; nothing at run time may
 * import tooling. The report builder runs in the editor page too, so it is kept free of Node.
 */
const ELEMENTS = '^src/(components|widget|persistence|events|embed|styles)/|^src/[^/]+$';
const TOOLING = '^src/(report|node|cli|editor)/';

/** `from` may not import anything in `to`. */
const forbid = (name, comment, from, to) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: to },
});

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'A cycle, even of types only, means two modules own one idea: move the shared part down a layer.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    forbid(
      'content-is-the-base',
      'The content model imports no other layer of src/.',
      '^src/content/',
      '^src/(?!content/)',
    ),
    forbid(
      'contacts-above-content-only',
      'Contact selection uses the content model only.',
      '^src/contacts/',
      '^src/(?!(content|contacts)/)',
    ),
    forbid(
      'guide-below-check',
      'The run-time guide may use content and contacts only.',
      '^src/guide/',
      '^src/(?!(content|contacts|guide)/)',
    ),
    forbid(
      'check-below-load',
      'The whole-pack check may use content, contacts and the guide only.',
      '^src/check/',
      '^src/(?!(content|contacts|guide|check)/)',
    ),
    forbid(
      'load-below-elements',
      'The run-time loader may not use the elements or tooling.',
      '^src/load/',
      `${ELEMENTS}|${TOOLING}`,
    ),
    forbid('run-time-never-imports-tooling', 'Nothing the widget loads may import tooling.', `${ELEMENTS}`, TOOLING),
    forbid(
      'report-is-pure',
      'The report builder runs in the editor page: no CLI, no Node-only code, no editor.',
      '^src/report/',
      '^src/(node|cli|editor)/',
    ),
    forbid(
      'node-helpers-below-cli',
      'The Node helpers are used by the CLI, never the reverse.',
      '^src/node/',
      '^src/(cli|editor)/',
    ),
    forbid(
      'editor-is-not-node',
      'The editor page runs in a browser: no Node-only code or CLI.',
      '^src/editor/',
      '^src/(node|cli)/',
    ),
    {
      name: 'no-node-in-the-browser',
      comment: 'Everything but the CLI and the Node helpers runs in a browser.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(node|cli)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-validator-in-the-single-file',
      comment:
        'The front-matter schemas carry the validator: the widget and the guide may use their types only (their values belong to parsing, in content/, check/ and load/).',
      severity: 'error',
      from: { path: `^src/(contacts|guide)/|${ELEMENTS}` },
      to: { path: '^src/content/schema\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-missing-module',
      comment: 'An import that resolves to nothing.',
      severity: 'error',
      from: {},
      // The virtual module is the Vite plugin's default pack, made at build time.
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a cycle of types is still two modules owning one idea.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.d\\.ts$' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['types', 'import', 'node', 'default'],
      extensions: ['.ts', '.js', '.mjs', '.d.ts'],
    },
  },
};
