/**
 * A tiny static server on 127.0.0.1 for end-to-end tests of the built files: real files, real
 * headers (tests can set a Content-Security-Policy per page), nothing else on the network.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export interface TestServer {
  origin: string;
  /** Every path requested, in order, for request-log assertions. */
  requests: string[];
  /** Pages served from memory: path -> { body, headers }. */
  pages: Map<string, { body: string; headers?: Record<string, string> }>;
  /** Custom responses (errors, delays, broken connections), by path. */
  routes: Map<string, (req: IncomingMessage, res: ServerResponse) => void>;
  /** Headers added to every file response (for example a Content-Security-Policy). */
  headers: Record<string, string>;
  close(): Promise<void>;
}

export async function serve(root = projectRoot): Promise<TestServer> {
  const requests: string[] = [];
  const pages: TestServer['pages'] = new Map();
  const routes: TestServer['routes'] = new Map();
  const headers: TestServer['headers'] = {};
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const route = routes.get(url.pathname);
    if (route) {
      route(req, res);
      return;
    }
    const page = pages.get(url.pathname);
    if (page) {
      res.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] ?? TYPES['.html']!, ...page.headers });
      res.end(page.body);
      return;
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(path)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
      res.end(await readFile(path));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  };
  // A handler that throws answers 500, so a test sees a failed request rather than a hang.
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    pages,
    routes,
    headers,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
