import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SfCheckAnswers } from '../../src/components/check-answers/check-answers.js';
import type { GuideActor } from '../../src/components/context.js';
import { selectReviewView } from '../../src/guide/views.js';
import { at, inActor, longQuestion, narrow, resultFor, type Journey } from '../data.js';

type Args = Pick<SfCheckAnswers, 'view' | 'headingLevel'> & { actor?: GuideActor };

/** "Check your answers" at the end of a journey, reached by the machine (Back from the result). */
function review(journey: Journey): Partial<Args> {
  const actor = at(journey.rows.map((row) => journey.answers[row.question.id]!));
  return { actor, view: selectReviewView(actor.getSnapshot()) };
}

/**
 * "Check your answers": every answer on the way, each with a Change button that goes back to its
 * question and then returns here.
 */
const meta = {
  title: 'Components/Check answers',
  component: 'sf-check-answers',
  argTypes: { view: { control: false }, actor: { control: false } },
  render: (args) =>
    inActor(
      args.actor,
      html`<sf-check-answers .view=${args.view} .headingLevel=${args.headingLevel}></sf-check-answers>`,
    ),
  args: { ...review(resultFor('coaching')), headingLevel: 2 },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** Every question was preset by the page (area and audience) or skipped: nothing to list. */
export const Empty: Story = {
  args: (() => {
    const args = review(resultFor('coaching'));
    return { ...args, view: args.view && { ...args.view, rows: [] } };
  })(),
};

/** Team coaching: a shorter journey, with Yes and No answers. */
export const ShortJourney: Story = { name: 'Short journey', args: review(resultFor('team-coaching')) };

/** The longest journey through the pack. */
export const ManyAnswers: Story = {
  name: 'Many answers',
  args: review(resultFor('reverse-mentoring', (r) => r.winner.for.length >= 2)),
};

export const LongText: Story = {
  name: 'Long text',
  args: (() => {
    const args = review(resultFor('coaching'));
    const long = longQuestion();
    return {
      ...args,
      view: args.view && { ...args.view, rows: [...args.view.rows, { question: long, label: long.options[0]!.label }] },
    };
  })(),
};

export const Narrow: Story = { name: '320px wide', tags: ['narrow'], ...narrow };
