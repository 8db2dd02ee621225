/**
 * Content loaded at run time through `src`: raw Markdown (pack.yaml) parsed in the browser with
 * the same checks as the CLI, compiled JSON, the editor preview, and failures that never throw.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defineElements } from '../../src/define.js';
import type { SupportFinder } from '../../src/support-finder.js';
import { SfErrorEvent } from '../../src/events/events.js';
import { byText, deep, settle } from '../browser/widget.js';
import { axeViolations } from '../browser/axe.js';

defineElements();

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

async function ready(el: SupportFinder, text: string | RegExp, selector = 'h2') {
  for (let i = 0; i < 100; i++) {
    await settle(el);
    if (byText(el.shadowRoot!, selector, text)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`"${text}" never appeared`);
}

describe('<support-finder src>', () => {
  it('loads a raw Markdown pack from its pack.yaml and runs it', async () => {
    const el = await fixture<SupportFinder>(
      html`<support-finder src="/test/fixtures/packs/minimal/pack.yaml"></support-finder>`,
    );
    await ready(el, 'Test guide');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('loads a compiled JSON pack', async () => {
    const el = await fixture<SupportFinder>(html`<support-finder src="/.cache/default-pack.json"></support-finder>`);
    await ready(el, 'Find the right development support');
  });

  it('in preview, lists content problems as path:line:col beside the widget', async () => {
    const el = await fixture<SupportFinder>(
      html`<support-finder preview src="/test/fixtures/packs/with-mistakes/pack.yaml"></support-finder>`,
    );
    await ready(el, 'Content problems');
    const items = [...el.shadowRoot!.querySelectorAll('.problems li')].map((li) => li.textContent);
    expect(items).to.deep.equal([
      'test/fixtures/packs/with-mistakes/contacts/everyone.md:10:1 error "emial" is not a field of a contact. Did you mean "email"? [unknown-field]',
    ]);
  });

  it('without preview, shows a friendly failure with a contact route, keeps the host fallback, and fires sf-error', async () => {
    const el = document.createElement('support-finder');
    el.innerHTML = '<a href="https://example.org/help">Find support another way</a>';
    const failed = oneEvent(el, 'sf-error');
    el.src = '/test/fixtures/packs/with-mistakes/pack.yaml';
    document.body.append(el);
    const event = (await failed) as unknown as SfErrorEvent;
    expect(event.reason).to.equal('invalid-content');
    await settle(el);
    expect(byText(el.shadowRoot!, 'p', /not available at the moment/)).to.exist;
    expect(byText(el.shadowRoot!, 'p', /line manager/)).to.exist;
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]?.textContent).to.equal('Find support another way');
    expect(el.shadowRoot!.querySelector('.problems')).to.equal(null);
    el.remove();
  });

  it('fires sf-error for a missing pack and never throws', async () => {
    const el = document.createElement('support-finder');
    const failed = oneEvent(el, 'sf-error');
    el.src = '/no/such/pack.json';
    document.body.append(el);
    expect(((await failed) as unknown as SfErrorEvent).reason).to.equal('http');
    el.remove();
  });

  it('renders hostile Markdown from a raw pack as text, with nothing run', async () => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    const el = await fixture<SupportFinder>(
      html`<support-finder preview src="/test/fixtures/packs/hostile/pack.yaml"></support-finder>`,
    );
    await ready(el, 'Content problems');
    await new Promise((r) => setTimeout(r, 200));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(deep(el.shadowRoot!, 'script')).to.equal(undefined);
  });
});
