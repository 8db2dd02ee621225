// `npm test`: every check and every test runner, in order, then one plain closing line
// `N passed, N failed` summing them all. Each static check counts as one test. A failed step
// does not stop the others (except that nothing runs on a build that failed), so one run shows
// everything that is wrong.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChrome } from './chrome.mjs';

const root = new URL('..', import.meta.url).pathname;
const cache = join(root, '.cache');
mkdirSync(cache, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;
const failures = [];

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name, command, args) {
  if (step(name, command, args)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

function counted(name, command, args, countFile, env = {}) {
  rmSync(countFile, { force: true });
  const ok = step(name, command, args, env);
  let counts = { passed: 0, failed: 0 };
  try {
    counts = JSON.parse(readFileSync(countFile, 'utf8'));
  } catch {
    // No counts: the runner itself failed to start. That is a failure, not zero tests.
  }
  if (!ok && counts.failed === 0) counts.failed = 1;
  passed += counts.passed;
  failed += counts.failed;
  if (counts.failed) failures.push(`${name} (${counts.failed} failed)`);
  console.log(`--- ${name}: ${counts.passed} passed, ${counts.failed} failed`);
}

const files = (dir, test = (f) => f.endsWith('.test.ts')) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir), { recursive: true })
        .map(String)
        .filter(test)
        .map((f) => join(dir, f))
        .sort()
    : [];

// Every folder of test/ is Node tests except the browser ones (web-test-runner), the end-to-end
// tests (after the build) and the package tests, so a new folder of unit tests is never left out.
const NOT_NODE = new Set(['browser', 'components', 'e2e', 'package', 'fixtures']);
const nodeTests = readdirSync(join(root, 'test'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !NOT_NODE.has(d.name))
  .flatMap((d) => files(join('test', d.name)));
const e2eTests = files('test/e2e');
// The packed tarball in fresh consumer projects: needs the build, and the npm registry the first
// time (their packages are kept in .cache/consumers/ after that).
const packageTests = files('test/package');
const nodeTest = (reportName, list) => [
  '--import',
  'tsx',
  '--test',
  '--test-concurrency=1',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  `--test-reporter=${join(root, 'scripts/node-count-reporter.mjs')}`,
  `--test-reporter-destination=${join(cache, reportName)}`,
  ...list,
];

const chrome = ensureChrome();
check('Type check (tsc)', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root]);
check('Lint (eslint)', bin('eslint'), ['--max-warnings=0', '.']);
check('Layers (dependency-cruiser: no cycle, no import against the layer order)', bin('depcruise'), [
  'src',
  '--config',
  '.dependency-cruiser.cjs',
  '--output-type',
  'err',
]);
check('Format (prettier)', bin('prettier'), ['--check', '--log-level=warn', '.']);
check('Content check (support-finder check content)', process.execPath, ['bin/support-finder.js', 'check', 'content']);
counted('Node tests', process.execPath, nodeTest('node-count.json', nodeTests), join(cache, 'node-count.json'));
const built = step('Build (npm run build)', 'npm', ['run', 'build', '--silent']);
if (built) passed++;
else {
  failed++;
  failures.push('Build');
}
counted('Browser tests (web-test-runner)', bin('wtr'), [], join(cache, 'wtr-count.json'), {
  WTR_COUNT_FILE: join(cache, 'wtr-count.json'),
  CHROME_PATH: chrome,
});
if (built)
  counted(
    'End-to-end tests on the built files',
    process.execPath,
    nodeTest('e2e-count.json', e2eTests),
    join(cache, 'e2e-count.json'),
    { CHROME_PATH: chrome },
  );

if (built)
  counted(
    'Package tests (npm pack into Vite, React, Vue and Svelte projects)',
    process.execPath,
    nodeTest('package-count.json', packageTests),
    join(cache, 'package-count.json'),
    { CHROME_PATH: chrome },
  );

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
