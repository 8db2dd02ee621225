// In an app: import 'support-finder'; here the source is imported directly.
import '../src/index.js';

// Host analytics see ids only: which steps were reached, never what was answered in free text.
const list = document.querySelector('#events');
for (const type of ['sf-start', 'sf-answer', 'sf-result', 'sf-contact', 'sf-restart', 'sf-error'])
  document.addEventListener(type, (event) => {
    const { questionId, optionId, outcomeId, contactId, reason } = event as Event & Record<string, string | undefined>;
    const item = document.createElement('li');
    item.textContent = [type, questionId, optionId, outcomeId, contactId, reason].filter(Boolean).join(' ');
    list?.append(item);
  });
