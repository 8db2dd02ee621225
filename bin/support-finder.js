#!/usr/bin/env node
// The editors' command. In a source checkout it runs the TypeScript in src/ directly (so it can
// never run a stale build); the published package has no src/ and runs the compiled dist/cli.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/bin.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(new URL('../dist/cli/bin.js', import.meta.url).href);
}
