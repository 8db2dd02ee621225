import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SfQuestionPage } from '../../src/components/question-page/question-page.js';
import type { GuideActor } from '../../src/components/context.js';
import { selectQuestionView, type QuestionView } from '../../src/guide/views.js';
import { at, inActor, longQuestion, manyOptionsQuestion, narrow } from '../data.js';
import { themed } from '../theme.js';

type Args = Pick<SfQuestionPage, 'view' | 'headingLevel' | 'idPrefix'> & { actor?: GuideActor };

/** The page after these answers, as the machine shows it; `invalid` presses Continue with nothing chosen. */
function page(optionIds: string[] = [], then: { select?: string; invalid?: boolean } = {}): Partial<Args> {
  const actor = at(optionIds);
  if (then.select) actor.send({ type: 'answer.select', optionId: then.select });
  if (then.invalid) actor.send({ type: 'nav.continue' });
  return { actor, view: selectQuestionView(actor.getSnapshot()) };
}

/** The same page with the question reworded (content only: the machine's state is the real one). */
const reworded = (args: Partial<Args>, question: QuestionView['question'], progress?: string): Partial<Args> => ({
  ...args,
  view: args.view && { ...args.view, question, progress: progress ?? args.view.progress },
});

/**
 * One question per page, after the GOV.UK and NHS.UK pattern: the question is both the legend of
 * the radio group and the page heading, with the progress inside the legend. After Continue with
 * nothing chosen, an error summary comes first and the message is tied to the group.
 */
const meta = {
  title: 'Components/Question page',
  component: 'sf-question-page',
  argTypes: { view: { control: false }, actor: { control: false } },
  render: (args) =>
    inActor(
      args.actor,
      html`<sf-question-page
        .view=${args.view}
        .headingLevel=${args.headingLevel}
        .idPrefix=${args.idPrefix}
      ></sf-question-page>`,
    ),
  args: { ...page(), headingLevel: 2, idPrefix: 'sf' },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** Continue was pressed with nothing chosen. */
export const WithError: Story = { name: 'Error', args: page([], { invalid: true }) };

export const Answered: Story = { args: page([], { select: 'nhs' }) };

/** A question asked later, whose total depends on answers still to come ("of about"). */
export const LaterQuestion: Story = { name: 'Later question', args: page(['nhs', 'llr', 'self']) };

/** Options with hints of their own. */
export const OptionHints: Story = { name: 'Option hints', args: page(['nhs', 'llr', 'offer']) };

export const LongText: Story = {
  name: 'Long text',
  args: reworded(page(['nhs', 'llr', 'self', 'goal']), longQuestion()),
};

export const LongTextWithError: Story = {
  name: 'Long text with error',
  args: reworded(page(['nhs', 'llr', 'self', 'goal'], { invalid: true }), longQuestion()),
};

export const ManyOptions: Story = {
  name: 'Many options',
  args: (() => {
    const args = page();
    return { ...args, view: args.view && { ...args.view, question: manyOptionsQuestion(), progress: undefined } };
  })(),
};

/** Without a question the element draws nothing. */
export const Empty: Story = { args: { view: undefined } };

export const Narrow: Story = { name: '320px wide', tags: ['narrow'], ...narrow, args: page(['nhs']) };

export const NarrowWithError: Story = {
  name: '320px wide, with error',
  tags: ['narrow'],
  ...narrow,
  args: LongTextWithError.args,
};

/** The question page in a host's own theme (see Docs/Theming), with its error showing. */
export const Themed: Story = { ...themed, args: page([], { invalid: true }) };
