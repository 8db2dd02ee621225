/**
 * Registers every element, once. Loading the script twice, or a second copy of the library,
 * must never throw into the host page: an existing definition is left alone.
 *
 * The inner elements (`sf-journey`, the pages) are scoped to the widget: where the browser has
 * scoped custom element registries (Chromium 146 and later), every shadow root of the widget
 * gets its own registry holding this copy's inner elements, so a host page that has its own
 * `sf-journey`, or a second build of the widget on the same page, cannot take them over. Those
 * are the browser's own answer to exactly this, and they keep the tag names stable for hosts'
 * tests and styles; versioned tag names would change with every release. The inner elements
 * are also defined globally when the names are free, so they can be used on their own (tests,
 * stories). A browser without scoped registries gets the global definitions only, as before.
 */
import type { LitElement } from 'lit';
import { SfCheckAnswers } from './components/check-answers/check-answers.js';
import { SfContactList } from './components/contact-list/contact-list.js';
import { SfJourney } from './components/journey/journey.js';
import { SfQuestionPage } from './components/question-page/question-page.js';
import { SfResultPage } from './components/result-page/result-page.js';
import { SfStartPage } from './components/start-page/start-page.js';
import { SupportFinder } from './support-finder.js';

const inner: [string, CustomElementConstructor][] = [
  ['sf-start-page', SfStartPage],
  ['sf-question-page', SfQuestionPage],
  ['sf-check-answers', SfCheckAnswers],
  ['sf-contact-list', SfContactList],
  ['sf-result-page', SfResultPage],
  ['sf-journey', SfJourney],
];
const elements: [string, CustomElementConstructor][] = [...inner, ['support-finder', SupportFinder]];

type LitClass = typeof LitElement;
type ScopedShadowRootInit = ShadowRootInit & { customElementRegistry?: CustomElementRegistry };

/** This copy's own registry of inner elements, or undefined where the browser has none. */
function createScope(): CustomElementRegistry | undefined {
  try {
    const Registry = globalThis.CustomElementRegistry as (new () => CustomElementRegistry) | undefined;
    if (typeof Registry !== 'function' || typeof document === 'undefined') return undefined;
    const scope = new Registry();
    // Only where attachShadow really takes the registry: an older browser ignores the option.
    const probe = document
      .createElement('div')
      .attachShadow({ mode: 'open', customElementRegistry: scope } as ScopedShadowRootInit);
    if ((probe as ShadowRoot & { customElementRegistry?: unknown }).customElementRegistry !== scope) return undefined;
    for (const [tag, ctor] of inner) scope.define(tag, ctor);
    return scope;
  } catch {
    return undefined;
  }
}

const scoped = new WeakSet<LitClass>();

/** Every shadow root of `ctor` uses `scope`, and lit creates its templates' elements in it. */
function useScope(ctor: LitClass, scope: CustomElementRegistry): void {
  if (scoped.has(ctor)) return;
  scoped.add(ctor);
  ctor.shadowRootOptions = { ...ctor.shadowRootOptions, customElementRegistry: scope } as ScopedShadowRootInit;
  const proto = ctor.prototype as unknown as { createRenderRoot: (this: LitElement) => HTMLElement | DocumentFragment };
  const createRenderRoot = proto.createRenderRoot;
  const creationScope = {
    importNode: (node: Node) =>
      (document.importNode as (node: Node, options: { customElementRegistry: CustomElementRegistry }) => Node)(node, {
        customElementRegistry: scope,
      }),
  };
  proto.createRenderRoot = function (this: LitElement) {
    (this.renderOptions as { creationScope?: unknown }).creationScope = creationScope;
    return createRenderRoot.call(this);
  };
}

let scope: CustomElementRegistry | undefined | null = null;

export function defineElements(registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry) return;
  if (scope === null) {
    scope = createScope();
    if (scope) for (const [, ctor] of elements) useScope(ctor as unknown as LitClass, scope);
  }
  for (const [tag, ctor] of elements) {
    try {
      if (!registry.get(tag)) registry.define(tag, ctor);
    } catch {
      // Another copy won the race, or the constructor is already registered under another
      // name: either way the element works, and the host page must not see an error.
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'support-finder': SupportFinder;
    'sf-journey': SfJourney;
    'sf-start-page': SfStartPage;
    'sf-question-page': SfQuestionPage;
    'sf-check-answers': SfCheckAnswers;
    'sf-contact-list': SfContactList;
    'sf-result-page': SfResultPage;
  }
}
