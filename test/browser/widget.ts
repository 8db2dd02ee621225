/** Helpers for driving a mounted widget the way a person does, through its shadow roots. */
import type { SupportFinder } from '../../src/support-finder.js';

export function deepAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll(el.shadowRoot, selector));
  return found;
}

export const deep = (root: ParentNode, selector: string) => deepAll(root, selector)[0] as HTMLElement | undefined;

/** The element that has focus, looking inside shadow roots. */
export function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

export const byText = (root: ParentNode, selector: string, text: string | RegExp) =>
  deepAll(root, selector).find((el) =>
    typeof text === 'string' ? el.textContent?.replace(/\s+/g, ' ').trim() === text : text.test(el.textContent ?? ''),
  ) as HTMLElement | undefined;

/** Waits until every element in the widget has finished rendering. */
export async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const all = [el, ...deepAll(el.shadowRoot!, '*')] as (Element & { updateComplete?: Promise<unknown> })[];
    await Promise.all(all.flatMap((e) => (e.updateComplete ? [e.updateComplete] : [])));
  }
}

export async function click(el: SupportFinder, selector: string, text: string | RegExp): Promise<void> {
  const target = byText(el.shadowRoot!, selector, text);
  if (!target) throw new Error(`no ${selector} "${text}" on the page`);
  target.click();
  await settle(el);
}

/** Chooses an option by its id on the current question, then presses Continue. */
export async function answer(el: SupportFinder, optionId: string, continueLabel = 'Continue'): Promise<void> {
  const radio = deepAll(el.shadowRoot!, 'input[type=radio]').find((r) => (r as HTMLInputElement).value === optionId);
  if (!radio) throw new Error(`no option "${optionId}" on the page`);
  (radio as HTMLInputElement).click();
  await settle(el);
  await click(el, 'button', continueLabel);
}
