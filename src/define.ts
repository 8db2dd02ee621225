/**
 * Registers every element, once. Loading the script twice, or a second copy of the library,
 * must never throw into the host page: an existing definition is left alone.
 */
import { SfCheckAnswers } from './components/check-answers/check-answers.js';
import { SfContactList } from './components/contact-list/contact-list.js';
import { SfJourney } from './components/journey/journey.js';
import { SfQuestionPage } from './components/question-page/question-page.js';
import { SfResultPage } from './components/result-page/result-page.js';
import { SfStartPage } from './components/start-page/start-page.js';
import { SupportFinder } from './support-finder.js';

const elements: [string, CustomElementConstructor][] = [
  ['sf-start-page', SfStartPage],
  ['sf-question-page', SfQuestionPage],
  ['sf-check-answers', SfCheckAnswers],
  ['sf-contact-list', SfContactList],
  ['sf-result-page', SfResultPage],
  ['sf-journey', SfJourney],
  ['support-finder', SupportFinder],
];

export function defineElements(registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry) return;
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
