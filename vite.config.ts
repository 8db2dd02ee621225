/**
 * Vite: `npm start` serves the demo pages in demo/ with the content of content/ compiled live
 * (a saved change reloads the page; problems are listed beside the widget). The library builds
 * are driven by scripts/build.ts, which reuses `contentPlugin` below.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { supportFinderContent } from './src/node/vite-plugin.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** SF_CONTENT_DIR previews another content folder (the end-to-end tests use a copy). */
export const contentPlugin = () => supportFinderContent({ dir: process.env['SF_CONTENT_DIR'] ?? `${root}content` });

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
