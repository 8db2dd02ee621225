import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { guide, longResultFor, narrow, resultFor } from '../data.js';
import { themed } from '../theme.js';
import { renderResult, resultArgs, type ResultArgs as Args } from '../result.js';

/**
 * The suggestion: what it is in plain words, why, what else to consider, what to expect, who to
 * contact, and the answers given. Every outcome of the default pack is shown under "Outcomes".
 */
const meta = {
  title: 'Components/Result page',
  component: 'sf-result-page',
  render: renderResult,
  // The whole compiled guide is too big to edit as a control.
  argTypes: { guide: { control: false } },
  args: { guide, ...resultArgs(resultFor('coaching')), headingLevel: 2, idPrefix: 'sf', locale: 'en-GB' },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** Another outcome came close: "You might also consider". */
export const WithRunnerUp: Story = {
  name: 'With runner-up',
  args: resultArgs(resultFor('mentoring', { where: (r) => r.runnerUp !== undefined })),
};

/** Every answer was "I'm not sure": the result says the answers did not point anywhere clearly. */
export const NoClearWinner: Story = {
  name: 'No clear winner',
  args: resultArgs(resultFor('coaching', { where: (r) => !r.clear && r.unsure.length >= 3 })),
};

/** Some answers pointed away from the suggestion: "What pointed elsewhere". */
export const WithReasonsAgainst: Story = {
  name: 'With reasons against',
  args: resultArgs(resultFor('team-coaching', { where: (r) => r.winner.against.length > 0 })),
};

/** No contacts for this outcome in the chosen area. */
export const Empty: Story = { args: { contactGroups: [], wellbeingGroups: [], rows: [] } };

export const LongText: Story = {
  name: 'Long text',
  args: (() => {
    const { guide: long, ...data } = longResultFor('mentoring');
    return { guide: long, ...resultArgs(data) };
  })(),
};

export const Narrow: Story = { name: '320px wide', tags: ['narrow'], ...narrow };

/** The result page in a host's own theme (see Docs/Theming). */
export const Themed: Story = { ...themed };
