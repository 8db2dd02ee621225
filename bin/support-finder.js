#!/usr/bin/env node
// The editors' command. Uses the compiled CLI when the package is built; in a source checkout
// it runs the TypeScript directly, so `npx support-finder check` works straight after install.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/bin.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/bin.ts', import.meta.url).href);
}
