import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { guide, resultFor } from './data.js';
import { renderResult, resultArgs, type ResultArgs as Args } from './result.js';

/**
 * One story per outcome of the default content pack: the full result page a person sees at the
 * end of a journey that leads there (an NHS member of staff in Leicester, Leicestershire and
 * Rutland where the journey allows). The story tests check that every outcome in content/outcomes
 * has a story here, with the outcome's id as the story's id.
 */
const meta = {
  title: 'Outcomes',
  component: 'sf-result-page',
  tags: ['!autodocs'],
  render: renderResult,
  args: { headingLevel: 2, idPrefix: 'sf' },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** The story for an outcome. Its name is written beside it: Storybook reads names from the source. */
function story(id: string): Story {
  if (!guide.outcomes.some((o) => o.id === id)) throw new Error(`The default pack has no outcome "${id}"`);
  const data = resultFor(id);
  const answers = data.rows.map((row) => `${row.question.question} **${row.label}**`).join('; ');
  return {
    args: resultArgs(data),
    parameters: { docs: { description: { story: `Answers: ${answers}` } } },
  };
}

export const Buddying: Story = { ...story('buddying'), name: 'Buddying' };
export const Coaching: Story = { ...story('coaching'), name: 'Coaching' };
export const Mentoring: Story = { ...story('mentoring'), name: 'Mentoring' };
export const OfferBuddying: Story = { ...story('offer-buddying'), name: 'Becoming a buddy' };
export const OfferCoaching: Story = { ...story('offer-coaching'), name: 'Becoming a coach' };
export const OfferMentoring: Story = { ...story('offer-mentoring'), name: 'Becoming a mentor' };
export const OfferReverseMentoring: Story = { ...story('offer-reverse-mentoring'), name: 'Becoming a reverse mentor' };
export const PpvOffer: Story = {
  ...story('ppv-offer'),
  name: 'Coaching and mentoring for patient and public voice partners',
};
export const ReverseMentoring: Story = { ...story('reverse-mentoring'), name: 'Reverse mentoring' };
export const TeamCoaching: Story = { ...story('team-coaching'), name: 'Team coaching' };
export const Wellbeing: Story = { ...story('wellbeing'), name: 'Support with your wellbeing' };
