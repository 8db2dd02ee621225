import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SfContactList } from '../../src/components/contact-list/contact-list.js';
import { allContactGroups, contactsFor, guide, labels, longContact, narrow } from '../data.js';

type Args = Pick<SfContactList, 'groups' | 'labels' | 'areas' | 'area' | 'headingLevel' | 'idPrefix' | 'locale'>;

/**
 * Who to contact: local, then regional, then national, with a way to see another area's
 * contacts. Following a website, e-mail or phone link fires `sf-contact` with ids only.
 */
const meta = {
  title: 'Components/Contact list',
  component: 'sf-contact-list',
  render: (args) => html`
    <sf-contact-list
      .groups=${args.groups}
      .labels=${args.labels}
      .areas=${args.areas}
      .area=${args.area}
      .headingLevel=${args.headingLevel}
      .idPrefix=${args.idPrefix}
      .locale=${args.locale}
    ></sf-contact-list>
  `,
  args: {
    groups: contactsFor('coaching', 'llr', 'social-care'),
    labels,
    areas: guide.areas,
    area: 'llr',
    headingLevel: 2,
    idPrefix: 'sf',
    locale: 'en-GB',
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Coaching for social care staff in LLR: local, regional and national contacts. */
export const Default: Story = {};

/** No contact serves this outcome, area and audience. */
export const Empty: Story = { args: { groups: [] } };

/** Only one area in the pack: no area picker. */
export const SingleArea: Story = {
  name: 'Single area',
  args: { areas: [], groups: contactsFor('mentoring', 'south-west', 'nhs'), area: 'south-west' },
};

/** Every contact in the pack at once. */
export const ManyContacts: Story = { name: 'Many contacts', args: { groups: allContactGroups() } };

export const LongText: Story = {
  name: 'Long text',
  args: {
    groups: contactsFor('coaching', 'llr', 'social-care').map((g) => ({ ...g, contacts: g.contacts.map(longContact) })),
  },
};

export const Narrow: Story = {
  name: '320px wide',
  tags: ['narrow'],
  ...narrow,
  args: { groups: LongText.args!.groups! },
};
