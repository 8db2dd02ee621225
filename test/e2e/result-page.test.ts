/**
 * The result page on the built bundle, from a plain host page: how tall it is at a desktop and a
 * phone width (printed, with a ceiling), that the first contact is in the first screenful, and
 * that the link to the contacts and each disclosure do what a person expects.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { people, type Person } from '../fixtures/people.js';
import { watchErrors } from './browser.js';
import { focused, hostPage } from './surface.js';
import { browser, server, useServerAndBrowser } from './harness.js';

useServerAndBrowser({
  setUp: () => {
    server.pages.set('/result.html', { body: hostPage('<support-finder></support-finder>') });
  },
});

/** A ward sister in Leicester whom the table of people places in coaching. */
const coaching = people.find((person) => person.suggestion === 'coaching')!;

/** One person for each suggestion the table of people reaches. */
const onePerSuggestion = (): Person[] => [...new Map(people.map((p) => [p.suggestion, p])).values()];

/** Answers as `person` would, from the start page up to the result. */
async function answer(w: Locator, person: Person): Promise<void> {
  await w.getByRole('button', { name: 'Start now' }).click();
  for (const option of Object.values(person.answers)) {
    await w.locator(`input[type="radio"][value="${option}"]`).check();
    await w.getByRole('button', { name: 'Continue' }).click();
  }
  const suggest = w.getByRole('button', { name: 'See my suggestion' });
  if (await suggest.isVisible()) await suggest.click();
  await w.getByRole('heading', { name: /^Our suggestion: / }).waitFor();
}

async function open(width: number, height = 800): Promise<{ p: Page; w: Locator; errors: string[] }> {
  const p = await browser.newPage({ viewport: { width, height } });
  const errors = watchErrors(p);
  await p.goto(`${server.origin}/result.html`);
  return { p, w: p.locator('support-finder'), errors };
}

/**
 * The widget's height in CSS px as laid out, and how far below its top the first contact's
 * name is (the first one laid out, through every shadow root).
 */
const measure = (w: Locator) =>
  w.evaluate((host) => {
    const top = host.getBoundingClientRect().top;
    const roots: ShadowRoot[] = [host.shadowRoot!];
    const names: Element[] = [];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i]!.querySelectorAll('*')) {
        if (el.shadowRoot) roots.push(el.shadowRoot);
        if (el.matches('.contact__name, .first-step strong') && el.getBoundingClientRect().height > 0) names.push(el);
      }
    }
    const first = Math.min(...names.map((el) => el.getBoundingClientRect().top));
    return { height: Math.round(host.getBoundingClientRect().height), contact: Math.round(first - top) };
  });

describe('the result page', () => {
  test('is short enough to act on at 1,000 and 375 px wide, with the first contact in the first screenful (heights printed)', async () => {
    const chosen = onePerSuggestion();
    const rows = new Map(chosen.map((person) => [person.suggestion, [] as string[]]));
    for (const width of [1000, 375]) {
      const { p, w, errors } = await open(width);
      for (const person of chosen) {
        await answer(w, person);
        const m = await measure(w);
        rows.get(person.suggestion)!.push(`${String(m.height).padStart(5)} px (${String(m.contact).padStart(4)})`);
        // The widget's top is where focus puts it; its first contact must be within one short screen of it.
        assert.ok(m.contact < 500, `${person.suggestion} at ${width}px: first contact ${m.contact}px down`);
        await w.getByRole('button', { name: 'Start again' }).click();
      }
      assert.deepEqual(errors, []);
      await p.close();
    }
    console.log('result page height (first contact name offset) at 1000 and 375 px wide');
    for (const [id, cells] of rows) console.log(`${id.padEnd(24)} ${cells.join('  ')}`);
  });

  test('the link to the contacts moves focus to "Who to contact" and brings it into view, by pointer and keyboard', async () => {
    const { p, w, errors } = await open(1000);
    await answer(w, coaching);
    assert.match(await focused(p), /^H2 Our suggestion: Coaching$/, 'focus starts on the result heading');
    const list = w.getByRole('heading', { name: 'Who to contact', exact: true });
    const inView = () =>
      list.evaluate((h) => {
        const r = h.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
    assert.equal(await inView(), false, 'the list starts below the first screen');
    await w.getByRole('link', { name: 'See all the contacts' }).click();
    assert.equal(await focused(p), 'H3 Who to contact');
    assert.equal(await inView(), true, 'the list is in view');
    assert.equal(await p.evaluate(() => location.hash), '', "the host page's address is unchanged");

    // Back to the top, then the same with the keyboard.
    await p.evaluate(() => scrollTo(0, 0));
    await w.getByRole('heading', { name: /^Our suggestion/ }).focus();
    await p.keyboard.press('Tab');
    let now = await focused(p);
    for (let i = 0; i < 10 && now !== 'A See all the contacts'; i++) {
      await p.keyboard.press('Tab');
      now = await focused(p);
    }
    assert.equal(now, 'A See all the contacts');
    await p.keyboard.press('Enter');
    assert.equal(await focused(p), 'H3 Who to contact');
    assert.equal(await inView(), true, 'the list is in view after Enter');
    // Tab goes on from the list, as it would after reading it.
    await p.keyboard.press('Tab');
    assert.match(await focused(p), /^SELECT /, 'the next control is the area picker at the top of the list');
    assert.deepEqual(errors, []);
    await p.close();
  });

  test('the first step names the first contact, and following its link tells the host', async () => {
    const { p, w, errors } = await open(375);
    await p.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      document.addEventListener('sf-contact', (e) => seen.push((e as unknown as { channel: string }).channel));
    });
    await answer(w, coaching);
    const step = w.getByRole('heading', { name: 'Your first step' });
    assert.equal(await step.isVisible(), true);
    const first = w.locator('[part~="contact"] .contact__name').first();
    const name = await first.innerText();
    const block = w.locator('.first-step');
    assert.match(await block.innerText(), new RegExp(name));
    const link = block.getByRole('link').first();
    assert.equal(await link.isVisible(), true, 'the way to reach them is shown');
    assert.ok(await link.evaluate((a) => a.getBoundingClientRect().bottom < innerHeight), 'in the first screen');
    await link.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault(), { once: true }));
    await link.click();
    assert.deepEqual(
      await p.evaluate(() => (window as unknown as { seen: string[] }).seen),
      ['website'],
      'one sf-contact, for the website',
    );
    assert.deepEqual(errors, []);
    await p.close();
  });

  test('each disclosure opens to show its guidance and closes again, with the pointer and the keyboard', async () => {
    const { p, w, errors } = await open(1000);
    await answer(w, coaching);
    const all = w.locator('details');
    const count = await all.count();
    assert.ok(count >= 7, `${count} disclosures`);
    for (let i = 0; i < count; i++) {
      const details = all.nth(i);
      const summary = details.locator('summary');
      const text = details.locator(':scope > :not(summary)').first();
      const label = await summary.innerText();
      assert.equal(await text.isVisible(), false, `${label}: closed at first`);
      await summary.click();
      assert.equal(await details.evaluate((d) => (d as HTMLDetailsElement).open), true, `${label}: opened`);
      assert.equal(await text.isVisible(), true, `${label}: its text is shown`);
      await summary.press('Enter');
      assert.equal(await text.isVisible(), false, `${label}: Enter closes it`);
      await summary.press('Space');
      assert.equal(await text.isVisible(), true, `${label}: Space opens it`);
    }
    const labels = await w.locator('summary').allInnerTexts();
    for (const name of ['What to expect', 'Typical coaching questions', 'Before your first session'])
      assert.ok(labels.includes(name), `"${name}" is a disclosure`);
    // Opened, the guidance reads as it did: a typical coaching question is there.
    assert.equal(await w.getByText('What small step could you take first?').isVisible(), true);
    assert.deepEqual(errors, []);
    await p.close();
  });

  test('the wellbeing result shows its reasons once, and where to get help now without a disclosure', async () => {
    const { p, w, errors } = await open(1000);
    await answer(
      w,
      people.find((person) => person.suggestion === 'wellbeing')!,
    );
    assert.equal(await w.getByRole('heading', { name: 'Why we suggest this' }).count(), 1);
    const now = w.getByRole('heading', { name: 'If you need help now' });
    assert.equal(await now.isVisible(), true);
    assert.equal(await w.getByRole('link', { name: /call 999/ }).isVisible(), true);
    assert.equal(await w.locator('details').count(), 0, 'nothing on a signpost is folded away');
    assert.deepEqual(errors, []);
    await p.close();
  });
});
