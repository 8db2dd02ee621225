/**
 * Debian's Chromium driven by playwright-core: no browser download, nothing off this machine.
 */
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { findChrome } from '../../scripts/chrome.mjs';
import { COACHING } from './surface.js';

export function chromePath(): string {
  const found = findChrome();
  if (!found) throw new Error('No Chromium found. Set CHROME_PATH, or install it: apt-get install -y chromium');
  return found;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Collects console errors and uncaught page errors, so every test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

/** One whole journey in a widget (area preset to LLR), from Start now to the coaching result. */
export async function journeyToCoaching(root: Locator): Promise<void> {
  await root.getByRole('button', { name: 'Start now' }).click();
  for (const name of COACHING) {
    await root.getByRole('radio', { name }).check();
    await root.getByRole('button', { name: 'Continue' }).click();
  }
  await root.getByRole('button', { name: 'See my suggestion' }).click();
  await root.getByRole('heading', { name: /Our suggestion: Coaching/ }).waitFor();
}
