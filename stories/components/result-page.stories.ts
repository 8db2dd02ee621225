import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { longGuide, narrow, resultFor } from '../data.js';
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
  // The view and the actor come from running the machine: too big to edit as controls.
  argTypes: { view: { control: false }, actor: { control: false } },
  args: { ...resultArgs(resultFor('coaching')), headingLevel: 2, idPrefix: 'sf' },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** Another outcome came close: "You might also consider". */
export const WithRunnerUp: Story = {
  name: 'With runner-up',
  args: resultArgs(resultFor('mentoring', (r) => r.runnerUp !== undefined)),
};

/** Every answer was "I'm not sure": the result says the answers did not point anywhere clearly. */
export const NoClearWinner: Story = {
  name: 'No clear winner',
  args: resultArgs(resultFor('coaching', (r) => !r.clear && r.unsure.length >= 3)),
};

/** Some answers pointed away from the suggestion: "What pointed elsewhere". */
export const WithReasonsAgainst: Story = {
  name: 'With reasons against',
  args: resultArgs(resultFor('team-coaching', (r) => r.winner.against.length > 0)),
};

/** No contacts for this outcome in the chosen area, and no answers to list. */
export const Empty: Story = {
  args: (() => {
    const { view } = resultFor('coaching');
    const none = { ...view.contacts, groups: [] };
    return {
      view: { ...view, rows: [], contacts: none, wellbeing: view.wellbeing && { ...view.wellbeing, contacts: none } },
    };
  })(),
};

export const LongText: Story = {
  name: 'Long text',
  args: resultArgs(resultFor('mentoring', undefined, longGuide())),
};

export const Narrow: Story = { name: '320px wide', tags: ['narrow'], ...narrow };

/** The result page in a host's own theme (see Docs/Theming). */
export const Themed: Story = { ...themed };
