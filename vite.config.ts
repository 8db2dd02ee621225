/**
 * Vite: `npm start` serves the demo pages in demo/ with the content of content/ compiled live
 * (a saved change reloads the page; problems are listed beside the widget). The library builds
 * are driven by scripts/build.ts, which reuses `contentPlugin` below.
 */
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { supportFinderContent } from './src/node/vite-plugin.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** SF_CONTENT_DIR previews another content folder (the end-to-end tests use a copy). */
export const contentPlugin = () => supportFinderContent({ dir: process.env['SF_CONTENT_DIR'] ?? `${root}content` });

/**
 * Lit's templates keep every space and comment of the source, and a JS minifier cannot touch a
 * template's text. For the minified single file only: in `css` templates, this drops comments
 * and the whitespace CSS does not need (runs of spaces, and spaces around braces, semicolons,
 * commas and after a property's colon; templates with `${}` are left alone); and once the
 * code is minified, when a line break and indentation are all that is left outside code (inside
 * `html` templates: the minified code has no other line break followed by indentation), it
 * becomes one space, which HTML renders exactly as it rendered the run of spaces; and the
 * minifier's `__PURE__` annotations go.
 */
export const minifyTemplates = (): Plugin => ({
  name: 'support-finder-minify-templates',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle))
      if (chunk.type === 'chunk')
        chunk.code = chunk.code
          .replace(/\n[ \t]+/g, ' ')
          // Hints for a bundler that no bundler reads again: the file is final. Between two
          // parts of a name or keyword (`return/* @__PURE__ */ f()`) a space stays.
          .replace(/([\w$])?\/\* ?[#@]__PURE__ ?\*\/ ?(?=([\w$])?)/g, (_, before?: string, after?: string) =>
            before ? (after ? `${before} ` : before) : '',
          );
  },
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return undefined;
    return code.replace(/\bcss`([^`]*)`/g, (whole, text: string) =>
      text.includes('${')
        ? whole
        : `css\`${text
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}')
            .trim()}\``,
    );
  },
});

/**
 * How the single files browsers download are minified: the built-in minifier, then terser with
 * three passes, which takes 0.6 kB more off the gzip size for a few seconds' build time. Only
 * safe settings: no `unsafe` rewrites and no assumption that reading a property does nothing;
 * unused trailing parameters go (nothing here reads a function's `length`).
 */
export const singleFileMinify = {
  minify: 'terser',
  terserOptions: { module: true, ecma: 2020, compress: { passes: 3, keep_fargs: false } },
} as const;

export default defineConfig({
  root: `${root}demo`,
  publicDir: false,
  plugins: [contentPlugin()],
  server: {
    host: '127.0.0.1',
    port: Number(process.env['PORT'] ?? 5173),
    fs: { allow: [root] },
  },
  build: { outDir: `${root}dist/demo`, emptyOutDir: true },
});
