/**
 * Helpers for tests of the public surface on the built bundle: host pages, and reading the
 * widget's rendered tree through every shadow root from the page.
 */
import type { ElementHandle, Frame, Locator, Page } from 'playwright-core';

export const hostPage = (body: string, head = '', lang = 'en-GB') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>` +
  `${head}<script type="module" src="/dist/support-finder.js"></script></head><body><h1>Host page</h1>${body}</body></html>`;

/** The element with focus in a page or frame, looking inside every shadow root (or null). */
export async function deepActive(target: Page | Frame): Promise<ElementHandle<Element> | null> {
  const handle = await target.evaluateHandle(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a;
  });
  return handle.asElement() as ElementHandle<Element> | null;
}

/** The element with focus, through shadow roots: "TAG text" or "INPUT radio value". */
export const focused = async (p: Page) => {
  const a = await deepActive(p);
  return a
    ? a.evaluate((el) =>
        el instanceof HTMLInputElement ? `INPUT ${el.type} ${el.value}` : `${el.tagName} ${el.textContent?.trim()}`,
      )
    : 'undefined undefined';
};

/** Any element in the widget, through shadow roots, whose computed `props` include `value`. */
export const styledWith = (p: Page, props: string[], value: string, selector = '*') =>
  p.evaluate(
    ({ props, value, selector }) => {
      // No named inner functions here: the test's compiler would wrap them in a helper the page lacks.
      const host = document.querySelector('support-finder')!;
      const all: Element[] = [host];
      const roots: (ShadowRoot | null)[] = [host.shadowRoot];
      while (roots.length) {
        const root = roots.pop();
        if (!root) continue;
        for (const el of root.querySelectorAll('*')) {
          all.push(el);
          if (el.shadowRoot) roots.push(el.shadowRoot);
        }
      }
      return all.some((el) => {
        if (!el.matches(selector)) return false;
        const s = getComputedStyle(el) as unknown as Record<string, string>;
        return props.some((prop) => (s[prop] ?? '').includes(value));
      });
    },
    { props, value, selector },
  );

/** Press Start, then answer each radio by its accessible name, pressing Continue after each. */
export async function answerAll(root: Locator, names: (string | RegExp)[]): Promise<void> {
  await root.getByRole('button', { name: 'Start now' }).click();
  for (const name of names) {
    await root.getByRole('radio', { name }).check();
    await root.getByRole('button', { name: 'Continue' }).click();
  }
}

/** The answers (area preset to LLR) that lead to coaching. */
export const COACHING: (string | RegExp)[] = ['I work for the NHS', /own development/, /own answers/, /specific goal/];
