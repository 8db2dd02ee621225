// Custom Elements Manifest: generated from the elements' JSDoc, read by Storybook's docs and by
// editors' tooling. From it, the build also writes typed tag declarations for React (and other
// JSX), Vue and Svelte into dist/frameworks/, which the package exports as `support-finder/react`,
// `support-finder/vue` and `support-finder/svelte`.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';

const frameworks = 'dist/frameworks';
/** Only the root element is public: the inner elements are parts of it. */
const PUBLIC = ['SupportFinder'];
/** Where the generated files import the element and event classes from (types only). */
const typesFrom = '../lib/element.js';

/** Each event class names its event in `static readonly type = 'sf-...'`: name -> class. */
function eventClasses(manifest) {
  const classes = new Map();
  for (const mod of manifest.modules)
    for (const decl of mod.declarations ?? []) {
      const type = decl.kind === 'class' && decl.members?.find((m) => m.static && m.name === 'type');
      const name = type && /^'(sf-[a-z-]+)'$/.exec(type.default ?? '')?.[1];
      if (name) classes.set(name, { name: decl.name, module: mod.path });
    }
  return classes;
}

/**
 * The generators type every listener as `(e: CustomEvent<T>) => void`. The widget's events are
 * Event subclasses that carry their ids as fields (`event.questionId`, not `event.detail`), so the
 * listener takes the class itself.
 */
function listenersTakeTheClass(file, classes) {
  const names = [...classes.values()].map((c) => c.name).join('|');
  const text = readFileSync(file, 'utf8').replace(new RegExp(`CustomEvent<(${names})>`, 'g'), '$1');
  writeFileSync(file, text);
}

/** `heading-level` -> `headingLevel`; `onsf-answer` -> `onSfAnswer`, as Vue's templates read them. */
function vueName(name) {
  const camel = (text) => text.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
  if (name.startsWith('on') && name.includes('-')) {
    const event = camel(name.slice(2));
    return `on${event[0].toUpperCase()}${event.slice(1)}`;
  }
  return camel(name);
}

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
    {
      // `@fires sf-answer - ...` gives a name and a description; the type comes from the event
      // class that names that event, so the manifest says which class each listener receives.
      name: 'event-types-from-classes',
      packageLinkPhase({ customElementsManifest }) {
        const classes = eventClasses(customElementsManifest);
        for (const mod of customElementsManifest.modules)
          for (const decl of mod.declarations ?? [])
            for (const event of decl.events ?? []) {
              const cls = classes.get(event.name);
              if (!cls || event.type?.text) continue;
              event.type = { text: cls.name, references: [{ name: cls.name, module: cls.module }] };
            }
      },
    },
    {
      name: 'framework-types',
      packageLinkPhase({ customElementsManifest }) {
        const exclude = customElementsManifest.modules
          .flatMap((m) => m.declarations ?? [])
          .filter((d) => d.customElement && !PUBLIC.includes(d.name))
          .map((d) => d.name);
        const common = { outdir: frameworks, globalTypePath: typesFrom, exclude, hideLogs: true };
        generateJsxTypes(customElementsManifest, { ...common, fileName: 'jsx.d.ts' });
        generateVuejsTypes(customElementsManifest, { ...common, fileName: 'vue.d.ts' });
        generateSvelteTypes(customElementsManifest, { ...common, fileName: 'svelte.d.ts' });
        const classes = eventClasses(customElementsManifest);
        for (const file of ['jsx', 'vue', 'svelte']) listenersTakeTheClass(`${frameworks}/${file}.d.ts`, classes);
        // Vue camelises names in templates before it checks them (`:heading-level` is
        // `headingLevel`, `@sf-answer` is `onSfAnswer`), so its types name them that way.
        const vue = `${frameworks}/vue.d.ts`;
        writeFileSync(
          vue,
          readFileSync(vue, 'utf8').replace(
            /^(\s*)"([a-z][a-z0-9-]*)"\?:/gm,
            (_, space, name) => `${space}${vueName(name)}?:`,
          ),
        );
        // Svelte 5 listens with `onsf-answer={...}`; the generator writes only Svelte 4's
        // `on:sf-answer`, so each listener gets both spellings.
        const svelteText = readFileSync(`${frameworks}/svelte.d.ts`, 'utf8');
        writeFileSync(
          `${frameworks}/svelte.d.ts`,
          svelteText.replace(/^(\s*)"on:([a-z-]+)"\?: (.*)$/gm, '$1"on:$2"?: $3\n$1"on$2"?: $3'),
        );
        // The Svelte file is a module (it imports the classes), so its `declare namespace
        // svelteHTML` would stay local to it: make it augment Svelte's global namespace.
        const svelte = `${frameworks}/svelte.d.ts`;
        writeFileSync(
          svelte,
          readFileSync(svelte, 'utf8').replace(
            /declare namespace svelteHTML \{([\s\S]*?)\n\}/,
            'declare global {\n  namespace svelteHTML {$1\n  }\n}',
          ),
        );
        // React 19 reads intrinsic elements from its own JSX namespace.
        writeFileSync(
          `${frameworks}/react.d.ts`,
          [
            '// React 19 JSX types for <support-finder>: `import type {} from "support-finder/react";`',
            "import type { CustomElements } from './jsx.js';",
            "export type { CustomElements, ScopedElements } from './jsx.js';",
            '',
            "declare module 'react' {",
            '  namespace JSX {',
            '    interface IntrinsicElements extends CustomElements {}',
            '  }',
            '}',
            '',
          ].join('\n'),
        );
      },
    },
  ],
};
