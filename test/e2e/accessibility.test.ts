/**
 * Quality bar 1-10 against the built single file, in Chromium, on a plain host page: keyboard-only
 * journey with a visible focus indicator, target sizes, 320px reflow, forced colours, reduced
 * motion, print, sticky host headers, and axe on the whole page (page-level rules included).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { watchErrors } from './browser.js';
import { AXE_TAGS } from '../fixtures/axe-tags.js';
import { deepActive } from './surface.js';
import { browser, server, useServerAndBrowser } from './harness.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/**
 * Every element inside the widget's shadow roots, as a page expression. Written as a string:
 * the test runner's TypeScript transform would add helper calls the page does not have.
 */
const ALL_ELEMENTS = `(function all(root, out) {
  for (const el of root.querySelectorAll('*')) { out.push(el); if (el.shadowRoot) all(el.shadowRoot, out); }
  return out;
})(document.querySelector('support-finder').shadowRoot, [])`;

const hostPage = (extraHead = '', beforeWidget = '') => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title>${extraHead}
<script type="module" src="/dist/support-finder.js"></script></head>
<body><header><p>Trust intranet</p></header><main><h1>Find development support</h1>${beforeWidget}
<support-finder area="llr"></support-finder></main></body></html>`;

useServerAndBrowser({
  setUp: () => {
    server.pages.set('/plain.html', { body: hostPage() });
    server.pages.set('/sticky.html', {
      body: hostPage(
        `<style>header{position:sticky;top:0;height:120px;background:#003087;color:#fff;z-index:10}
       support-finder{--sf-scroll-offset:140px}</style>`,
        '<div style="height:1500px">Long introduction</div>',
      ),
    });
  },
});

async function open(path: string, options: Parameters<Browser['newPage']>[0] = {}) {
  const page = await browser.newPage(options);
  const errors = watchErrors(page);
  await page.goto(`${server.origin}${path}`);
  await page.getByRole('button', { name: 'Start now' }).waitFor();
  return { page, errors };
}

/** The focused element inside the widget's shadow roots, described for assertions. */
const focused = async (page: Page) =>
  (await deepActive(page))?.evaluate((el) => {
    const style = getComputedStyle(el);
    const label = el.id ? (el.getRootNode() as ShadowRoot).querySelector(`label[for="${el.id}"]`) : null;
    const ring = label ? getComputedStyle(label, '::before').boxShadow : style.boxShadow;
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim() || (label?.textContent ?? '').trim(),
      background: style.backgroundColor,
      ring,
      top: el.getBoundingClientRect().top,
    };
  });

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (tags) => {
    const w = window as unknown as {
      axe: {
        run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    const r = await w.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
}

/** Answers by keyboard only: Tab into the radio group, arrows to the option, Tab, Enter. */
async function keyboardAnswer(page: Page, position: number) {
  await page.keyboard.press('Tab');
  const first = await focused(page);
  assert.equal(first?.tag, 'input', 'Tab from the heading reaches the options');
  assert.notEqual(first?.ring, 'none', 'the focused radio shows a focus ring');
  await page.keyboard.press('Space');
  for (let i = 0; i < position; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  const button = await focused(page);
  assert.equal(button?.text, 'Continue');
  assert.equal(button?.background, 'rgb(255, 235, 59)', 'the focused button turns NHS focus yellow');
  await page.keyboard.press('Enter');
}

describe('on the built bundle', () => {
  test('the whole journey works with the keyboard alone, focus visible and on each new heading', async () => {
    const { page, errors } = await open('/plain.html');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page))?.text, 'Start now');
    await page.keyboard.press('Enter');
    assert.equal((await focused(page))?.text, 'Which of these best describes you?');
    await keyboardAnswer(page, 0); // NHS
    assert.equal((await focused(page))?.text, 'What would you like to do?');
    await keyboardAnswer(page, 0); // my own development
    await keyboardAnswer(page, 0); // own answers
    await keyboardAnswer(page, 0); // a specific goal
    assert.equal((await focused(page))?.text, 'Check your answers');
    // From the focused heading: a Change button per answer, then the submit button.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    assert.equal((await focused(page))?.text, 'See my suggestion');
    await page.keyboard.press('Enter');
    assert.match((await focused(page))?.text ?? '', /^Our suggestion: Coaching$/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('axe finds nothing on the whole host page at each step', async () => {
    const { page } = await open('/plain.html');
    const found: string[] = [];
    found.push(...(await axe(page)));
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    found.push(...(await axe(page)));
    await page.getByRole('radio', { name: 'I work for the NHS' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    found.push(...(await axe(page)));
    await page.close();
    assert.deepEqual(found, []);
  });

  test('every target is at least 24 by 24 CSS pixels', async () => {
    const { page } = await open('/plain.html');
    const small = async () =>
      page.evaluate<string[]>(`${ALL_ELEMENTS}
        .filter((el) => el.matches('button, input, select, summary, label'))
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(({ el, r }) => el.tagName + ' "' + (el.textContent || '').trim() + '" ' + r.width + 'x' + r.height)`);
    const found = [...(await small())];
    await page.getByRole('button', { name: 'Start now' }).click();
    found.push(...(await small()));
    await page.close();
    assert.deepEqual(found, []);
  });

  test('reflows at 320 CSS pixels with no horizontal scrolling, on every kind of page', async () => {
    const { page } = await open('/plain.html', { viewport: { width: 320, height: 640 } });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const seen: number[] = [await overflow()];
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    seen.push(await overflow());
    for (const name of ['I work for the NHS', /own development/, /own answers/, /specific goal/]) {
      await page.getByRole('radio', { name }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    seen.push(await overflow());
    await page.getByRole('button', { name: 'See my suggestion' }).click();
    seen.push(await overflow());
    await page.close();
    assert.deepEqual(seen, [0, 0, 0, 0]);
  });

  test('in forced-colours mode the radios and buttons stay visible', async () => {
    const { page } = await open('/plain.html');
    await page.emulateMedia({ forcedColors: 'active' });
    await page.getByRole('button', { name: 'Start now' }).click();
    const looks = await page.evaluate(() => {
      const root = document.querySelector('support-finder')!.shadowRoot!;
      const q = root.querySelector('sf-journey')!.shadowRoot!.querySelector('sf-question-page')!.shadowRoot!;
      const radio = getComputedStyle(q.querySelector('input[type=radio]')!);
      const button = getComputedStyle(q.querySelector('button[type=submit]')!);
      return { radioOpacity: radio.opacity, buttonBorder: button.borderTopStyle };
    });
    await page.close();
    assert.deepEqual(looks, { radioOpacity: '1', buttonBorder: 'solid' });
  });

  test('with reduced motion nothing animates', async () => {
    const { page } = await open('/plain.html');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const moving = await page.evaluate<number>(`${ALL_ELEMENTS}.filter((el) => {
        const s = getComputedStyle(el);
        return s.animationName !== 'none' || (s.transitionDuration !== '0s' && s.transitionProperty !== 'all');
      }).length`);
    await page.close();
    assert.equal(moving, 0);
  });

  test('printing the result shows answers, reasons and contacts, and no buttons', async () => {
    const { page } = await open('/plain.html');
    await page.getByRole('button', { name: 'Start now' }).click();
    for (const name of ['I work for the NHS', /own development/, /own answers/, /specific goal/]) {
      await page.getByRole('radio', { name }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await page.getByRole('button', { name: 'See my suggestion' }).click();
    await page.emulateMedia({ media: 'print' });
    const buttons = await page
      .getByRole('button')
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    assert.equal(buttons, 0, 'no buttons are printed');
    for (const name of ['Your answers', 'Why we suggest this', 'Who to contact'])
      assert.equal(await page.getByRole('heading', { name }).first().isVisible(), true, name);
    assert.equal(await page.getByText('LLR Academy coaching and mentoring').first().isVisible(), true);
    // On screen, the long parts are laid out only when scrolled near and the guidance is folded;
    // printed, all of it is there: nothing skipped, every disclosure's text laid out.
    const printed = await page.evaluate(() => {
      // Every element, through the shadow roots (a loop: a named helper would not survive the trip).
      const elements: Element[] = [];
      const roots: (Document | ShadowRoot)[] = [document];
      for (let root = roots.pop(); root; root = roots.pop())
        for (const el of root.querySelectorAll('*')) {
          elements.push(el);
          if (el.shadowRoot) roots.push(el.shadowRoot);
        }
      const later = elements.filter((el) => el.classList.contains('later'));
      const folded = elements.filter((el) => el instanceof HTMLDetailsElement && !el.open);
      return {
        later: later.map((el) => getComputedStyle(el).contentVisibility),
        folded: folded.map((d) => d.querySelector('summary ~ *')?.getBoundingClientRect().height ?? 0),
      };
    });
    assert.ok(printed.later.length >= 2, 'the contact list and the answers');
    assert.deepEqual(new Set(printed.later), new Set(['visible']), 'nothing is skipped in print');
    assert.ok(printed.folded.length >= 3, `folded sections: ${printed.folded.length}`);
    assert.ok(
      printed.folded.every((height) => height > 0),
      `every folded section is laid out in print: ${printed.folded.join(', ')}`,
    );
    await page.close();
  });

  test('a sticky host header never covers the heading that focus moves to', async () => {
    const { page } = await open('/sticky.html', { viewport: { width: 1024, height: 700 } });
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByRole('radio', { name: 'I work for the NHS' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    const heading = await focused(page);
    assert.equal(heading?.text, 'What would you like to do?');
    assert.ok((heading?.top ?? 0) >= 120, `heading top ${heading?.top} is below the 120px header`);
    await page.close();
  });
});
