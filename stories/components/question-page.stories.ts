import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SfQuestionPage } from '../../src/components/question-page/question-page.js';
import { labels, longQuestion, manyOptionsQuestion, narrow, progressAt, question } from '../data.js';
import { themed } from '../theme.js';

type Args = Pick<
  SfQuestionPage,
  'question' | 'labels' | 'progress' | 'selected' | 'error' | 'headingLevel' | 'idPrefix'
>;

/**
 * One question per page, after the GOV.UK and NHS.UK pattern: the question is both the legend of
 * the radio group and the page heading. With `error`, an error summary comes first and the
 * message is tied to the group.
 */
const meta = {
  title: 'Components/Question page',
  component: 'sf-question-page',
  render: (args) => html`
    <sf-question-page
      .question=${args.question}
      .labels=${args.labels}
      .progress=${args.progress}
      .selected=${args.selected}
      .error=${args.error}
      .headingLevel=${args.headingLevel}
      .idPrefix=${args.idPrefix}
    ></sf-question-page>
  `,
  args: {
    question: question('audience'),
    labels,
    progress: progressAt('audience'),
    selected: undefined,
    error: false,
    headingLevel: 2,
    idPrefix: 'sf',
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** Continue was pressed with nothing chosen. */
export const WithError: Story = { name: 'Error', args: { error: true } };

export const Answered: Story = { args: { selected: 'nhs' } };

/** A question asked later, whose total depends on answers still to come ("of about"). */
export const LaterQuestion: Story = {
  name: 'Later question',
  args: {
    question: question('focus'),
    progress: progressAt('focus', { audience: 'nhs', area: 'llr', aim: 'self' }),
  },
};

/** Options with hints of their own. */
export const OptionHints: Story = {
  name: 'Option hints',
  args: {
    question: question('offer-role'),
    progress: progressAt('offer-role', { audience: 'nhs', area: 'llr', aim: 'offer' }),
  },
};

export const LongText: Story = {
  name: 'Long text',
  args: {
    question: longQuestion(),
    progress: progressAt('approach', { audience: 'nhs', area: 'llr', aim: 'self', focus: 'goal' }),
  },
};

export const LongTextWithError: Story = { name: 'Long text with error', args: { ...LongText.args, error: true } };

export const ManyOptions: Story = {
  name: 'Many options',
  args: { question: manyOptionsQuestion(), progress: undefined },
};

/** Without a question the element draws nothing. */
export const Empty: Story = { args: { question: undefined, progress: undefined } };

export const Narrow: Story = { name: '320px wide', tags: ['narrow'], ...narrow, args: { question: question('area') } };

export const NarrowWithError: Story = {
  name: '320px wide, with error',
  tags: ['narrow'],
  ...narrow,
  args: { ...LongText.args, error: true },
};

/** The question page in a host's own theme (see Docs/Theming), with its error showing. */
export const Themed: Story = { ...themed, args: { error: true } };
