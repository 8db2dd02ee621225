/**
 * The frame every story is drawn in. Inside the widget, the inner elements take their colours,
 * font and text size from <support-finder>, which defines the design tokens on its shadow root.
 * On their own in a story they would have none, so the frame applies the same tokens and text
 * reset around them. Each page story draws its page inside a provider of a real guide actor
 * (data.ts), so its buttons drive the machine, and the frame logs what the machine announces
 * (the public events, ids only) to the Actions panel.
 *
 * A story with `parameters: { theme: 'heathland' }` is drawn in the theme from theme.ts.
 *
 * A story tagged `narrow` is drawn 320 CSS pixels wide (WCAG 1.4.10 reflow), and the story tests
 * open it in a 320px-wide window.
 */
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Decorator } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { hostReset, tokens } from '../src/styles/tokens.js';
import { THEME_CLASS, addThemeStylesheet } from './theme.js';

export class SfStoryFrame extends LitElement {
  static override styles = [
    tokens,
    hostReset,
    css`
      :host([narrow]) {
        width: 100%;
        max-width: 320px;
      }
    `,
  ];

  @property({ type: Boolean, reflect: true }) narrow = false;

  override render() {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('sf-story-frame')) customElements.define('sf-story-frame', SfStoryFrame);

declare global {
  interface HTMLElementTagNameMap {
    'sf-story-frame': SfStoryFrame;
  }
}

const logAction = action('announced');

export const frame: Decorator = (story, context) => {
  // The theme's custom properties must be set on the frame itself: the frame turns them into the
  // tokens the elements use, as <support-finder> does.
  const theme = context.parameters['theme'] === 'heathland';
  if (theme) addThemeStylesheet();
  return html`
    <sf-story-frame
      class=${theme ? THEME_CLASS : ''}
      ?narrow=${context.tags.includes('narrow')}
      @sf-story-announce=${(event: CustomEvent) => logAction(event.detail)}
      >${story()}</sf-story-frame
    >
  `;
};
