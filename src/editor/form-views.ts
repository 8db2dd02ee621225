/** The forms for the common jobs, as dialogs: new contact, new area. */
import { html } from 'lit';
import { LEVELS } from '../content/schema.js';
import type { EditorApp } from './app.js';
import { today } from './check.js';

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

export function contactForm(app: EditorApp) {
  const guide = app.preview.guide;
  return html`<dialog id="new-contact" aria-labelledby="new-contact-title">
    <form
      @submit=${(e: SubmitEvent) =>
        submit(app, e, (d) =>
          app.addContact({
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
          }),
        )}
    >
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
