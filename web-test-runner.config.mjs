// @web/test-runner: component and guide tests in Debian's Chromium (see scripts/chrome.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { countingReporter } from './scripts/wtr-count-reporter.mjs';
import { ensureChrome } from './scripts/chrome.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

// The browser cannot list a folder, so compile the default content pack once, with the real
// command, for the tests that walk it (test/components/every-path.test.ts and loading.test.ts fetch it).
execFileSync(process.execPath, ['bin/support-finder.js', 'build', 'content', '--out', '.cache/default-pack.json'], {
  stdio: 'ignore',
});

export default {
  files: ['test/components/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: ensureChrome(),
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  // One page at a time: a test page in a background tab can stall (focus, timers).
  concurrency: 1,
  // The every-path walk takes a minute or two on a busy 2-core machine.
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 120000 } },
  reporters: [process.env.CI ? summaryReporter() : defaultReporter(), countingReporter()],
};
