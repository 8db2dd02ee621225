import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { format } from '../src/components/format.js';
import type { Guide } from '../src/content/schema.js';
import { guide, labels, narrow, outcome, question, resultFor } from './data.js';
import { currentPage, deepActiveElement, findHeading, screenOf, widgetIn } from './shadow.js';
import { themed } from './theme.js';

interface Args {
  /** Leave empty for the bundled default pack. */
  guide?: Guide;
  area?: string;
  audience?: string;
  headingLevel: number;
}

/**
 * The whole widget on the default content pack, as an intranet page shows it. The link inside
 * the tag is the fallback: it shows until the widget starts, and stays if it cannot.
 */
const meta = {
  title: 'Support Finder',
  component: 'support-finder',
  // In Storybook, stories share one window: start each without answers another story kept.
  beforeEach: () => {
    for (const store of [sessionStorage, localStorage])
      for (const key of Object.keys(store)) if (key.startsWith('support-finder:')) store.removeItem(key);
  },
  render: (args) => html`
    <support-finder
      .guide=${args.guide}
      area=${ifDefined(args.area || undefined)}
      audience=${ifDefined(args.audience || undefined)}
      heading-level=${args.headingLevel}
    >
      <a href="https://www.llracademy.org/coaching-and-mentoring/">Find coaching and mentoring in LLR</a>
    </support-finder>
  `,
  argTypes: {
    area: { control: 'select', options: ['', ...guide.areas.map((a) => a.id)] },
    audience: { control: 'select', options: ['', ...guide.audiences.map((a) => a.id)] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    // The whole compiled guide is too big to edit as a control.
    guide: { control: false },
  },
  args: { area: '', audience: '', headingLevel: 2 },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** The page says the area: the area question is skipped. */
export const AreaPreset: Story = { name: 'Area preset', args: { area: 'llr' } };

/** The page says the area and the audience: both questions are skipped. */
export const AreaAndAudiencePreset: Story = {
  name: 'Area and audience preset',
  args: { area: 'llr', audience: 'social-care' },
};

/** On a page whose own headings go down to h3: the widget starts at h4. */
export const HeadingLevel4: Story = { name: 'Heading level 4', args: { headingLevel: 4 } };

export const Narrow: Story = { name: '320px wide', tags: ['narrow'], ...narrow };

/**
 * A council intranet's own look, set only through the `--sf-*` custom properties (see
 * Docs/Theming). The play function moves on to a question with its error showing.
 */
export const Themed: Story = {
  ...themed,
  play: async ({ canvasElement }) => {
    const widget = widgetIn(canvasElement);
    await userEvent.click(await waitFor(() => screenOf(widget).getByRole('button', { name: labels.start })));
    await findHeading(widget, question('audience').question);
    await userEvent.click(screenOf(widget).getByRole('button', { name: labels.continue }));
    await waitFor(() => expect(screenOf(widget).getByRole('alert')).toBeTruthy());
  },
};

/**
 * Continue without choosing: the error summary appears, takes focus, and its link moves focus to
 * the first option.
 */
export const WithError: Story = {
  name: 'Error: nothing chosen',
  play: async ({ canvasElement, step }) => {
    const widget = widgetIn(canvasElement);
    const audience = question('audience');
    await step('Start, then continue without choosing', async () => {
      await userEvent.click(await waitFor(() => screenOf(widget).getByRole('button', { name: labels.start })));
      await findHeading(widget, audience.question);
      await userEvent.click(screenOf(widget).getByRole('button', { name: labels.continue }));
    });
    await step('The error summary appears and takes focus', async () => {
      const alert = await waitFor(() => screenOf(widget).getByRole('alert'));
      await expect(alert).toHaveTextContent(labels.errorSummaryTitle);
      await expect(alert).toHaveTextContent(audience.error);
      await waitFor(() => expect(deepActiveElement()?.classList.contains('error-summary')).toBe(true));
    });
    await step('The message is tied to the question', async () => {
      const group = currentPage(widget).shadowRoot!.querySelector('fieldset')!;
      await expect(group.querySelector('legend')).toHaveTextContent(audience.question);
      // The ids it names, read in its own shadow root (description helpers stop at shadow roots).
      const root = group.getRootNode() as ShadowRoot;
      const described = (group.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => root.getElementById(id)?.textContent ?? '')
        .join(' ');
      await expect(described).toContain(audience.error);
    });
    await step('The link in the summary moves focus to the first option', async () => {
      await userEvent.click(screenOf(widget).getByRole('link', { name: audience.error }));
      const first = screenOf(widget).getAllByRole('radio')[0];
      await waitFor(() => expect(deepActiveElement()).toBe(first));
    });
  },
};

/**
 * A whole journey, driven as a person would: start, answer every question (focus moves to each
 * new heading), check the answers and change one, see the suggestion with its reasons and
 * contacts, and start again. Only ids leave the widget, in its public events.
 */
export const Journey: Story = {
  name: 'Journey: start to suggestion',
  play: async ({ canvasElement, step }) => {
    const widget = widgetIn(canvasElement);
    const journey = resultFor('coaching');
    const suggested = outcome(journey.recommendation.winner.outcomeId);
    const events: { type: string; detail: string }[] = [];
    for (const type of ['sf-start', 'sf-answer', 'sf-result', 'sf-restart'])
      widget.addEventListener(type, (event) => {
        const { questionId, optionId, outcomeId } = event as Event & Partial<Record<string, string>>;
        events.push({ type, detail: [questionId, optionId, outcomeId].filter(Boolean).join(' ') });
      });

    await step('Start', async () => {
      await userEvent.click(await waitFor(() => screenOf(widget).getByRole('button', { name: labels.start })));
    });

    for (const row of journey.rows) {
      await step(`${row.question.question} ${row.label}`, async () => {
        const heading = await findHeading(widget, row.question.question);
        // Focus moves to each new question, so a screen reader starts reading there.
        await waitFor(() => expect(deepActiveElement()).toBe(heading));
        await userEvent.click(screenOf(widget).getByRole('radio', { name: row.label }));
        await userEvent.click(screenOf(widget).getByRole('button', { name: labels.continue }));
      });
    }

    await step('Check your answers lists every answer', async () => {
      const heading = await findHeading(widget, labels.checkTitle);
      await waitFor(() => expect(deepActiveElement()).toBe(heading));
      for (const row of journey.rows) await expect(screenOf(widget).getAllByText(row.label).length).toBeGreaterThan(0);
    });

    const first = journey.rows[0]!;
    await step('Change the first answer: its question shows it selected, then back to the summary', async () => {
      await userEvent.click(
        screenOf(widget).getByRole('button', { name: `${labels.change} ${first.question.question}` }),
      );
      await findHeading(widget, first.question.question);
      await expect(screenOf(widget).getByRole('radio', { name: first.label })).toBeChecked();
      await userEvent.click(screenOf(widget).getByRole('button', { name: labels.continue }));
      await findHeading(widget, labels.checkTitle);
    });

    await step('See the suggestion, with reasons and contacts', async () => {
      await userEvent.click(screenOf(widget).getByRole('button', { name: labels.checkSubmit }));
      const heading = await findHeading(widget, format(labels.resultTitle, { outcome: suggested.title }));
      await waitFor(() => expect(deepActiveElement()).toBe(heading));
      for (const reason of journey.recommendation.winner.for)
        await expect(screenOf(widget).getAllByText(reason.text).length).toBeGreaterThan(0);
      const contacts = currentContacts(widget);
      await expect(contacts.length).toBeGreaterThan(0);
    });

    await step('Start again', async () => {
      await userEvent.click(screenOf(widget).getByRole('button', { name: labels.restart }));
      await findHeading(widget, guide.title);
    });

    await step('Public events carried ids only', async () => {
      await expect(events).toEqual([
        { type: 'sf-start', detail: '' },
        ...journey.rows.map((row) => ({
          type: 'sf-answer',
          detail: `${row.question.id} ${journey.answers[row.question.id]}`,
        })),
        // The changed answer is confirmed again.
        { type: 'sf-answer', detail: `${first.question.id} ${journey.answers[first.question.id]}` },
        { type: 'sf-result', detail: suggested.id },
        { type: 'sf-restart', detail: '' },
      ]);
    });
  },
};

/** The contact cards on the result page, inside the contact list's own shadow root. */
function currentContacts(widget: HTMLElement): Element[] {
  const page = widget.shadowRoot?.querySelector('sf-journey')?.shadowRoot?.querySelector('sf-result-page');
  const lists = [...(page?.shadowRoot?.querySelectorAll('sf-contact-list') ?? [])];
  return lists.flatMap((list) => [...(list.shadowRoot?.querySelectorAll('[part="contact"]') ?? [])]);
}
