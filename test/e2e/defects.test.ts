/**
 * Things a person or a host page touches, on the built bundle: focus after an error, the
 * widget's language, the progress read with the question, the text size and checkbox of NHS.UK,
 * the iframe page growing and shrinking, and a Bootstrap host with smooth scrolling on a phone.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { journeyToCoaching } from './browser.js';
import { projectRoot } from './serve.js';
import { COACHING, deepActive, focused, hostPage } from './surface.js';
import { browser, server, useServerAndBrowser } from './harness.js';

useServerAndBrowser();

async function open(path: string, body: string, head = '', lang = 'en-GB', viewport = { width: 800, height: 900 }) {
  server.pages.set(path, { body: hostPage(body, head, lang) });
  const p = await browser.newPage({ viewport });
  await p.goto(server.origin + path);
  return p;
}

describe('on the built bundle', () => {
  test('after an error, choosing a radio with Space keeps focus on it, and arrows move on', async () => {
    const p = await open('/focus.html', '<support-finder area="llr"></support-finder>');
    const w = p.locator('support-finder');
    await w.getByRole('button', { name: 'Start now' }).click();
    await w.getByRole('button', { name: 'Continue' }).click();
    assert.match(await focused(p), /^DIV There is a problem/);
    await w.getByRole('radio').first().focus();
    await p.keyboard.press('Space');
    assert.equal(await w.getByText('There is a problem').count(), 0, 'the error cleared');
    assert.match(await focused(p), /^INPUT radio /);
    await p.keyboard.press('ArrowDown');
    assert.match(await focused(p), /^INPUT radio /);
    assert.equal(await w.getByRole('radio', { checked: true }).count(), 1);
    await p.close();
  });

  test('the widget speaks its content language: lang="en-GB" inside, and English dates, on a Welsh page', async () => {
    // Only a contact a person verified shows a date: the default pack with every contact verified.
    const pack = JSON.parse(readFileSync(join(projectRoot, 'dist/content/default.json'), 'utf8')) as {
      contacts: { verified?: string }[];
    };
    for (const c of pack.contacts) c.verified = '2026-11-23';
    server.pages.set('/verified.json', { body: JSON.stringify(pack), headers: { 'content-type': 'application/json' } });
    const p = await open('/cy.html', '<support-finder area="llr" src="/verified.json"></support-finder>', '', 'cy');
    const w = p.locator('support-finder');
    await journeyToCoaching(w);
    assert.equal(await w.locator('.layout').getAttribute('lang'), 'en-GB');
    assert.equal(await w.locator('.reviewed').last().innerText(), 'Details checked 23 November 2026');
    await p.close();
  });

  test('"Question 1 of about N" is in the legend and describes the focused heading', async () => {
    const p = await open('/progress.html', '<support-finder area="llr"></support-finder>');
    const w = p.locator('support-finder');
    await w.getByRole('button', { name: 'Start now' }).click();
    const progress = w.locator('legend .progress');
    assert.match(await progress.innerText(), /^Question 1 of/);
    const id = await progress.getAttribute('id');
    assert.equal(await w.locator('legend [tabindex="-1"]').getAttribute('aria-describedby'), id);
    await p.close();
  });

  test('body text is 19px from 641px wide and 16px below; the Remember checkbox is 40px', async () => {
    for (const [width, size] of [
      [640, '16px'],
      [641, '19px'],
    ] as const) {
      const p = await open(
        `/size-${width}.html`,
        '<support-finder area="llr"></support-finder>',
        '<style>html{font-size:62.5%}</style>',
        'en-GB',
        { width, height: 900 },
      );
      assert.equal(await p.locator('support-finder').evaluate((el) => getComputedStyle(el).fontSize), size);
      if (width === 641) {
        await journeyToCoaching(p.locator('support-finder'));
        const box = await p.locator('support-finder').getByRole('checkbox').boundingBox();
        assert.equal(Math.round(box!.width), 40);
        assert.equal(Math.round(box!.height), 40);
      }
      await p.close();
    }
  });

  test('the iframe page grows for the result and shrinks after Start again', async () => {
    const embed = readFileSync(join(projectRoot, 'dist/embed/index.html'), 'utf8').replace(
      'content="https://*.sharepoint.com"',
      `content="${server.origin}"`,
    );
    server.pages.set('/dist/embed/grow.html', { body: embed });
    const p = await open(
      '/parent-grow.html',
      `<iframe data-support-finder title="Guide" src="/dist/embed/grow.html?area=llr&parent=${encodeURIComponent(server.origin)}" style="width:600px;height:900px"></iframe><script src="/dist/embed/parent.js"></script>`,
    );
    const height = () => p.locator('iframe').evaluate((f) => parseInt(getComputedStyle(f).height));
    const frame = p.frameLocator('iframe').locator('support-finder');
    await frame.getByRole('button', { name: 'Start now' }).waitFor();
    await p.waitForFunction(() => parseInt(getComputedStyle(document.querySelector('iframe')!).height) !== 900);
    const start = await height();
    await journeyToCoaching(frame);
    await p.waitForFunction(
      (h) => parseInt(getComputedStyle(document.querySelector('iframe')!).height) > h + 500,
      start,
    );
    const result = await height();
    await frame.getByRole('button', { name: 'Start again' }).click();
    await p.waitForFunction(
      (h) => parseInt(getComputedStyle(document.querySelector('iframe')!).height) < h - 500,
      result,
    );
    assert.ok((await height()) < result, `${result}px after the result, ${await height()}px after Start again`);
    await p.close();
  });

  test('on Bootstrap with smooth scrolling at 375px and a sticky header, each new heading is in view', async () => {
    server.pages.set('/bootstrap.css', {
      body: readFileSync(join(projectRoot, 'node_modules/bootstrap/dist/css/bootstrap.min.css'), 'utf8'),
    });
    server.pages.set('/sticky.css', {
      body: 'html{scroll-behavior:smooth;font-size:62.5%} header{position:sticky;top:0;height:60px;background:#333;z-index:10} .filler{height:1500px}',
    });
    const p = await open(
      '/bootstrap.html',
      '<header>Intranet</header><div class="filler"></div><support-finder area="llr"></support-finder><div class="filler"></div>',
      '<link rel="stylesheet" href="/bootstrap.css"><link rel="stylesheet" href="/sticky.css">',
      'en-GB',
      { width: 375, height: 700 },
    );
    const w = p.locator('support-finder');
    const inView = async () => {
      await p.waitForTimeout(50);
      const a = await deepActive(p);
      return a!.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 60 && r.bottom <= innerHeight;
      });
    };
    await w.getByRole('button', { name: 'Start now' }).click();
    assert.ok(await inView(), 'first question');
    for (const name of COACHING) {
      await w.getByRole('radio', { name }).check();
      await w.getByRole('button', { name: 'Continue' }).click();
      assert.ok(await inView(), `after ${String(name)}`);
    }
    await w.getByRole('button', { name: 'See my suggestion' }).click();
    assert.ok(await inView(), 'result heading');
    await p.close();
  });
});
