/**
 * The in-page half of the browser benchmark. run.ts builds this into a small classic script and
 * inlines it in both benchmark pages, before the questionnaire's own script, with the same plan
 * for both. It clicks through the questionnaire from inside the page, as soon as each step is
 * painted (no round trip to the test process between steps), and records when each step was
 * painted, in milliseconds from the `sf-bench-start` mark placed just before the script tag.
 *
 * "Painted" means: a frame callback found the element (visible, in the light DOM or any shadow
 * root), and a message posted from that callback has been handled, which happens once that
 * frame has been painted. Both pages are measured by the same code, so the method's own cost
 * and its frame granularity apply equally to both.
 */

export interface Plan {
  /** Heading of the start page, and its start button. */
  title: string;
  start: string;
  /** Each question's heading and the answer given (an option id, the radio's value). */
  questions: { heading: string; option: string }[];
  /** Label of the button that confirms an answer. */
  next: string;
  /** Label of the button on the check-your-answers step that asks for the suggestion. */
  submit: string;
  /** Heading of the result. */
  result: string;
  /** Give up after this long waiting for any one step. */
  timeout: number;
}

export interface Timings {
  /** Script start to the start page painted (title and start button). */
  startPage: number;
  /** Script start to the first question painted, the start button clicked as soon as it showed. */
  firstQuestion: number;
  /** Start button clicked to the first question painted. */
  startToQuestion: number;
  /** Continue clicked to the next question painted, for each question after the first. */
  continues: number[];
  /** Continue on the last question to the check-your-answers step painted. */
  toReview: number;
  /** The suggestion asked for to the result painted. */
  toResult: number;
  /** Script start to the result painted: the whole journey. */
  journey: number;
}

declare global {
  interface Window {
    sfBenchPlan?: Plan;
    sfBenchDone?: Promise<Timings>;
  }
}

function* elements(root: Document | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* elements(el.shadowRoot);
  }
}

function find(test: (el: Element) => boolean): Element | undefined {
  for (const el of elements(document)) if (test(el)) return el;
  return undefined;
}

const visible = (el: Element) =>
  el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().height > 0;

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

const heading = (wanted: string) =>
  find((el) => /^H[1-6]$/.test(el.tagName) && text(el).includes(wanted) && visible(el));

const button = (label: string) =>
  find(
    (el) =>
      ((el instanceof HTMLButtonElement && text(el) === label) ||
        (el instanceof HTMLInputElement && (el.type === 'button' || el.type === 'submit') && el.value === label)) &&
      visible(el),
  ) as HTMLElement | undefined;

const radio = (value: string) =>
  find((el) => el instanceof HTMLInputElement && el.type === 'radio' && el.value === value) as
    HTMLInputElement | undefined;

/** Waits for the frame that first paints what `probe` finds; resolves after that frame. */
function painted<T>(
  what: string,
  probe: () => T | undefined | false,
  timeout: number,
): Promise<{ value: T; at: number }> {
  return new Promise((resolve, reject) => {
    const begun = performance.now();
    const frame = () => {
      const value = probe();
      if (value) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ value, at: performance.now() });
        channel.port2.postMessage(null);
      } else if (performance.now() - begun > timeout) reject(new Error(`Timed out waiting for ${what}`));
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

async function journey(plan: Plan): Promise<Timings> {
  const origin = performance.getEntriesByName('sf-bench-start')[0]?.startTime ?? 0;
  const wait = <T>(what: string, probe: () => T | undefined | false) => painted(what, probe, plan.timeout);
  const [first, ...rest] = plan.questions;
  if (!first) throw new Error('The plan has no questions');

  const startPage = await wait('the start page', () => heading(plan.title) && button(plan.start));
  const clickedStart = performance.now();
  startPage.value.click();
  let shown = await wait(`"${first.heading}"`, () => heading(first.heading) && radio(first.option));
  const firstQuestion = shown.at;

  const continues: number[] = [];
  let toReview = 0;
  let current = first;
  for (let i = 0; i <= rest.length; i++) {
    const choice = shown.value as HTMLInputElement;
    choice.click();
    await wait(`"${current.option}" checked`, () => choice.isConnected && choice.checked);
    const next = await wait(`"${plan.next}"`, () => button(plan.next));
    const clicked = performance.now();
    next.value.click();
    const following = rest[i];
    if (following) {
      shown = await wait(`"${following.heading}"`, () => heading(following.heading) && radio(following.option));
      continues.push(shown.at - clicked);
      current = following;
    } else toReview = (await wait(`"${plan.submit}"`, () => button(plan.submit))).at - clicked;
  }

  const submit = button(plan.submit);
  if (!submit) throw new Error(`No "${plan.submit}" button`);
  const asked = performance.now();
  submit.click();
  const result = await wait(`"${plan.result}"`, () => heading(plan.result));
  return {
    startPage: startPage.at - origin,
    firstQuestion: firstQuestion - origin,
    startToQuestion: firstQuestion - clickedStart,
    continues,
    toReview,
    toResult: result.at - asked,
    journey: result.at - origin,
  };
}

if (window.sfBenchPlan) window.sfBenchDone = journey(window.sfBenchPlan);
