/** The path of an installed Chrome or Chromium (CHROME_PATH first), or undefined. */
export function findChrome(): string | undefined;
/** As findChrome, installing Debian's package when running as root; exits when there is none. */
export function ensureChrome(): string;
