// Demo page: the widget on the default content, with any content problems listed beside it.
import '../src/index.js';
import { problems } from 'virtual:support-finder/default-pack';
import { formatProblem } from '../src/content/schema.js';

const panel = document.querySelector<HTMLElement>('#problems');
const list = panel?.querySelector('ul');
if (panel && list && problems.length) {
  for (const problem of problems) {
    const item = document.createElement('li');
    item.className = problem.severity;
    item.textContent = formatProblem(problem);
    list.append(item);
  }
  panel.hidden = false;
}
