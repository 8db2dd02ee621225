/** The editor page's markup, rendered from the app's state with lit-html. */
import { html, nothing, type TemplateResult } from 'lit';
import { kindOf, type Kind } from '../content/parse-file.js';
import type { ContentProblem } from '../content/problem.js';
import type { EditorApp } from './app.js';
import { contactForm, areaForm, optionForm } from './form-views.js';

const KINDS: [Kind, string][] = [
  ['guide', 'Guide'],
  ['question', 'Questions'],
  ['outcome', 'Outcomes'],
  ['contact', 'Contacts'],
];

const canPick = () => 'showDirectoryPicker' in window;

// Long on purpose: one Lit template for the whole editor page, read top to bottom as it shows.
export function page(app: EditorApp, actions: { pick: () => void; files: (e: Event) => void }): TemplateResult {
  const problems = app.result.problems;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const guide = app.preview.guide;
  return html`
    <header class="top">
      <h1>Support Finder content editor</h1>
      <div class="open">
        ${
          canPick()
            ? html`<button type="button" @click=${actions.pick}>Open content folder</button>`
            : html`<label class="button"
                  >Open content folder (read only)
                  <input type="file" webkitdirectory multiple @change=${actions.files} />
                </label>
                <p class="note">
                  This browser cannot save into a folder: Save and Publish download the files instead.
                </p>`
        }
      </div>
      <div class="actions">
        <button type="button" ?disabled=${!app.folder} @click=${() => void app.save()}>
          Save${app.changed.length ? ` (${app.changed.length} changed)` : ''}
        </button>
        <button type="button" ?disabled=${!app.folder} @click=${() => void app.publish()}>Publish</button>
        <button type="button" ?disabled=${!app.folder} @click=${() => app.report()}>Report for sign-off</button>
        <button type="button" ?disabled=${!app.folder} @click=${() => openDialog('new-contact')}>New contact</button>
        <button type="button" ?disabled=${!app.folder} @click=${() => openDialog('new-area')}>New area</button>
        <button type="button" ?disabled=${!app.folder} @click=${() => openDialog('new-option')}>
          New question option
        </button>
      </div>
      <p class="status" role="status">${app.status}</p>
    </header>
    <nav class="files" aria-label="Content files">${fileList(app)}</nav>
    <main class="work">
      <h2 class="file-name">${app.path || 'Open a content folder to start'}</h2>
      <div id="code" class="code"></div>
      <section class="problems" aria-labelledby="problems-title">
        <h2 id="problems-title">
          ${problems.length ? `Problems: ${errors} errors, ${problems.length - errors} warnings` : 'No problems'}
        </h2>
        ${app.checking ? html`<p class="checking">Checking the whole pack again…</p>` : nothing}
        <ul>
          ${problems.map((p) => problemItem(app, p))}
        </ul>
      </section>
    </main>
    <aside class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview</h2>
      ${guide ? previewControls(app) : nothing}
      ${
        app.stale && guide
          ? html`<p class="stale">
              The content has ${errors === 1 ? 'an error' : `${errors} errors`}, so this is the last version without
              errors.
            </p>`
          : nothing
      }
      <div id="preview-slot"></div>
    </aside>
    ${contactForm(app)} ${areaForm(app)} ${optionForm(app)}
  `;
}

function fileList(app: EditorApp) {
  // Counted once for every file, not once per file: a pack may have hundreds.
  const changed = new Set(app.changed);
  const errors = new Map<string, number>();
  for (const p of app.result.problems) if (p.severity === 'error') errors.set(p.path, (errors.get(p.path) ?? 0) + 1);
  const byKind = new Map<Kind | undefined, string[]>();
  for (const path of app.texts.keys()) {
    const list = byKind.get(kindOf(path)) ?? [];
    list.push(path);
    byKind.set(kindOf(path), list);
  }
  return KINDS.map(([kind, title]) => fileGroup(app, byKind.get(kind) ?? [], title, changed, errors));
}

function fileGroup(
  app: EditorApp,
  paths: string[],
  title: string,
  changedFiles: ReadonlySet<string>,
  errors: ReadonlyMap<string, number>,
) {
  if (!paths.length) return nothing;
  return html`<h2>${title}</h2>
    <ul>
      ${paths.map((path) => {
        const count = errors.get(path) ?? 0;
        const changed = changedFiles.has(path);
        return html`<li>
          <button type="button" aria-current=${path === app.path ? 'true' : 'false'} @click=${() => app.select(path)}>
            ${path.split('/').pop()}${changed ? html`<span class="changed"> (changed)</span>` : nothing}${
              count ? html`<span class="count"> (${count} ${count === 1 ? 'error' : 'errors'})</span>` : nothing
            }
          </button>
        </li>`;
      })}
    </ul>`;
}

function problemItem(app: EditorApp, p: ContentProblem) {
  return html`<li class=${p.severity}>
    <button type="button" @click=${() => app.goTo(p)}>
      <span class="where">${p.path.split('/').slice(1).join('/')}:${p.line}:${p.col}</span>
      <span class="severity">${p.severity}</span> ${p.message}
    </button>
  </li>`;
}

function previewControls(app: EditorApp) {
  const guide = app.preview.guide!;
  return html`<div class="preview-controls">
    <label
      >Area
      <select @change=${(e: Event) => app.preview.setPreset('area', (e.target as HTMLSelectElement).value)}>
        <option value="">Asked</option>
        ${guide.areas.map((a) => html`<option value=${a.id}>${a.name}</option>`)}
      </select>
    </label>
    <label
      >Audience
      <select @change=${(e: Event) => app.preview.setPreset('audience', (e.target as HTMLSelectElement).value)}>
        <option value="">Asked</option>
        ${guide.audiences.map((a) => html`<option value=${a.id}>${a.name}</option>`)}
      </select>
    </label>
    <label
      >Go to
      <select
        @change=${(e: Event) => {
          const select = e.target as HTMLSelectElement;
          if (select.value && !app.preview.jump(select.value)) app.status = 'No answers lead there with these presets.';
        }}
      >
        <option value="">Choose a question or result</option>
        <optgroup label="Questions">
          ${guide.questions.map((q) => html`<option value="question:${q.id}">${q.question}</option>`)}
        </optgroup>
        <optgroup label="Results">
          ${guide.outcomes.map((o) => html`<option value="outcome:${o.id}">${o.title}</option>`)}
        </optgroup>
      </select>
    </label>
  </div>`;
}

export function openDialog(id: string): void {
  (document.getElementById(id) as HTMLDialogElement | null)?.showModal();
}
