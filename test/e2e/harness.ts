/**
 * What every end-to-end test file starts with: the test server (serve.ts) and one Chromium,
 * started before the file's tests and closed after them. `server` and `browser` are live
 * bindings, set once the set-up has run; each test file runs in a process of its own, so each
 * has its own. A file's own set-up that uses them goes in `useServerAndBrowser({ setUp })`.
 */
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch } from './browser.js';
import { serve, type TestServer } from './serve.js';

export let server: TestServer;
export let browser: Browser;

/**
 * `setUp` runs once both have started and `tearDown` before they close, in the same hooks:
 * Node 20 runs a file's top-level hooks side by side, so a separate `before` could run first.
 */
export function useServerAndBrowser(
  hooks: { setUp?: () => void | Promise<void>; tearDown?: () => void | Promise<void> } = {},
): void {
  before(async () => {
    server = await serve();
    browser = await launch();
    await hooks.setUp?.();
  });
  after(async () => {
    try {
      await hooks.tearDown?.();
    } finally {
      await browser?.close();
      await server?.close();
    }
  });
}
