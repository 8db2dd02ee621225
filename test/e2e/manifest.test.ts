/**
 * Every attribute, part, CSS custom property and event that custom-elements.json documents for
 * <support-finder> is used from a host page on the built bundle, and its effect asserted. The
 * checks are a table keyed by name: an item the manifest lists with no check here fails.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { journeyToCoaching, watchErrors } from './browser.js';
import { projectRoot } from './serve.js';
import { COACHING, answerAll, focused, hostPage, styledWith } from './surface.js';
import { browser, server, useServerAndBrowser } from './harness.js';

interface Declared {
  name: string;
}
const manifest = JSON.parse(readFileSync(join(projectRoot, 'custom-elements.json'), 'utf8')) as {
  modules: { declarations?: (Record<string, Declared[] | string> & { tagName?: string })[] }[];
};
const root = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'support-finder');
const listed = (key: string) => ((root?.[key] as Declared[] | undefined) ?? []).map((d) => d.name);

useServerAndBrowser({
  setUp: () => {
    server.routes.set('/slow.json', () => {
      // Never answers: only the timeout can end the wait.
    });
  },
});

let n = 0;
async function open(body: string, head = '', viewport = { width: 800, height: 900 }): Promise<Page> {
  const path = `/m${++n}.html`;
  server.pages.set(path, { body: hostPage(body, head) });
  const p = await browser.newPage({ viewport });
  const errors = watchErrors(p);
  p.on('close', () =>
    assert.deepEqual(
      errors.filter((e) => !/404|Failed to load/.test(e)),
      [],
    ),
  );
  await p.goto(server.origin + path);
  return p;
}
const widget = (p: Page) => p.locator('support-finder');
/** Collects the named events from the widget, as the host's analytics would. */
const recordEvents = (p: Page, names: string[]) =>
  p.evaluate((names) => {
    const w = window as unknown as { seen: Record<string, unknown>[] };
    w.seen = [];
    for (const type of names)
      document.addEventListener(type, (e) => {
        w.seen.push({ ...Object.fromEntries(Object.entries(e)), type: e.type });
      });
  }, names);
const seen = (p: Page) => p.evaluate(() => (window as unknown as { seen: Record<string, unknown>[] }).seen);

const attributes: Record<string, () => Promise<void>> = {
  area: async () => {
    const p = await open('<support-finder area="llr"></support-finder>');
    await widget(p).getByRole('button', { name: 'Start now' }).click();
    await widget(p).getByRole('radio', { name: 'I work for the NHS' }).waitFor();
    await widget(p).getByRole('radio', { name: 'I work for the NHS' }).check();
    await widget(p).getByRole('button', { name: 'Continue' }).click();
    // The area question is skipped: the next question is about the person's aim.
    assert.equal(
      await widget(p)
        .getByRole('radio', { name: /Leicester/ })
        .count(),
      0,
    );
    await p.close();
  },
  audience: async () => {
    const p = await open('<support-finder audience="nhs"></support-finder>');
    await widget(p).getByRole('button', { name: 'Start now' }).click();
    await widget(p).getByRole('radio').first().waitFor();
    assert.equal(await widget(p).getByRole('radio', { name: 'I work for the NHS' }).count(), 0);
    await p.close();
  },
  'heading-level': async () => {
    const p = await open('<support-finder heading-level="4"></support-finder>');
    await widget(p)
      .locator('h4', { hasText: /development support/i })
      .first()
      .waitFor();
    await widget(p).getByRole('button', { name: 'Start now' }).click();
    await widget(p).getByRole('button', { name: 'Continue' }).click();
    // The error summary's title follows the level too.
    await widget(p).locator('h4', { hasText: 'There is a problem' }).waitFor();
    assert.equal(await widget(p).locator('h2').count(), 0);
    await p.close();
  },
  src: async () => {
    const p = await open('<support-finder src="/test/fixtures/packs/minimal/pack.yaml"></support-finder>');
    await widget(p).getByRole('heading', { name: 'Test guide' }).waitFor();
    await p.close();
  },
  preview: async () => {
    const p = await open(
      '<support-finder preview src="/test/fixtures/packs/with-mistakes/pack.yaml"></support-finder>',
    );
    await widget(p).getByRole('heading', { name: 'Content problems' }).waitFor();
    await p.close();
  },
  history: async () => {
    const p = await open('<support-finder history area="llr"></support-finder>');
    await widget(p).getByRole('button', { name: 'Start now' }).click();
    await widget(p).getByRole('radio', { name: 'I work for the NHS' }).check();
    await widget(p).getByRole('button', { name: 'Continue' }).click();
    await p.waitForFunction(() => location.hash.includes('sf='));
    // The browser's Back button returns to the first question.
    await p.goBack();
    await widget(p).getByRole('radio', { name: 'I work for the NHS' }).waitFor();
    await p.close();
  },
  timeout: async () => {
    const p = await open('<support-finder src="/slow.json" timeout="300"></support-finder>');
    await recordEvents(p, ['sf-error']);
    await widget(p).getByText('Sorry, this guide is not available at the moment.').waitFor({ timeout: 5000 });
    await p.close();
  },
};

const partStyle = 'outline: 5px dotted rgb(1, 2, 3) !important;';
/** Each part, on the page where it appears, styled from the host page through every shadow root. */
const parts: Record<string, (p: Page) => Promise<void>> = {
  'start-button': async () => {},
  help: async () => {},
  'continue-button': async (p) => {
    await widget(p).getByRole('button', { name: 'Start now' }).click();
  },
  'back-link': async (p) => {
    await widget(p).getByRole('button', { name: 'Start now' }).click();
  },
  result: (p) => journeyToCoaching(widget(p)),
  contact: (p) => journeyToCoaching(widget(p)),
};

/** On the result page, Tab from the focused heading until a link has keyboard focus. */
async function tabToLink(p: Page): Promise<void> {
  await journeyToCoaching(widget(p));
  for (let i = 0; i < 60; i++) {
    await p.keyboard.press('Tab');
    if (/^A /.test(await focused(p))) return;
  }
  assert.fail('no link took keyboard focus on the result page');
}

/** Each custom property: where to look, which computed properties show it, and what to do first. */
const colour = 'rgb(1, 2, 3)';
const props: Record<string, { value?: string; show: string[]; expect?: string; go?: (p: Page) => Promise<void> }> = {
  '--sf-color-brand': { show: ['borderLeftColor', 'borderInlineStartColor'], go: (p) => journeyToCoaching(widget(p)) },
  '--sf-color-text': { show: ['color'] },
  '--sf-color-text-secondary': {
    show: ['color'],
    go: (p) => widget(p).getByRole('button', { name: 'Start now' }).click(),
  },
  // Links: the result page always has them (contacts), whatever the help line says.
  '--sf-color-link': { show: ['color'], go: (p) => journeyToCoaching(widget(p)) },
  // Browsers never reveal :visited styles to scripts; what can be checked is that the link colour
  // for visited links takes the value (the inner token) on a page with links.
  '--sf-color-link-visited': { show: ['--_link-visited'] },
  '--sf-color-link-hover': {
    show: ['color'],
    go: async (p) => {
      await journeyToCoaching(widget(p));
      await widget(p).locator('[part~="contact"] a >> visible=true').first().hover();
    },
  },
  '--sf-color-focus': { show: ['backgroundColor'], go: tabToLink },
  '--sf-color-focus-text': { show: ['color', 'boxShadow'], go: tabToLink },
  '--sf-color-error': {
    show: ['borderTopColor', 'color'],
    go: async (p) => {
      await widget(p).getByRole('button', { name: 'Start now' }).click();
      await widget(p).getByRole('button', { name: 'Continue' }).click();
    },
  },
  '--sf-color-button': { show: ['backgroundColor'] },
  '--sf-color-button-shadow': { show: ['boxShadow'] },
  '--sf-color-button-secondary': { show: ['borderTopColor'], go: (p) => journeyToCoaching(widget(p)) },
  // The radio's ring is drawn by a pseudo-element, which scripts cannot read in every state:
  // check that the inner token takes the value.
  '--sf-color-border': { show: ['--_border'] },
  '--sf-color-border-light': { show: ['borderTopColor'] },
  '--sf-color-surface': { show: ['backgroundColor'] },
  '--sf-color-surface-muted': { show: ['backgroundColor'], go: (p) => journeyToCoaching(widget(p)) },
  '--sf-font-family': { value: '"Courier New"', show: ['fontFamily'], expect: 'Courier New' },
  '--sf-font-size': { value: '22px', show: ['fontSize'], expect: '22px' },
  '--sf-max-width': { value: '500px', show: ['maxWidth'], expect: '500px' },
  '--sf-radius': { value: '9px', show: ['borderTopLeftRadius'], expect: '9px' },
  '--sf-scroll-offset': { value: '123px', show: ['scrollMarginTop'], expect: '123px' },
};

/** Each event, caused as a person would cause it, with the fields it documents. */
const events: Record<string, (p: Page) => Promise<Record<string, unknown>[]>> = {
  'sf-start': async (p) => {
    await widget(p).getByRole('button', { name: 'Start now' }).click();
    return [{ type: 'sf-start' }];
  },
  'sf-answer': async (p) => {
    await answerAll(widget(p), [COACHING[0]!]);
    await widget(p).getByRole('button', { name: 'Back' }).click();
    await widget(p)
      .getByRole('radio', { name: /social care/ })
      .check();
    await widget(p).getByRole('button', { name: 'Continue' }).click();
    return [
      { type: 'sf-answer', questionId: 'audience', optionId: 'nhs', replaced: false },
      { type: 'sf-answer', questionId: 'audience', optionId: 'social-care', replaced: true },
    ];
  },
  'sf-result': async (p) => {
    await journeyToCoaching(widget(p));
    return [{ type: 'sf-result', outcomeId: 'coaching' }];
  },
  // Checked on their own below: a restore needs a second widget, an error a broken source.
  'sf-restore': () => Promise.resolve([]),
  'sf-contact': async (p) => {
    await journeyToCoaching(widget(p));
    const link = widget(p).locator('[part="contact"] [data-channel] a').last();
    await link.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
    await link.click();
    return [{ type: 'sf-contact' }];
  },
  'sf-area': async (p) => {
    await journeyToCoaching(widget(p));
    await widget(p).getByLabel('Show contacts for').selectOption('south-west');
    await widget(p).getByRole('button', { name: 'Change area' }).click();
    return [{ type: 'sf-area', areaId: 'south-west' }];
  },
  'sf-print': async (p) => {
    await journeyToCoaching(widget(p));
    await p.evaluate(() => (window.print = () => ((window as unknown as { printed: number }).printed = 1)));
    await widget(p).getByRole('button', { name: 'Print' }).click();
    assert.equal(await p.evaluate(() => (window as unknown as { printed: number }).printed), 1);
    return [{ type: 'sf-print' }];
  },
  'sf-remember': async (p) => {
    await journeyToCoaching(widget(p));
    await widget(p)
      .getByRole('checkbox', { name: /Remember/ })
      .check();
    await widget(p)
      .getByRole('checkbox', { name: /Remember/ })
      .uncheck();
    return [
      { type: 'sf-remember', remember: true },
      { type: 'sf-remember', remember: false },
    ];
  },
  'sf-restart': async (p) => {
    await journeyToCoaching(widget(p));
    await widget(p).getByRole('button', { name: 'Start again' }).click();
    return [{ type: 'sf-restart' }];
  },
  'sf-error': () => Promise.resolve([]),
};

describe('custom-elements.json: every documented item is used from a host page', () => {
  test('the manifest documents the element', () => {
    assert.ok(root, 'support-finder is in custom-elements.json');
  });

  for (const [kind, table] of [
    ['attributes', attributes],
    ['cssParts', parts],
    ['cssProperties', props],
    ['events', events],
  ] as const)
    test(`every one of the ${kind} has a check here`, () => {
      const missing = listed(kind).filter((name) => !(name in table));
      assert.deepEqual(missing, [], `documented ${kind} with no test`);
      // And the other way: a check for something the manifest no longer documents means an item
      // was dropped from the docs (or renamed) while hosts may still use it.
      const stale = Object.keys(table).filter((name) => !listed(kind).includes(name));
      assert.deepEqual(stale, [], `${kind} checked here but not documented`);
      assert.ok(listed(kind).length > 0);
    });

  for (const name of listed('attributes'))
    test(`attribute ${name}`, async () => {
      await attributes[name]?.();
    });

  for (const name of listed('cssParts'))
    test(`::part(${name})`, async () => {
      const p = await open(
        '<support-finder area="llr"></support-finder>',
        `<style>support-finder::part(${name}) { ${partStyle} }</style>`,
      );
      await widget(p).getByRole('button', { name: 'Start now' }).waitFor();
      await parts[name]?.(p);
      await widget(p).locator(`[part~="${name}"]`).last().waitFor();
      assert.ok(await styledWith(p, ['outlineColor'], colour, `[part~="${name}"]`), `${name} takes the host's style`);
      await p.close();
    });

  for (const name of listed('cssProperties'))
    test(`custom property ${name}`, async () => {
      const check = props[name]!;
      const value = check.value ?? colour;
      const p = await open(
        '<support-finder area="llr"></support-finder>',
        `<style>support-finder { ${name}: ${value}; }</style>`,
      );
      await widget(p).getByRole('button', { name: 'Start now' }).waitFor();
      await check.go?.(p);
      const found = check.show[0]!.startsWith('--')
        ? await p.evaluate(
            ([prop]) => getComputedStyle(document.querySelector('support-finder')!).getPropertyValue(prop!),
            check.show,
          )
        : await styledWith(p, check.show, check.expect ?? value);
      assert.ok(
        found === true || (typeof found === 'string' && found.includes(value)),
        `${name} shows in ${check.show}`,
      );
      await p.close();
    });

  for (const name of listed('events'))
    test(`event ${name}`, async () => {
      if (name === 'sf-error') {
        const p = await open('<support-finder src="/missing.json"></support-finder>');
        await widget(p).getByText('Sorry, this guide is not available at the moment.').waitFor();
        await p.close();
        const q = await open('');
        await recordEvents(q, ['sf-error']);
        await q.evaluate(() => {
          const el = document.createElement('support-finder');
          el.setAttribute('src', '/missing.json');
          document.body.append(el);
        });
        await q.waitForFunction(() => (window as unknown as { seen: unknown[] }).seen.length > 0);
        assert.deepEqual(
          (await seen(q)).map((e) => [e['type'], e['reason']]),
          [['sf-error', 'http']],
        );
        await q.close();
        return;
      }
      if (name === 'sf-restore') {
        const p = await open('<support-finder area="llr"></support-finder>');
        await journeyToCoaching(widget(p));
        await p.evaluate(() => document.querySelector('support-finder')!.remove());
        await recordEvents(p, ['sf-restore', 'sf-result']);
        // A new widget on the page resumes the saved answers, as after a reload.
        await p.evaluate(() => {
          const el = document.createElement('support-finder');
          el.setAttribute('area', 'llr');
          document.body.append(el);
        });
        await widget(p)
          .getByRole('heading', { name: /Our suggestion: Coaching/ })
          .waitFor();
        assert.deepEqual(
          (await seen(p)).map((e) => [e['type'], e['outcomeId']]),
          [['sf-restore', 'coaching']],
        );
        await p.close();
        return;
      }
      const p = await open('<support-finder area="llr"></support-finder>');
      await widget(p).getByRole('button', { name: 'Start now' }).waitFor();
      await recordEvents(p, [name]);
      const expected = await events[name]!(p);
      const got = await seen(p);
      assert.equal(got.length, expected.length, JSON.stringify(got));
      expected.forEach((e, i) => {
        for (const [key, value] of Object.entries(e)) assert.equal(got[i]![key], value, `${name}.${key}`);
      });
      await p.close();
    });
});
