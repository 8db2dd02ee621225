/**
 * The presentational elements on their own: each test opens with axe, then checks behaviour by
 * role and name. They take properties and fire `sf-action` requests; no context, no machine.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { defineElements } from '../../src/define.js';
import type { Guide } from '../../src/content/schema.js';
import type { SfActionEvent } from '../../src/events/events.js';
import { recommend } from '../../src/guide/recommend.js';
import { selectContacts } from '../../src/contacts/select.js';
import { minimalGuide } from '../fixtures/browser.js';
import { axeViolations } from '../browser/axe.js';

defineElements();

let guide: Guide;
before(async () => {
  guide = await minimalGuide();
});

/** Collects the actions an element asks for. */
function actions(el: HTMLElement): string[] {
  const seen: string[] = [];
  el.addEventListener('sf-action', (e) => seen.push(JSON.stringify((e as SfActionEvent).action)));
  return seen;
}

const shadow = (el: Element) => el.shadowRoot!;

describe('<sf-start-page>', () => {
  it('shows the title, introduction and privacy note, and asks to start', async () => {
    const el = await fixture<HTMLElement>(
      html`<sf-start-page .heading=${guide.title} .intro=${guide.intro} .privacy=${guide.privacy}></sf-start-page>`,
    );
    expect(await axeViolations(el)).to.deep.equal([]);
    const seen = actions(el);
    expect(shadow(el).querySelector('h2')?.textContent?.trim()).to.equal('Test guide');
    expect(shadow(el).textContent).to.contain('Your answers stay in this browser.');
    shadow(el).querySelector('button')!.click();
    expect(seen).to.deep.equal(['{"type":"guide.start"}']);
  });
});

describe('<sf-question-page>', () => {
  const question = () => guide.questions.find((q) => q.id === 'goal')!;

  it('is a fieldset with the question as legend and heading, hints tied to their radios', async () => {
    const el = await fixture<HTMLElement>(
      html`<sf-question-page .question=${question()} .labels=${guide.labels} id-prefix="t"></sf-question-page>`,
    );
    expect(await axeViolations(el)).to.deep.equal([]);
    const root = shadow(el);
    expect(root.querySelector('fieldset legend h2')?.textContent?.trim()).to.equal('What do you want?');
    expect(root.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('t-goal-hint');
    const first = root.querySelector<HTMLInputElement>('input[value=specific]')!;
    expect(first.getAttribute('aria-describedby')).to.equal('t-goal-option-0-hint');
    expect(root.querySelector('#t-goal-option-0-hint')?.textContent).to.equal('One goal.');
  });

  it('asks to select, continue and go back', async () => {
    const el = await fixture<HTMLElement>(
      html`<sf-question-page .question=${question()} .labels=${guide.labels}></sf-question-page>`,
    );
    const seen = actions(el);
    shadow(el).querySelector<HTMLInputElement>('input[value=broad]')!.click();
    shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    shadow(el).querySelector<HTMLButtonElement>('.back-link')!.click();
    expect(seen).to.deep.equal([
      '{"type":"answer.select","optionId":"broad"}',
      '{"type":"nav.continue"}',
      '{"type":"nav.back"}',
    ]);
  });

  it('in the error state, is still accessible and describes the fieldset with the message', async () => {
    const el = await fixture<HTMLElement>(
      html`<sf-question-page .question=${question()} .labels=${guide.labels} error id-prefix="t"></sf-question-page>`,
    );
    expect(await axeViolations(el)).to.deep.equal([]);
    expect(shadow(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('t-goal-hint t-goal-error');
    expect(shadow(el).querySelector('#t-goal-error')?.textContent).to.contain('Select what you want');
  });
});

describe('<sf-check-answers>', () => {
  it('lists each answer with a Change button named for its question', async () => {
    const rows = [
      { question: guide.questions[0]!, label: 'A member of staff' },
      { question: guide.questions[1]!, label: 'Something broad' },
    ];
    const el = await fixture<HTMLElement>(
      html`<sf-check-answers .rows=${rows} .labels=${guide.labels}></sf-check-answers>`,
    );
    expect(await axeViolations(el)).to.deep.equal([]);
    const seen = actions(el);
    const change = [...shadow(el).querySelectorAll('dd button')];
    expect(change.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Change Who are you?',
      'Change What do you want?',
    ]);
    (change[1] as HTMLButtonElement).click();
    expect(seen).to.deep.equal(['{"type":"answer.change","questionId":"goal"}']);
  });
});

describe('<sf-contact-list>', () => {
  it('groups contacts local, regional, national, with links, offers and review dates', async () => {
    const groups = selectContacts(guide, 'alpha', 'here', 'staff');
    const el = await fixture<HTMLElement>(
      html`<sf-contact-list
        .groups=${groups}
        .labels=${guide.labels}
        .areas=${guide.areas}
        area="here"
        .outcomeTitles=${{ alpha: 'Alpha', beta: 'Beta' }}
      ></sf-contact-list>`,
    );
    expect(await axeViolations(el)).to.deep.equal([]);
    const headings = [...shadow(el).querySelectorAll('h3, h4')].map((h) => h.textContent?.trim());
    expect(headings).to.deep.equal(['Local', 'Local team', 'National', 'The help desk']);
    const web = shadow(el).querySelector<HTMLAnchorElement>('a[href="https://example.org/help"]')!;
    expect(web.target).to.equal('_blank');
    expect(web.rel).to.equal('noopener noreferrer');
    expect(web.textContent).to.contain('(opens in a new tab)');
    expect(shadow(el).textContent).to.contain('Can help with: Alpha');
    expect(shadow(el).textContent).to.contain('Details checked 1 June 2026');
    // The local team's details were never verified: the card says where they come from instead.
    const local = shadow(el).querySelector('.contact')!;
    expect(local.textContent).to.contain("Details from The test organisation's staff guide (Contacts)");
    expect(local.textContent).not.to.contain('Details checked');
  });

  it('fires sf-contact with ids only when a contact link is followed', async () => {
    const groups = selectContacts(guide, 'alpha', 'here', 'staff');
    const el = await fixture<HTMLElement>(
      html`<sf-contact-list .groups=${groups} .labels=${guide.labels}></sf-contact-list>`,
    );
    const seen: string[] = [];
    el.addEventListener('sf-contact', (e) => {
      const { contactId, channel } = e as unknown as { contactId: string; channel: string };
      seen.push(`${contactId}:${channel}`);
    });
    const mail = shadow(el).querySelector<HTMLAnchorElement>('a[href="mailto:local@example.org"]')!;
    mail.addEventListener('click', (e) => e.preventDefault());
    mail.click();
    expect(seen).to.deep.equal(['local:email']);
  });
});

describe('<sf-result-page>', () => {
  it('gives the suggestion, the reasons, the runner-up, contacts and the answers', async () => {
    const answers = { who: 'staff', goal: 'broad', length: 'short' };
    const recommendation = recommend(guide, answers);
    const el = await fixture<HTMLElement>(
      html`<sf-result-page
        .guide=${guide}
        .recommendation=${recommendation}
        .contactGroups=${selectContacts(guide, 'beta', undefined, 'staff')}
        .rows=${[{ question: guide.questions[1]!, label: 'Something broad' }]}
      ></sf-result-page>`,
    );
    expect(await axeViolations(el)).to.deep.equal([]);
    const text = shadow(el).textContent ?? '';
    expect(shadow(el).querySelector('h2')?.textContent).to.equal('Our suggestion: Beta');
    expect(text).to.contain('You want something broad.');
    expect(text).to.contain('You might also consider Alpha');
    expect(text).to.contain('What to expect');
    expect(shadow(el).querySelector('.answers')?.textContent).to.contain('Something broad');
    const seen = actions(el);
    const remember = shadow(el).querySelector<HTMLInputElement>('input[type=checkbox]')!;
    remember.click();
    expect(seen).to.deep.equal(['{"type":"storage.remember","remember":true}']);
  });
});
