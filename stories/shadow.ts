/**
 * Play-function helpers for the widget's shadow DOM. Testing Library queries stop at shadow roots,
 * so these find the page the widget is showing and query inside it, the way a person sees it.
 */
import { waitFor, within } from 'storybook/test';
import type { SupportFinder } from '../src/support-finder.js';

/** The page element the widget is showing: <sf-start-page>, <sf-question-page> and so on. */
export function currentPage(widget: SupportFinder): HTMLElement {
  const page = widget.shadowRoot?.querySelector('sf-journey')?.shadowRoot?.firstElementChild;
  if (!(page instanceof HTMLElement) || !page.shadowRoot) throw new Error('The widget is not showing a page yet');
  return page;
}

/** Testing Library queries inside the current page. Call it again after every step: pages change. */
export const screenOf = (widget: SupportFinder) =>
  // A ShadowRoot has every method the queries use; Testing Library's types only say HTMLElement.
  within(currentPage(widget).shadowRoot as unknown as HTMLElement);

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits for the widget to show a page with this heading, and returns the heading. */
export const findHeading = (widget: SupportFinder, name: string) =>
  waitFor(() => screenOf(widget).getByRole('heading', { name }));

export function widgetIn(canvasElement: HTMLElement): SupportFinder {
  const widget = canvasElement.querySelector('support-finder');
  if (!widget) throw new Error('No <support-finder> in the story');
  return widget;
}
