/**
 * The pages on their own: each test opens with axe, then checks behaviour by role and name. Each
 * page is given its view model from the real machine and selectors, inside a provider of that
 * same actor, and what it sends is seen as the machine moving on.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { defineElements } from '../../src/define.js';
import type { Guide } from '../../src/content/schema.js';
import { selectStep } from '../../src/guide/selectors.js';
import { selectQuestionView, selectResultView, selectReviewView, selectStartView } from '../../src/guide/views.js';
import type { GuideActor } from '../../src/components/context.js';
import { minimalGuide } from '../fixtures/browser.js';
import { journey, journeyToResult } from '../fixtures/journeys.js';
import '../fixtures/provider.js';
import { axeViolations } from '../browser/axe.js';

defineElements();

let guide: Guide;
before(async () => {
  guide = await minimalGuide();
});

const shadow = (el: Element) => el.shadowRoot!;
const where = (actor: GuideActor) => [selectStep(actor.getSnapshot()), actor.getSnapshot().context.current ?? null];

/** Draws `page` inside a provider of `actor`, and returns the page. */
async function inActor<T extends HTMLElement>(actor: GuideActor, page: ReturnType<typeof html>): Promise<T> {
  const host = await fixture(html`<sf-test-actor .actor=${actor}>${page}</sf-test-actor>`);
  const el = host.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await el.updateComplete;
  return el;
}

describe('<sf-start-page>', () => {
  it('shows the title, introduction and privacy note, and starts the questions', async () => {
    const actor = journey(guide);
    actor.send({ type: 'guide.restart' });
    const el = await inActor(
      actor,
      html`<sf-start-page .view=${selectStartView(actor.getSnapshot())}></sf-start-page>`,
    );
    expect(await axeViolations(el)).to.deep.equal([]);
    expect(shadow(el).querySelector('h2')?.textContent?.trim()).to.equal('Test guide');
    expect(shadow(el).textContent).to.contain('Your answers stay in this browser.');
    shadow(el).querySelector('button')!.click();
    expect(where(actor)).to.deep.equal(['question', 'who']);
  });
});

describe('<sf-question-page>', () => {
  const atGoal = () => journey(guide, ['staff']);

  it('is a fieldset with the question as legend and heading, hints tied to their radios', async () => {
    const actor = atGoal();
    const el = await inActor(
      actor,
      html`<sf-question-page .view=${selectQuestionView(actor.getSnapshot())} id-prefix="t"></sf-question-page>`,
    );
    expect(await axeViolations(el)).to.deep.equal([]);
    const root = shadow(el);
    expect(root.querySelector('fieldset legend h2')?.textContent?.trim()).to.equal('What do you want?');
    expect(root.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('t-goal-hint');
    // The progress is inside the legend and describes the heading, so it is heard when focus lands.
    expect(root.querySelector('fieldset legend .progress')?.textContent).to.match(/^Question 2 of/);
    expect(root.querySelector('legend h2')!.getAttribute('aria-describedby')).to.equal('t-goal-progress');
    const first = root.querySelector<HTMLInputElement>('input[value=specific]')!;
    expect(first.getAttribute('aria-describedby')).to.equal('t-goal-option-0-hint');
    expect(root.querySelector('#t-goal-option-0-hint')?.textContent).to.equal('One goal.');
  });

  it('selects, continues and goes back through the actor', async () => {
    const actor = atGoal();
    const el = await inActor(
      actor,
      html`<sf-question-page .view=${selectQuestionView(actor.getSnapshot())}></sf-question-page>`,
    );
    shadow(el).querySelector<HTMLInputElement>('input[value=broad]')!.click();
    expect(actor.getSnapshot().context.draft).to.equal('broad');
    shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect(where(actor)).to.deep.equal(['question', 'length']);
    const back = journey(guide, ['staff']);
    const other = await inActor(
      back,
      html`<sf-question-page .view=${selectQuestionView(back.getSnapshot())}></sf-question-page>`,
    );
    shadow(other).querySelector<HTMLButtonElement>('.back-link')!.click();
    expect(where(back)).to.deep.equal(['question', 'who']);
  });

  it('in the error state, is still accessible and describes the fieldset with the message', async () => {
    const actor = atGoal();
    actor.send({ type: 'nav.continue' });
    const el = await inActor(
      actor,
      html`<sf-question-page
        .view=${selectQuestionView(actor.getSnapshot())}
        heading-level="3"
        id-prefix="t"
      ></sf-question-page>`,
    );
    expect(await axeViolations(el)).to.deep.equal([]);
    expect(shadow(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('t-goal-hint t-goal-error');
    expect(shadow(el).querySelector('#t-goal-error')?.textContent).to.contain('Select what you want');
    // The error summary's heading follows the widget's heading level.
    expect(shadow(el).querySelector('.error-summary h3')?.textContent).to.equal('There is a problem');
  });
});

describe('<sf-check-answers>', () => {
  it('lists each answer with a Change button named for its question', async () => {
    const actor = journey(guide, ['staff', 'unsure']);
    const el = await inActor(
      actor,
      html`<sf-check-answers .view=${selectReviewView(actor.getSnapshot())}></sf-check-answers>`,
    );
    expect(await axeViolations(el)).to.deep.equal([]);
    const change = [...shadow(el).querySelectorAll('dd button')];
    expect(change.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Change Who are you?',
      'Change What do you want?',
    ]);
    (change[1] as HTMLButtonElement).click();
    expect(where(actor)).to.deep.equal(['question', 'goal']);
  });
});

describe('<sf-contact-list>', () => {
  const atAlpha = () => {
    const actor = journeyToResult(guide, ['staff', 'specific', 'short']);
    actor.send({ type: 'area.set', areaId: 'here' });
    return actor;
  };

  it('groups contacts local, regional, national, with links, offers and review dates', async () => {
    const actor = atAlpha();
    const el = await inActor(
      actor,
      html`<sf-contact-list .view=${selectResultView(actor.getSnapshot())!.contacts}></sf-contact-list>`,
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

  it('tells the actor, with ids only, when a contact link is followed, and changes area', async () => {
    const actor = atAlpha();
    const seen: string[] = [];
    actor.on('sf-contact', (e) => seen.push(`${e.contactId}:${e.channel}`));
    const el = await inActor(
      actor,
      html`<sf-contact-list .view=${selectResultView(actor.getSnapshot())!.contacts}></sf-contact-list>`,
    );
    const mail = shadow(el).querySelector<HTMLAnchorElement>('a[href="mailto:local@example.org"]')!;
    mail.addEventListener('click', (e) => e.preventDefault());
    mail.click();
    expect(seen).to.deep.equal(['local:email']);
    const select = shadow(el).querySelector('select')!;
    select.value = 'all';
    shadow(el).querySelector<HTMLButtonElement>('form button')!.click();
    expect(actor.getSnapshot().context.area).to.equal('all');
  });
});

describe('<sf-result-page>', () => {
  it('gives the suggestion, the reasons, the runner-up, contacts and the answers', async () => {
    const actor = journeyToResult(guide, ['staff', 'broad', 'short']);
    const el = await inActor(
      actor,
      html`<sf-result-page .view=${selectResultView(actor.getSnapshot())}></sf-result-page>`,
    );
    expect(await axeViolations(el)).to.deep.equal([]);
    const text = shadow(el).textContent ?? '';
    expect(shadow(el).querySelector('h2')?.textContent).to.equal('Our suggestion: Beta');
    expect(text).to.contain('You want something broad.');
    expect(text).to.contain('You might also consider Alpha');
    expect(text).to.contain('What to expect');
    expect(shadow(el).querySelector('.answers')?.textContent).to.contain('Something broad');
    const remember = shadow(el).querySelector<HTMLInputElement>('input[type=checkbox]')!;
    remember.click();
    expect(actor.getSnapshot().context.remember).to.equal(true);
  });
  it('puts the first contact and a link to the contacts under the heading, and folds the longer guidance', async () => {
    // Beta with a second section: the first stays open, the one after it folds behind its heading.
    const more = { heading: 'Before you start', body: [{ t: 'p' as const, c: ['Bring your questions.'] }] };
    const withMore: Guide = {
      ...guide,
      outcomes: guide.outcomes.map((o) => (o.id === 'beta' ? { ...o, sections: [...o.sections, more] } : o)),
    };
    const actor = journeyToResult(withMore, ['staff', 'broad', 'short']);
    const el = await inActor(
      actor,
      html`<sf-result-page .view=${selectResultView(actor.getSnapshot())}></sf-result-page>`,
    );
    expect(await axeViolations(el)).to.deep.equal([]);
    const panel = shadow(el).querySelector('[part="result"]')!;
    expect([...panel.querySelectorAll('h2, h3')].map((h) => h.textContent?.trim())).to.deep.equal([
      'Our suggestion: Beta',
      'Your first step',
    ]);
    expect(panel.textContent).to.contain('The help desk');
    expect(panel.querySelector('a[href^="https:"], a[href^="mailto:"], a[href^="tel:"]'), 'a way to reach them').to
      .exist;

    const open = [...shadow(el).querySelectorAll('section > h3')].map((h) => h.textContent);
    expect(open).to.include('What to expect');
    const folded = [...shadow(el).querySelectorAll('details')].find(
      (d) => d.querySelector('summary')?.textContent === 'Before you start',
    )!;
    expect(folded.open).to.equal(false);
    expect(folded.textContent).to.contain('Bring your questions.');
    folded.querySelector('summary')!.click();
    expect(folded.open).to.equal(true);

    const jump = [...panel.querySelectorAll('a')].find((a) => a.textContent === 'See all the contacts')!;
    jump.click();
    // Focus is on the main list's heading (the wellbeing list, folded above it, has its own).
    expect(shadow(el).activeElement?.id).to.equal('sf-contacts');
    expect(shadow(el).activeElement?.shadowRoot?.activeElement?.textContent).to.equal('Who to contact');
  });
  it('renders the panel and the reasons first, the rest after that frame, and the contacts link works in between', async () => {
    const actor = journeyToResult(guide, ['staff', 'broad', 'short']);
    const host = await fixture(
      html`<sf-test-actor .actor=${actor}
        ><sf-result-page .view=${selectResultView(actor.getSnapshot())}></sf-result-page
      ></sf-test-actor>`,
    );
    const el = host.firstElementChild as HTMLElement & {
      firstPartComplete: Promise<boolean>;
      updateComplete: Promise<boolean>;
    };
    await el.firstPartComplete;
    const root = shadow(el);
    expect(root.querySelector('h2')?.textContent).to.equal('Our suggestion: Beta');
    expect(root.textContent).to.contain('You want something broad.');
    expect(root.querySelector('sf-contact-list'), 'no contact list in the first part').to.equal(null);
    // Until the rest comes, a placeholder holds its place, so what follows the page (the help line) stays put.
    expect(root.querySelector('.pending')!.getBoundingClientRect().height).to.be.at.least(600);
    // Pressed now, the link moves focus once the list has rendered.
    [...root.querySelectorAll('a')].find((a) => a.textContent === 'See all the contacts')!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(root.querySelector('.pending')).to.equal(null);
    expect(root.textContent).to.contain('You might also consider Alpha');
    expect(root.activeElement?.id).to.equal('sf-contacts');
    expect(root.activeElement?.shadowRoot?.activeElement?.textContent).to.equal('Who to contact');
  });
});
