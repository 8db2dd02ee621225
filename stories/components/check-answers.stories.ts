import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SfCheckAnswers } from '../../src/components/check-answers/check-answers.js';
import { labels, longQuestion, narrow, resultFor, rowsFor } from '../data.js';

type Args = Pick<SfCheckAnswers, 'rows' | 'labels' | 'headingLevel'>;

const coaching = resultFor('coaching');

/**
 * "Check your answers": every answer on the way, each with a Change button that goes back to its
 * question and then returns here.
 */
const meta = {
  title: 'Components/Check answers',
  component: 'sf-check-answers',
  render: (args) => html`
    <sf-check-answers .rows=${args.rows} .labels=${args.labels} .headingLevel=${args.headingLevel}></sf-check-answers>
  `,
  args: { rows: coaching.rows, labels, headingLevel: 2 },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** Every question was preset by the page (area and audience) or skipped: nothing to list. */
export const Empty: Story = { args: { rows: [] } };

/** Team coaching: a shorter journey, with Yes and No answers. */
export const ShortJourney: Story = { name: 'Short journey', args: { rows: resultFor('team-coaching').rows } };

/** The longest journey through the pack. */
export const ManyAnswers: Story = {
  name: 'Many answers',
  args: { rows: resultFor('reverse-mentoring', { where: (r) => r.winner.for.length >= 2 }).rows },
};

export const LongText: Story = {
  name: 'Long text',
  args: {
    rows: [
      ...rowsFor({ audience: 'social-care', area: 'llr', aim: 'self' }),
      { question: longQuestion(), label: longQuestion().options[0]!.label },
    ],
  },
};

export const Narrow: Story = { name: '320px wide', tags: ['narrow'], ...narrow };
