import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../../src/guide/report.js';
import { defaultGuide, minimalGuide } from '../fixtures/guides.js';
import { syntheticGuide } from '../fixtures/synthetic.js';

describe('flow report', () => {
  test('lists every path of the minimal pack with its suggestion, runner-up and reasons', () => {
    const report = buildReport(minimalGuide());
    assert.equal(report.summarised, false);
    // who: visitor (exit) | staff x goal: unsure | staff x (specific|broad) x 3 lengths = 1 + 1 + 6
    assert.equal(report.paths.length, 8);
    assert.ok(
      report.markdown
        .split('\n')
        .includes(
          '| 1 | who: staff; goal: specific; length: short | Alpha |  | + You want something specific. + You want it to be short. |',
        ),
    );
    assert.match(report.markdown, /who: staff; goal: unsure \| Alpha \(no clear winner\)/);
    assert.match(report.mermaid, /^flowchart TD$/m);
    assert.match(report.mermaid, /q_who -->\|visitor\| o_visitor_info/);
    assert.match(report.mermaid, /q_goal -->\|specific, broad\| q_length/);
    assert.match(report.html, /<svg [^>]*role="img"/);
    assert.match(report.html, /<table><caption>Every answer path/);
  });

  test('covers all 700+ paths of the default pack', () => {
    const report = buildReport(defaultGuide());
    assert.equal(report.summarised, false);
    assert.ok(report.paths.length > 700);
    assert.equal(report.markdown.split('\n').filter((l) => /^\| \d+ \|/.test(l)).length, report.paths.length);
  });

  test('summarises by question, without enumerating every path, when paths explode', () => {
    const guide = syntheticGuide(200);
    const started = performance.now();
    const report = buildReport(guide);
    const ms = performance.now() - started;
    assert.equal(report.summarised, true);
    assert.match(report.markdown, /more than 5000 answer paths, so the table summarises each question/);
    assert.equal(report.markdown.split('\n').filter((l) => /^\| q\d+ \|/.test(l)).length, 600);
    assert.equal(report.edges.filter((e) => e.from === 'q0')[0]?.to, 'q1');
    console.log(`# 200-question report: ${Math.round(ms)} ms`);
  });
});
