import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SfStartPage } from '../../src/components/start-page/start-page.js';
import type { GuideActor } from '../../src/components/context.js';
import { selectStartView, type StartView } from '../../src/guide/views.js';
import { at, guide, inActor, narrow } from '../data.js';

type Args = Pick<SfStartPage, 'view' | 'headingLevel'> & { actor?: GuideActor };

/** The start page as the machine shows it, with its words changed by `reword` (content only). */
function start(reword: (v: StartView) => StartView = (v) => v): Partial<Args> {
  const actor = at();
  actor.send({ type: 'guide.reset' });
  return { actor, view: reword(selectStartView(actor.getSnapshot())) };
}

/**
 * The first page: what the guide is for, how long it takes, and the privacy promise. Its text all
 * comes from `content/guide.md`.
 */
const meta = {
  title: 'Components/Start page',
  component: 'sf-start-page',
  argTypes: { view: { control: false }, actor: { control: false } },
  render: (args) =>
    inActor(args.actor, html`<sf-start-page .view=${args.view} .headingLevel=${args.headingLevel}></sf-start-page>`),
  args: { ...start(), headingLevel: 2 },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** Without an introduction: only the title, the privacy note and the button. */
export const Empty: Story = { args: start((v) => ({ ...v, intro: [] })) };

export const LongText: Story = {
  name: 'Long text',
  args: start((v) => ({
    ...v,
    title: `${guide.title} for health and social care staff in Leicester, Leicestershire and Rutland`,
    intro: [...guide.intro, ...guide.intro, ...guide.intro],
    privacy: `${guide.privacy} ${guide.privacy}`,
    labels: { ...v.labels, start: 'Start now and answer the questions' },
  })),
};

/** On a page whose own headings go down to h3: the widget starts at h4. */
export const HeadingLevel4: Story = { name: 'Heading level 4', args: { headingLevel: 4 } };

export const Narrow: Story = { name: '320px wide', tags: ['narrow'], ...narrow };
