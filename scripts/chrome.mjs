// Finds a Chromium for the browser tests: CHROME_PATH, then Debian's /usr/bin/chromium. With
// none, installs Debian's package when running as root with apt; otherwise says how to get one.
// Never downloads a browser from anywhere else.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export function findChrome() {
  for (const path of [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (path && existsSync(path)) return path;
  return undefined;
}

export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChrome();
    if (installed) return installed;
  }
  console.error(
    'No Chromium found for the browser tests.\n' +
      '  On Debian or Ubuntu:  sudo apt-get install chromium\n' +
      '  Or point CHROME_PATH at an installed Chrome or Chromium: CHROME_PATH=/path/to/chrome npm test',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChrome());
