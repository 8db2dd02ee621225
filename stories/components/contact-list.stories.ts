import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SfContactList } from '../../src/components/contact-list/contact-list.js';
import type { GuideActor } from '../../src/components/context.js';
import type { ContactListView } from '../../src/guide/views.js';
import { guide, inActor, longContact, narrow, resultFor } from '../data.js';

type Args = Pick<SfContactList, 'view' | 'headingLevel' | 'idPrefix'> & { actor?: GuideActor };

/** The contact list of a result, as the machine and selectors give it. */
function list(outcomeId: string, change: (v: ContactListView) => ContactListView = (v) => v): Partial<Args> {
  const { actor, view } = resultFor(outcomeId, undefined);
  return { actor, view: change(view.contacts) };
}

/**
 * Who to contact: local, then regional, then national, with a way to see another area's
 * contacts. Following a website, e-mail or phone link fires `sf-contact` with ids only.
 */
const meta = {
  title: 'Components/Contact list',
  component: 'sf-contact-list',
  argTypes: { view: { control: false }, actor: { control: false } },
  render: (args) =>
    inActor(
      args.actor,
      html`<sf-contact-list
        .view=${args.view}
        .headingLevel=${args.headingLevel}
        .idPrefix=${args.idPrefix}
      ></sf-contact-list>`,
    ),
  args: { ...list('coaching'), headingLevel: 2, idPrefix: 'sf' },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Coaching for NHS staff in LLR: local, regional and national contacts. */
export const Default: Story = {};

/** No contact serves this outcome, area and audience. */
export const Empty: Story = { args: list('coaching', (v) => ({ ...v, groups: [] })) };

/** Only one area in the pack: no area picker. */
export const SingleArea: Story = { name: 'Single area', args: list('mentoring', (v) => ({ ...v, areas: [] })) };

/** Every contact in the pack at once. */
export const ManyContacts: Story = {
  name: 'Many contacts',
  args: list('coaching', (v) => ({
    ...v,
    groups: v.groups.length
      ? [{ ...v.groups[0]!, contacts: guide.contacts.map((contact) => ({ ...v.groups[0]!.contacts[0]!, contact })) }]
      : [],
  })),
};

export const LongText: Story = {
  name: 'Long text',
  args: list('coaching', (v) => ({
    ...v,
    groups: v.groups.map((g) => ({
      ...g,
      contacts: g.contacts.map((c) => ({ ...c, contact: longContact(c.contact) })),
    })),
  })),
};

export const Narrow: Story = { name: '320px wide', tags: ['narrow'], ...narrow, args: LongText.args };
