/**
 * The Custom Elements Manifest for Storybook's docs and controls, made from the source each time
 * Storybook starts or builds. It runs the same analyser, with the same settings, as `cem analyze`
 * in `npm run build`, so it matches custom-elements.json, but it does not need that file (a fresh
 * clone has none) and is never out of date.
 *
 * The analyser is called through its programmatic `create()`, not its command: the command also
 * rewrites the `customElements` field of package.json to point at wherever it wrote its output.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { create, ts } from '@custom-elements-manifest/analyzer';
// The analyser has no exports map; this is the plugin its `--litelement` option loads.
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

interface AnalyserConfig {
  globs?: string[];
  exclude?: string[];
}

interface Member {
  kind?: string;
  name?: string;
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  name?: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
}

export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[] }[];
}

/** `src/**` and `*.styles.ts` style patterns, as used in custom-elements-manifest.config.mjs. */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('/')
    .map((segment) =>
      segment === '**' ? '(?:.+/)?' : `${segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}/`,
    )
    .join('')
    .replace(/\/$/, '')
    .replace(/\(\?:\.\+\/\)\?$/, '.*');
  return new RegExp(`^${source}$`);
}

function sourceFiles(root: string, config: AnalyserConfig): string[] {
  const include = (config.globs ?? ['src/**/*.ts']).map(globToRegExp);
  const exclude = (config.exclude ?? []).map(globToRegExp);
  return readdirSync(join(root, 'src'), { recursive: true })
    .map((file) =>
      relative(root, join(root, 'src', String(file)))
        .split(sep)
        .join('/'),
    )
    .filter((file) => include.some((re) => re.test(file)) && !exclude.some((re) => re.test(file)))
    .sort();
}

/**
 * The elements are registered from one list in src/define.ts rather than with a
 * `customElements.define()` per class, so the analyser cannot see their tag names. Read them from
 * that list (only where a class has no `@tagname` of its own).
 */
function tagNames(root: string): Map<string, string> {
  const text = readFileSync(join(root, 'src/define.ts'), 'utf8');
  const pairs = [...text.matchAll(/\[\s*'([a-z][a-z0-9]*-[a-z0-9-]*)'\s*,\s*([A-Za-z_$][\w$]*)\s*\]/g)];
  return new Map(pairs.map(([, tag, className]) => [className!, tag!]));
}

export async function buildManifest(root: string): Promise<Manifest> {
  const configUrl = pathToFileURL(join(root, 'custom-elements-manifest.config.mjs')).href;
  const config = ((await import(configUrl)) as { default: AnalyserConfig }).default;
  const modules = sourceFiles(root, config).map((file) =>
    ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.ES2015, true),
  );
  const manifest = create({ modules, plugins: litPlugin(), context: { dev: false } }) as Manifest;
  const tags = tagNames(root);
  for (const mod of manifest.modules)
    for (const declaration of mod.declarations ?? []) {
      const tag = declaration.name ? tags.get(declaration.name) : undefined;
      if (tag && !declaration.tagName) Object.assign(declaration, { tagName: tag, customElement: true });
      // Docs and controls describe what a page can use: leave out private, protected and static members.
      if (declaration.members)
        declaration.members = declaration.members.filter(
          (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name?.startsWith('#'),
        );
    }
  return manifest;
}

const ID = 'virtual:support-finder/custom-elements-manifest';
const RESOLVED = `\0${ID}`;

/** Serves the manifest to the preview as `virtual:support-finder/custom-elements-manifest`. */
export function customElementsManifest(root: string): Plugin {
  return {
    name: 'support-finder-custom-elements-manifest',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const files = sourceFiles(root, { globs: ['src/**/*.ts'] });
      for (const file of files) this.addWatchFile(join(root, file));
      return `export default ${JSON.stringify(await buildManifest(root))};\n`;
    },
  };
}
