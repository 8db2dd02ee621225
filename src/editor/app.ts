/**
 * The editor page's state and actions: the folder, each file's text as saved and as edited, the
 * latest check, and what the preview shows. view.ts renders it; nothing here touches the DOM
 * beyond the text editor and the preview it owns.
 */
import { kindOf } from '../content/parse.js';
import type { ContentProblem } from '../content/problem.js';
import { buildReport, reviewMonthsIn } from '../report/index.js';
import { checkFiles, hasErrors, today, type CheckResult } from './check.js';
import { CodeEditor } from './code-editor.js';
import { download, openFileList, openHandle, type Folder } from './folder.js';
import { Preview } from './preview.js';
import { COMPILED_FILE, INDEX_FILE, compiledText, indexText } from './publish.js';
import { addArea, contactFile, type NewArea, type NewContact } from './forms.js';

/** How long typing may pause before the check runs: short enough to feel immediate. */
export const CHECK_DELAY_MS = 40;

export class EditorApp {
  folder?: Folder;
  texts = new Map<string, string>();
  saved = new Map<string, string>();
  notUtf8 = new Map<string, { line: number; col: number }>();
  result: CheckResult = { problems: [] };
  /** True while the preview shows an earlier version, because the current one has errors. */
  stale = false;
  status = '';
  editor?: CodeEditor;
  readonly preview = new Preview(() => document.getElementById('preview-slot'));
  private timer?: ReturnType<typeof setTimeout>;
  /** Called after each check, with the time it finished, for the page and the benchmark. */
  onChecked: (at: number) => void = () => {};

  constructor(private readonly update: () => void) {}

  get path(): string {
    return this.editor?.currentPath ?? '';
  }

  get changed(): string[] {
    return [...this.texts.keys()].filter((p) => this.texts.get(p) !== this.saved.get(p) || this.notUtf8.has(p));
  }

  attachEditor(parent: HTMLElement): void {
    this.editor = new CodeEditor(parent, {
      onChange: (path, text) => this.edit(path, text),
      onSave: () => void this.save(),
    });
  }

  async openHandle(handle: FileSystemDirectoryHandle): Promise<void> {
    this.load(await openHandle(handle));
  }

  async openFiles(list: FileList): Promise<void> {
    this.load(await openFileList(list));
  }

  private load(folder: Folder): void {
    this.folder = folder;
    this.texts = new Map([...folder.files].map(([p, f]) => [p, f.text]));
    this.saved = new Map(this.texts);
    this.notUtf8 = new Map([...folder.files].flatMap(([p, f]) => (f.notUtf8 ? [[p, f.notUtf8] as const] : [])));
    this.status = `Opened ${folder.name}: ${this.texts.size} files${folder.writable ? '' : ' (read only: Save downloads the changed files)'}.`;
    const first = [...this.texts.keys()].find((p) => kindOf(p) === 'guide') ?? [...this.texts.keys()][0];
    if (first) this.select(first);
    this.check();
  }

  select(path: string): void {
    this.editor?.open(path, this.texts.get(path) ?? '');
    this.editor?.showProblems(this.result.problems);
    this.update();
  }

  goTo(p: ContentProblem): void {
    if (p.path !== this.path) this.select(p.path);
    this.editor?.goTo(p.line, p.col);
  }

  edit(path: string, text: string): void {
    this.texts.set(path, text);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), CHECK_DELAY_MS);
  }

  check(): void {
    clearTimeout(this.timer);
    this.result = checkFiles(Object.fromEntries(this.texts), this.notUtf8);
    if (this.result.guide) this.preview.show(this.result.guide);
    this.stale = !this.result.guide;
    this.editor?.showProblems(this.result.problems);
    this.update();
    this.onChecked(performance.now());
  }

  /** Writes every changed file (or downloads them, for a read-only folder). */
  async save(): Promise<string[]> {
    const folder = this.folder;
    if (!folder) return [];
    const changed = this.changed;
    for (const path of changed) {
      await folder.write(path, this.texts.get(path) ?? '');
      this.saved.set(path, this.texts.get(path) ?? '');
    }
    const wasNotUtf8 = changed.some((p) => this.notUtf8.delete(p));
    this.status = changed.length ? `Saved ${changed.join(', ')}.` : 'Nothing to save.';
    if (wasNotUtf8) this.check();
    else this.update();
    return changed;
  }

  /** Saves, then writes pack.yaml and pack.json, but only when the content has no errors. */
  async publish(): Promise<boolean> {
    if (!this.folder) return false;
    this.check();
    if (hasErrors(this.result.problems) || !this.result.guide) {
      const n = this.result.problems.filter((p) => p.severity === 'error').length;
      this.status = `Not published: there ${n === 1 ? 'is 1 error' : `are ${n} errors`} to fix first. Staff still see the last published version.`;
      this.update();
      return false;
    }
    await this.save();
    const guide = this.result.guide;
    if (!guide) return false;
    const index = indexText([...this.texts.keys()]);
    const json = compiledText(guide);
    if (this.folder.writable) {
      await this.folder.write(`${this.folder.name}/${INDEX_FILE}`, index);
      await this.folder.write(`${this.folder.name}/${COMPILED_FILE}`, json);
    } else {
      download(INDEX_FILE, index, 'text/yaml');
      download(COMPILED_FILE, json, 'application/json');
    }
    this.status = `Published: ${this.folder.name}/${COMPILED_FILE} and ${this.folder.name}/${INDEX_FILE} now hold this version.`;
    this.update();
    return true;
  }

  /**
   * The content report for sign-off, made from the content as edited (the same files as
   * `support-finder report`): report.html and paths.csv are downloaded, to open side by side.
   */
  report(): boolean {
    this.check();
    const guide = this.result.guide;
    if (!guide) {
      const n = this.result.problems.filter((p) => p.severity === 'error').length;
      this.status = `No report: there ${n === 1 ? 'is 1 error' : `are ${n} errors`} to fix first.`;
      this.update();
      return false;
    }
    const files = Object.fromEntries(this.texts);
    const { files: written } = buildReport(guide, {
      today: today(),
      reviewMonths: reviewMonthsIn(files),
      problems: this.result.problems,
    });
    const names = ['report.html', 'paths.csv'].filter((name) => written[name] !== undefined);
    for (const name of names) download(name, written[name]!, name.endsWith('.html') ? 'text/html' : 'text/csv');
    this.status = `Downloaded ${names.join(' and ')}: open report.html to read and sign off the content as it is now.`;
    this.update();
    return true;
  }

  addContact(c: NewContact): string | undefined {
    if (!this.folder) return 'open a content folder first.';
    const path = `${this.folder.name}/contacts/${c.id}.md`;
    if (this.texts.has(path)) return `there is already a contact file ${path}.`;
    this.texts.set(path, contactFile(c));
    this.status = `Added ${path}. Press Save to write it to the folder.`;
    this.select(path);
    this.check();
    return undefined;
  }

  addArea(area: NewArea): string | undefined {
    const done = addArea(this.texts, area);
    if ('error' in done) return done.error;
    for (const [path, text] of done.changes) {
      this.texts.set(path, text);
      if (path === this.path) this.editor?.replace(text);
    }
    const first = [...done.changes.keys()][0];
    if (first && first !== this.path) this.select(first);
    this.status = `Added the area "${area.id}" to ${[...done.changes.keys()].join(' and ')}. Add a contact for it, then Save.`;
    this.check();
    return undefined;
  }
}
