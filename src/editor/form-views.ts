/** The forms for the common jobs, as dialogs: new contact, new area, new question option. */
import { html } from 'lit';
import { LEVELS } from '../content/levels.js';
import type { EditorApp } from './app.js';
import { today } from './check.js';
import { suggestId, type OptionEffect } from './forms.js';

const value = (data: FormData, name: string) => String(data.get(name) ?? '').trim();
const values = (data: FormData, name: string) => data.getAll(name).map(String);

function submit(app: EditorApp, e: SubmitEvent, run: (data: FormData) => string | undefined) {
  e.preventDefault();
  const form = e.target as HTMLFormElement;
  const error = run(new FormData(form));
  const out = form.querySelector('.form-error');
  if (out) out.textContent = error ? `This could not be added: ${error}` : '';
  if (!error) {
    form.reset();
    form.closest('dialog')?.close();
  }
  app.editor?.view.focus();
}

const close = (e: Event) => (e.target as HTMLElement).closest('dialog')?.close();

function checkboxes(name: string, legend: string, items: { id: string; name: string }[]) {
  return html`<fieldset>
    <legend>${legend}</legend>
    ${items.map((i) => html`<label class="check"><input type="checkbox" name=${name} value=${i.id} /> ${i.name}</label>`)}
  </fieldset>`;
}

/** The new contact as the form describes it, reviewed today. */
const contactFromForm = (d: FormData): Parameters<EditorApp['addContact']>[0] => ({
  id: value(d, 'id'),
  name: value(d, 'name'),
  organisation: value(d, 'organisation'),
  level: value(d, 'level'),
  areas: values(d, 'areas'),
  audiences: values(d, 'audiences'),
  offers: values(d, 'offers'),
  website: value(d, 'website'),
  email: value(d, 'email'),
  phone: value(d, 'phone'),
  source: value(d, 'source'),
  description: value(d, 'description'),
  reviewed: today(),
});

export function contactForm(app: EditorApp) {
  const guide = app.preview.guide;
  return html`<dialog id="new-contact" aria-labelledby="new-contact-title">
    <form @submit=${(e: SubmitEvent) => submit(app, e, (d) => app.addContact(contactFromForm(d)))}>
      <h2 id="new-contact-title">New contact</h2>
      <label
        >Id (lower case letters, digits and hyphens) <input name="id" required pattern="[a-z0-9]+(-[a-z0-9]+)*"
      /></label>
      <label>Name <input name="name" required /></label>
      <label>Organisation <input name="organisation" required /></label>
      <label
        >Level
        <select name="level">
          ${LEVELS.map((l) => html`<option value=${l}>${l}</option>`)}
        </select>
      </label>
      ${checkboxes('areas', 'Areas it serves', guide?.areas ?? [])}
      ${checkboxes('audiences', 'Audiences it serves', guide?.audiences ?? [])}
      ${checkboxes(
        'offers',
        'What it can help with',
        (guide?.outcomes ?? []).map((o) => ({ id: o.id, name: o.title })),
      )}
      <label>Website (https://...) <input name="website" type="url" /></label>
      <label>E-mail <input name="email" type="email" /></label>
      <label>Phone <input name="phone" type="tel" /></label>
      <label>Source: the document these details come from <input name="source" /></label>
      <label>Description shown to staff <textarea name="description" rows="3" required></textarea></label>
      <p class="form-error" role="alert"></p>
      <div class="actions">
        <button type="submit">Add contact</button>
        <button type="button" @click=${close}>Cancel</button>
      </div>
    </form>
  </dialog>`;
}

export function areaForm(app: EditorApp) {
  const guide = app.preview.guide;
  return html`<dialog id="new-area" aria-labelledby="new-area-title">
    <form
      @submit=${(e: SubmitEvent) =>
        submit(app, e, (d) =>
          app.addArea({
            id: value(d, 'id'),
            name: value(d, 'name'),
            within: value(d, 'within'),
            label: value(d, 'label'),
          }),
        )}
    >
      <h2 id="new-area-title">New area</h2>
      <label
        >Id (lower case letters, digits and hyphens) <input name="id" required pattern="[a-z0-9]+(-[a-z0-9]+)*"
      /></label>
      <label>Name <input name="name" required /></label>
      <label
        >Within
        <select name="within">
          <option value="">None</option>
          ${(guide?.areas ?? []).map((a) => html`<option value=${a.id}>${a.name}</option>`)}
        </select>
      </label>
      <label>Answer people choose for it (in the area question) <input name="label" /></label>
      <p class="form-error" role="alert"></p>
      <div class="actions">
        <button type="submit">Add area</button>
        <button type="button" @click=${close}>Cancel</button>
      </div>
    </form>
  </dialog>`;
}

const EFFECTS: [OptionEffect, string][] = [
  ['weights', 'Gives points to suggestions'],
  ['exit', 'Ends the questions at one suggestion'],
  ['unsure', 'Means the person is not sure (counts for nothing)'],
  ['none', 'Only sets the area or audience'],
];

/** Fills in the id from the label, until the id is typed in itself. */
function suggest(e: Event) {
  const form = (e.target as HTMLInputElement).form;
  const id = form?.elements.namedItem('id') as HTMLInputElement | null;
  if (id && !id.dataset['typed']) id.value = suggestId((e.target as HTMLInputElement).value);
}

// Long on purpose: one Lit template for the option form, its fields in the order the form shows them.
export function optionForm(app: EditorApp) {
  const guide = app.preview.guide;
  const outcomes = guide?.outcomes ?? [];
  return html`<dialog id="new-option" aria-labelledby="new-option-title">
    <form
      @submit=${(e: SubmitEvent) =>
        submit(app, e, (d) => {
          const weights: Record<string, number> = {};
          for (const o of outcomes) {
            const n = value(d, `weight-${o.id}`);
            if (n && Number(n) !== 0) weights[o.id] = Math.trunc(Number(n));
          }
          return app.addOption({
            question: value(d, 'question'),
            id: value(d, 'id'),
            label: value(d, 'label'),
            hint: value(d, 'hint'),
            effect: value(d, 'effect') as OptionEffect,
            weights,
            exit: value(d, 'exit'),
            reason: value(d, 'reason'),
            value: value(d, 'value'),
          });
        })}
      @reset=${(e: Event) => delete ((e.target as HTMLFormElement).elements.namedItem('id') as HTMLInputElement).dataset['typed']}
    >
      <h2 id="new-option-title">New question option</h2>
      <label
        >Question
        <select name="question" required>
          ${(guide?.questions ?? []).map((q) => html`<option value=${q.id}>${q.question}</option>`)}
        </select>
      </label>
      <label>Answer people choose (label) <input name="label" required @input=${suggest} /></label>
      <label
        >Id (suggested from the label: lower case letters, digits and hyphens)
        <input
          name="id"
          required
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          @input=${(e: Event) => ((e.target as HTMLInputElement).dataset['typed'] = 'true')}
      /></label>
      <label>Hint under the answer (optional) <input name="hint" /></label>
      <fieldset>
        <legend>What it does</legend>
        ${EFFECTS.map(
          ([effect, text], i) =>
            html`<label class="check"
              ><input type="radio" name="effect" value=${effect} ?checked=${i === 0} /> ${text}</label
            >`,
        )}
      </fieldset>
      <fieldset>
        <legend>Points for each suggestion (with "Gives points"; blank for none, below 0 to count against)</legend>
        ${outcomes.map(
          (o) =>
            html`<label class="points"
              >${o.title} <input name="weight-${o.id}" type="number" step="1" inputmode="numeric"
            /></label>`,
        )}
      </fieldset>
      <label
        >Suggestion it ends at (with "Ends the questions")
        <select name="exit">
          <option value="">None</option>
          ${outcomes.map((o) => html`<option value=${o.id}>${o.title}</option>`)}
        </select>
      </label>
      <label
        >Reason shown with the suggestion (with points or an end)
        <textarea name="reason" rows="2"></textarea>
      </label>
      <label
        >Area or audience it sets (only on the question that sets one)
        <select name="value">
          <option value="">None</option>
          <optgroup label="Areas">
            ${(guide?.areas ?? []).map((a) => html`<option value=${a.id}>${a.name}</option>`)}
          </optgroup>
          <optgroup label="Audiences">
            ${(guide?.audiences ?? []).map((a) => html`<option value=${a.id}>${a.name}</option>`)}
          </optgroup>
        </select>
      </label>
      <p class="form-error" role="alert"></p>
      <div class="actions">
        <button type="submit">Add option</button>
        <button type="button" @click=${close}>Cancel</button>
      </div>
    </form>
  </dialog>`;
}
