/**
 * Every control a person operates, on the built bundle in a plain host page: the whole journey
 * with the keyboard alone (Tab, arrows, Space, Enter), then the result page's controls with the
 * pointer, each with what a person sees afterwards. The host page counts the widget's events,
 * as an analytics script would.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { journeyToCoaching, watchErrors } from './browser.js';
import { COACHING, focused, hostPage } from './surface.js';
import { browser, server, useServerAndBrowser } from './harness.js';

useServerAndBrowser();

const EVENTS = ['sf-start', 'sf-answer', 'sf-result', 'sf-contact', 'sf-restart', 'sf-area', 'sf-print', 'sf-remember'];

async function open(path: string): Promise<{ p: Page; w: Locator; errors: string[] }> {
  server.pages.set(path, { body: hostPage('<support-finder area="llr"></support-finder>') });
  const p = await browser.newPage({ viewport: { width: 900, height: 900 } });
  const errors = watchErrors(p);
  await p.goto(server.origin + path);
  await p.evaluate((names) => {
    const seen: Record<string, unknown>[] = [];
    (window as unknown as { seen: typeof seen }).seen = seen;
    for (const name of names)
      document.addEventListener(name, (e) => seen.push({ type: e.type, ...(e as unknown as Record<string, unknown>) }));
    // The print dialog would block the page: record the call instead.
    window.print = () => seen.push({ type: 'window.print' });
  }, EVENTS);
  return { p, w: p.locator('support-finder'), errors };
}

const seen = (p: Page) => p.evaluate(() => (window as unknown as { seen: { type: string }[] }).seen.map((e) => e.type));

/** Presses Tab until the focused element (through shadow roots) matches, at most 40 times. */
async function tabTo(p: Page, want: RegExp, key = 'Tab'): Promise<string> {
  for (let i = 0; i < 40; i++) {
    const now = await focused(p);
    if (want.test(now)) return now;
    await p.keyboard.press(key);
  }
  assert.fail(`nothing matching ${want} took focus; last was "${await focused(p)}"`);
}

/** On a question page: Tab to its radios, arrow to the option with this id, Space, then Enter on Continue. */
async function answerByKeyboard(p: Page, optionId: string): Promise<void> {
  await tabTo(p, /^INPUT radio /);
  await tabTo(p, new RegExp(`^INPUT radio ${optionId}$`), 'ArrowDown');
  await p.keyboard.press('Space');
  await tabTo(p, /^BUTTON Continue$/);
  await p.keyboard.press('Enter');
}

describe('with the keyboard alone', () => {
  test('Start, every answer, Back, Change, See my suggestion, a disclosure, Change area, Remember, Print and Start again', async () => {
    const { p, w, errors } = await open('/keys.html');
    await tabTo(p, /^BUTTON Start now$/);
    await p.keyboard.press('Enter');
    await w.getByRole('radio', { name: /I work for the NHS/ }).waitFor();

    // Continue with nothing chosen: the error, then an answer.
    await tabTo(p, /^BUTTON Continue$/);
    await p.keyboard.press('Enter');
    await w.getByText('There is a problem').waitFor();
    await answerByKeyboard(p, 'nhs');
    await answerByKeyboard(p, 'self');

    // Back keeps the answer given.
    await tabTo(p, /^BUTTON Back$/);
    await p.keyboard.press('Enter');
    assert.equal(await w.getByRole('radio', { name: /own development/ }).isChecked(), true, 'Back kept the answer');
    await tabTo(p, /^BUTTON Continue$/);
    await p.keyboard.press('Enter');
    await answerByKeyboard(p, 'questions');
    await answerByKeyboard(p, 'goal');
    await w.getByRole('heading', { name: 'Check your answers' }).waitFor();

    // Change an answer from the summary, and come back to it.
    await tabTo(p, /^BUTTON Change/);
    await p.keyboard.press('Enter');
    assert.equal(await w.getByRole('radio', { checked: true }).count(), 1, 'the question opens with its answer');
    await tabTo(p, /^BUTTON Continue$/);
    await p.keyboard.press('Enter');
    await w.getByRole('heading', { name: 'Check your answers' }).waitFor();
    await tabTo(p, /^BUTTON See my suggestion$/);
    await p.keyboard.press('Enter');
    await w.getByRole('heading', { name: /Our suggestion: Coaching/ }).waitFor();

    // A disclosure (the first piece of folded guidance) opens and closes.
    const details = w.locator('details').first();
    await tabTo(p, /^SUMMARY /);
    await p.keyboard.press('Enter');
    assert.equal(await details.evaluate((d) => (d as HTMLDetailsElement).open), true, 'details opened');
    await p.keyboard.press('Enter');
    assert.equal(await details.evaluate((d) => (d as HTMLDetailsElement).open), false, 'details closed');

    // Change area: the contacts shown change to the other area's.
    const names = () => w.locator('[part~="contact"] .contact__name').allInnerTexts();
    const before = await names();
    await tabTo(p, /^SELECT /);
    await p.keyboard.press('End');
    await tabTo(p, /^BUTTON Change area$/);
    await p.keyboard.press('Enter');
    const afterChange = await names();
    assert.notDeepEqual(afterChange, before, 'the contact list follows the new area');
    assert.match(await focused(p), /^BUTTON Change area$/, 'focus stays on the button');

    // Remember, Print, Start again.
    await tabTo(p, /^INPUT checkbox /);
    await p.keyboard.press('Space');
    assert.equal(await w.getByRole('checkbox', { name: /Remember/ }).isChecked(), true);
    assert.ok(await p.evaluate(() => localStorage.length > 0), 'the answers are kept on this device');
    await tabTo(p, /^BUTTON Print/);
    await p.keyboard.press('Enter');
    await tabTo(p, /^BUTTON Start again$/);
    await p.keyboard.press('Enter');
    await w.getByRole('button', { name: 'Start now' }).waitFor();
    assert.equal(await p.evaluate(() => localStorage.length), 0, 'Start again forgets the answers');

    const got = await seen(p);
    for (const type of ['sf-start', 'sf-answer', 'sf-result', 'sf-area', 'sf-remember', 'window.print', 'sf-print'])
      assert.ok(got.includes(type), `${type} happened`);
    assert.equal(got.at(-1), 'sf-restart');
    assert.deepEqual(errors, []);
    await p.close();
  });
});

describe('with the pointer', () => {
  test('each contact link goes where it says, opens safely, and tells the host which channel', async () => {
    const { p, w, errors } = await open('/links.html');
    await journeyToCoaching(w);
    const links = w.locator('[part~="contact"] [data-channel] a >> visible=true');
    const count = await links.count();
    assert.ok(count >= 2, `${count} contact links`);
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      const href = (await link.getAttribute('href')) ?? '';
      assert.match(href, /^(https:|mailto:|tel:)/, href);
      if (href.startsWith('https:')) {
        assert.equal(await link.getAttribute('target'), '_blank');
        assert.match((await link.getAttribute('rel')) ?? '', /noopener/);
        assert.match(await link.innerText(), /opens in a new tab/);
      }
      // Follow it without leaving the page: the host hears of it all the same.
      await link.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault(), { once: true }));
      await link.click();
    }
    const contacts = await p.evaluate(() =>
      (window as unknown as { seen: { type: string; channel?: string }[] }).seen.filter((e) => e.type === 'sf-contact'),
    );
    assert.equal(contacts.length, count, 'one sf-contact per link followed');
    for (const c of contacts) assert.match(c.channel ?? '', /^(website|email|phone)$/);
    assert.deepEqual(errors, []);
    await p.close();
  });

  test('the help line sits in the same place on every page, and its links work', async () => {
    const { p, w, errors } = await open('/help.html');
    const help = w.locator('[part~="help"]');
    const place = async () => {
      // Always the last thing in the widget, after the page.
      const last = await w.evaluate((el) => {
        const journey = el.shadowRoot!.querySelector('sf-journey')!;
        return journey.shadowRoot!.lastElementChild?.getAttribute('part');
      });
      assert.equal(last, 'help');
      return help.innerText();
    };
    const start = await place();
    assert.match(start, /LLR Academy/, 'the help line for Leicester, Leicestershire and Rutland');
    const link = help.getByRole('link', { name: /LLR Academy/ });
    assert.equal(await link.getAttribute('href'), 'https://www.llracademy.org/coaching-and-mentoring/');
    await w.getByRole('button', { name: 'Start now' }).click();
    assert.equal(await place(), start, 'on the first question');
    for (const name of COACHING) {
      await w.getByRole('radio', { name }).check();
      await w.getByRole('button', { name: 'Continue' }).click();
    }
    assert.equal(await place(), start, 'on the summary');
    await w.getByRole('button', { name: 'See my suggestion' }).click();
    await w.getByRole('heading', { name: /Our suggestion/ }).waitFor();
    assert.equal(await place(), start, 'on the result');
    assert.deepEqual(errors, []);
    await p.close();
  });

  test('in a fixed-height frame that nothing resizes, each step starts in view with focus on its heading', async () => {
    // As on SharePoint's Embed web part: the page is framed at a fixed height, with no parent script.
    server.pages.set('/fixed.html', {
      body: hostPage(
        '<iframe title="Guide" src="/dist/embed/index.html?area=llr" style="width:600px;height:500px"></iframe>',
      ),
    });
    const p = await browser.newPage({ viewport: { width: 800, height: 900 } });
    const errors = watchErrors(p);
    await p.goto(`${server.origin}/fixed.html`);
    const frame = p.frames().find((f) => f.url().includes('/dist/embed/'))!;
    const w = p.frameLocator('iframe').locator('support-finder');
    /** The element with focus in the frame: a heading, inside the frame's 500px. */
    const headingInView = () =>
      frame.evaluate(() => {
        let a: Element | null = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        const r = a!.getBoundingClientRect();
        return {
          tag: a!.tagName,
          text: a!.textContent,
          tabindex: a!.getAttribute('tabindex'),
          top: r.top,
          bottom: r.bottom,
          height: innerHeight,
        };
      });
    await w.getByRole('button', { name: 'Start now' }).click();
    let previous: string | null = null;
    for (const name of [...COACHING, 'See my suggestion']) {
      if (name === 'See my suggestion') await w.getByRole('button', { name }).click();
      else {
        await w.getByRole('radio', { name }).check();
        await w.getByRole('button', { name: 'Continue' }).click();
      }
      // Focus moves once the new page has rendered: wait for it (a few seconds at most).
      let at = await headingInView();
      for (let i = 0; i < 40 && (at.tabindex !== '-1' || at.text === previous); i++) at = await headingInView();
      assert.notEqual(at.text, previous, `focus moved to the new page after ${String(name)}`);
      previous = at.text;
      assert.equal(at.tabindex, '-1', `focus on the new page's heading after ${String(name)}: ${at.tag}`);
      assert.ok(at.top >= 0 && at.bottom <= at.height, `the heading is in the 500px frame: ${JSON.stringify(at)}`);
    }
    assert.equal(await p.locator('iframe').evaluate((f) => getComputedStyle(f).height), '500px', 'nothing resized it');
    assert.deepEqual(errors, []);
    await p.close();
  });
});
