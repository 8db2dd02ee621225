// Writes the browser tests' pass/fail counts to a file, so `npm test` can add them to its
// closing line. A test file that fails to load counts as one failure.
import { writeFileSync, mkdirSync } from 'node:fs';

export function countingReporter(out = process.env.WTR_COUNT_FILE) {
  let passed = 0;
  let failed = 0;
  const walk = (suite) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) continue;
      if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite?.suites ?? []) walk(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        walk(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed++;
      }
    },
    stop() {
      if (!out) return;
      mkdirSync(new URL('.', `file://${out}`).pathname, { recursive: true });
      writeFileSync(out, JSON.stringify({ passed, failed }));
    },
  };
}
