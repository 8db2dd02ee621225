/**
 * Vite plugin: compiles content/ into the virtual module `virtual:support-finder/default-pack`.
 * A build fails on content errors (printed as path:line:col); the dev server instead serves
 * the problems so the demo page can show them, and reloads the page when a content file changes.
 */
import { createMarkdown } from '../content/markdown.js';
import { resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { checkPack } from '../check/check-pack.js';
import { formatProblem } from '../content/problem.js';
import { readFile } from 'node:fs/promises';
import { indexText, readPack, today } from './files.js';

const ID = 'virtual:support-finder/default-pack';
const RESOLVED = `\0${ID}`;

export function supportFinderContent(options: { dir?: string } = {}): Plugin {
  let dir = '';
  let serving = false;
  return {
    name: 'support-finder-content',
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? 'content');
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const files = await readPack(dir);
      for (const path of Object.keys(files)) this.addWatchFile(resolve(path));
      const { guide, problems } = checkPack(files, { markdown: createMarkdown(), today: today() });
      const errors = problems.filter((p) => p.severity === 'error');
      if (errors.length && !serving) this.error(`Content problems:\n${errors.map(formatProblem).join('\n')}`);
      for (const p of problems) if (p.severity === 'warning') this.warn(formatProblem(p));
      return `export const defaultGuide = ${JSON.stringify(guide)};\nexport const problems = ${JSON.stringify(problems)};\n`;
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.middlewares.use('/content/', contentFolder(dir));
      const reload = (file: string) => {
        if (!file.startsWith(dir)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}

/**
 * The editor preview loads content/ as raw Markdown, the way a hosted pack is loaded. The index
 * is made from the folder on each request, so a new file shows without a rebuild.
 */
function contentFolder(dir: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    void (async () => {
      let name: string;
      try {
        name = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname).replace(/^\//, '');
      } catch {
        return next();
      }
      if (name === 'pack.yaml') {
        res.setHeader('content-type', 'text/yaml; charset=utf-8');
        res.end(indexText(await readPack(dir, dir), dir, dir));
        return;
      }
      const file = resolve(dir, name);
      // Inside the folder only: not a sibling whose name starts the same ("content2/").
      if (!file.startsWith(dir + sep) || !name.endsWith('.md')) return next();
      try {
        const text = await readFile(file, 'utf8');
        res.setHeader('content-type', 'text/markdown; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(text);
      } catch {
        next();
      }
    })();
  };
}
