import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/** The whole widget on the default content pack, as an intranet page would show it. */
const meta: Meta = {
  title: 'Support Finder',
  component: 'support-finder',
  render: (args) => html`<support-finder heading-level=${args['headingLevel'] ?? 2}></support-finder>`,
  args: { headingLevel: 2 },
};
export default meta;

export const Default: StoryObj = {};
