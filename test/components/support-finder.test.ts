import { expect, fixture, html } from '@open-wc/testing';
import { defineElements } from '../../src/define.js';
import type { SupportFinder } from '../../src/support-finder.js';
import { minimalGuide } from '../fixtures/browser.js';
import { axeViolations } from '../browser/axe.js';
import { byText, click, deep, deepActive, deepAll, settle } from '../browser/widget.js';

defineElements();

// Each test starts fresh: the widget resumes saved answers by design.
beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

async function mount(attrs = ''): Promise<SupportFinder> {
  const guide = await minimalGuide();
  const el = await fixture<SupportFinder>(html`<support-finder .guide=${guide}></support-finder>`);
  for (const pair of attrs.split(' ').filter(Boolean)) {
    const [name, value] = pair.split('=');
    el.setAttribute(name!, value ?? '');
  }
  await settle(el);
  return el;
}

async function choose(el: SupportFinder, label: string) {
  const labelEl = byText(el.shadowRoot!, 'label', label);
  expect(labelEl, `option "${label}"`).to.exist;
  labelEl!.click();
  await settle(el);
  await click(el, 'button', 'Continue');
}

describe('<support-finder>', () => {
  it('is accessible on the start page and shows the guide title at heading level 2', async () => {
    const el = await mount();
    expect(await axeViolations(el)).to.deep.equal([]);
    const h2 = deep(el.shadowRoot!, 'h2');
    expect(h2?.textContent?.trim()).to.equal('Test guide');
    expect(deep(el.shadowRoot!, 'h1')).to.equal(undefined);
  });

  it('does not move focus on page load', async () => {
    const before = document.activeElement;
    await mount();
    expect(document.activeElement).to.equal(before);
  });

  it('asks one question per page: a fieldset whose legend is the heading, nothing pre-selected', async () => {
    const el = await mount();
    await click(el, 'button', 'Start now');
    const fieldset = deep(el.shadowRoot!, 'fieldset')!;
    const legend = fieldset.querySelector('legend')!;
    expect(legend.querySelector('h2')?.textContent?.trim()).to.equal('Who are you?');
    const radios = deepAll(el.shadowRoot!, 'input[type=radio]') as HTMLInputElement[];
    expect(radios.map((r) => r.checked)).to.deep.equal([false, false]);
    for (const radio of radios) expect(radio.labels?.[0]?.textContent?.trim()).to.not.equal('');
    expect(deepActive()?.textContent?.trim()).to.equal('Who are you?', 'focus moved to the question');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows an error summary that takes focus, links to the first option and is tied to the fieldset', async () => {
    const el = await mount();
    await click(el, 'button', 'Start now');
    await click(el, 'button', 'Continue');
    const summary = deep(el.shadowRoot!, '.error-summary')!;
    expect(summary.textContent).to.contain('There is a problem');
    expect(deepActive()).to.equal(summary);
    const fieldset = deep(el.shadowRoot!, 'fieldset')!;
    const message = deep(el.shadowRoot!, '.error-message')!;
    expect(fieldset.getAttribute('aria-describedby')?.split(' ')).to.include(message.id);
    expect(await axeViolations(el)).to.deep.equal([]);
    deep(summary, 'a')!.click();
    await settle(el);
    expect(deepActive()).to.equal(deepAll(el.shadowRoot!, 'input[type=radio]')[0]);
  });

  it('goes from start to a result with reasons and contacts, moving focus to each new heading', async () => {
    const el = await mount();
    await click(el, 'button', 'Start now');
    await choose(el, 'A member of staff');
    expect(deepActive()?.textContent?.trim()).to.equal('What do you want?');
    expect(byText(el.shadowRoot!, '.progress', /^Question 2 of about 3$/)).to.exist;
    await choose(el, 'Something specific');
    await choose(el, 'A short time');
    expect(deepActive()?.textContent?.trim()).to.equal('Check your answers');
    expect(await axeViolations(el)).to.deep.equal([]);
    await click(el, 'button', 'See my suggestion');
    expect(deepActive()?.textContent?.trim()).to.equal('Our suggestion: Alpha');
    expect(byText(el.shadowRoot!, 'li', 'You want something specific.')).to.exist;
    expect(byText(el.shadowRoot!, 'h5', 'The help desk')).to.exist;
    expect(byText(el.shadowRoot!, 'h5', 'Local team')).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keeps answers on Back, and Change returns to the question with its answer selected', async () => {
    const el = await mount();
    await click(el, 'button', 'Start now');
    await choose(el, 'A member of staff');
    await click(el, 'button', 'Back');
    expect(deepActive()?.textContent?.trim()).to.equal('Who are you?');
    const staff = deepAll(el.shadowRoot!, 'input[type=radio]')[0] as HTMLInputElement;
    expect(staff.checked).to.equal(true);
    await click(el, 'button', 'Continue');
    await choose(el, 'Something broad');
    await choose(el, 'A long time');
    await click(el, 'button', /Change\s+What do you want\?/);
    expect(deepActive()?.textContent?.trim()).to.equal('What do you want?');
    const broad = deepAll(el.shadowRoot!, 'input[type=radio]')[1] as HTMLInputElement;
    expect(broad.checked).to.equal(true);
    await click(el, 'button', 'Continue');
    expect(deepActive()?.textContent?.trim()).to.equal('Check your answers');
  });

  it('uses the configured heading level, so the host page keeps its h1', async () => {
    const el = await mount('heading-level=3');
    expect(deep(el.shadowRoot!, 'h3')?.textContent?.trim()).to.equal('Test guide');
    expect(deep(el.shadowRoot!, 'h2')).to.equal(undefined);
  });

  it('gives two widgets on one page their own ids and radio groups', async () => {
    const guide = await minimalGuide();
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <support-finder .guide=${guide}></support-finder><support-finder .guide=${guide}></support-finder>
      </div>`,
    );
    const [a, b] = [...wrap.querySelectorAll('support-finder')] as SupportFinder[];
    for (const el of [a!, b!]) {
      await settle(el);
      await click(el, 'button', 'Start now');
    }
    const ids = (el: SupportFinder) => deepAll(el.shadowRoot!, '[id]').map((e) => e.id);
    const names = (el: SupportFinder) =>
      deepAll(el.shadowRoot!, 'input[type=radio]').map((e) => (e as HTMLInputElement).name);
    expect(ids(a!).filter((id) => ids(b!).includes(id))).to.deep.equal([]);
    expect(names(a!).filter((n) => names(b!).includes(n))).to.deep.equal([]);
    await choose(a!, 'A member of staff');
    expect(byText(b!.shadowRoot!, 'h2', 'Who are you?'), 'the other widget did not move').to.exist;
  });

  it('fires public events with ids only, bubbling out of the shadow root', async () => {
    const el = await mount();
    const seen: string[] = [];
    for (const type of ['sf-start', 'sf-answer', 'sf-result', 'sf-restart'])
      document.addEventListener(type, (e) =>
        seen.push(
          `${e.type}:${(e as unknown as { questionId?: string; outcomeId?: string }).questionId ?? (e as unknown as { outcomeId?: string }).outcomeId ?? ''}`,
        ),
      );
    await click(el, 'button', 'Start now');
    await choose(el, 'A visitor');
    await click(el, 'button', 'Start again');
    expect(seen).to.deep.equal(['sf-start:', 'sf-answer:who', 'sf-result:visitor-info', 'sf-restart:']);
  });
});
