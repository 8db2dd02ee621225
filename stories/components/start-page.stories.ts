import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SfStartPage } from '../../src/components/start-page/start-page.js';
import { guide, labels, narrow } from '../data.js';

type Args = Pick<SfStartPage, 'heading' | 'intro' | 'privacy' | 'startLabel' | 'newTabLabel' | 'headingLevel'>;

/**
 * The first page: what the guide is for, how long it takes, and the privacy promise. Its text all
 * comes from `content/guide.md`.
 */
const meta = {
  title: 'Components/Start page',
  component: 'sf-start-page',
  render: (args) => html`
    <sf-start-page
      .heading=${args.heading}
      .intro=${args.intro}
      .privacy=${args.privacy}
      .startLabel=${args.startLabel}
      .newTabLabel=${args.newTabLabel}
      .headingLevel=${args.headingLevel}
    ></sf-start-page>
  `,
  args: {
    heading: guide.title,
    intro: guide.intro,
    privacy: guide.privacy,
    startLabel: labels.start,
    newTabLabel: labels.newTab,
    headingLevel: 2,
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** Without an introduction: only the title, the privacy note and the button. */
export const Empty: Story = { args: { intro: [] } };

export const LongText: Story = {
  name: 'Long text',
  args: {
    heading: `${guide.title} for health and social care staff in Leicester, Leicestershire and Rutland`,
    intro: [...guide.intro, ...guide.intro, ...guide.intro],
    privacy: `${guide.privacy} ${guide.privacy}`,
    startLabel: 'Start now and answer the questions',
  },
};

/** On a page whose own headings go down to h3: the widget starts at h4. */
export const HeadingLevel4: Story = { name: 'Heading level 4', args: { headingLevel: 4 } };

export const Narrow: Story = { name: '320px wide', tags: ['narrow'], ...narrow };
