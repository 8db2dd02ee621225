/**
 * The editor page's state and actions: the folder, each file's text as saved and as edited, the
 * latest check, and what the preview shows. view.ts renders it; nothing here touches the DOM
 * beyond the text editor and the preview it owns.
 */
import { kindOf } from '../content/parse-file.js';
import type { Guide } from '../content/schema.js';
import type { ContentProblem } from '../content/problem.js';
import { buildReport, outcomeSourcesIn, reviewMonthsIn } from '../report/index.js';
import { checkFiles, hasErrors, markdown, today, type CheckResult } from './check.js';
import { sortProblems } from '../check/check-pack.js';
import { checkOneFile, heldBy, patchGuide, type FileCheck, type FileValue } from './incremental.js';
import type { PackIds } from './id-complete.js';
import { CodeEditor } from './code-editor.js';
import { download, openFileList, openHandle, type Folder } from './folder.js';
import { Preview } from './preview.js';
import { COMPILED_FILE, INDEX_FILE, compiledText, indexText } from './publish.js';
import { addArea, addOption, contactFile, type NewArea, type NewContact, type NewOption } from './forms.js';

/**
 * How long typing must pause before the whole pack is checked again (then it waits for the page
 * to be idle). Each keystroke has its own file checked, and the preview updated, at once.
 */
export const FULL_CHECK_DELAY_MS = 300;

/** Which check just finished: the quick one of the files typed in, or the whole pack's. */
export type CheckPass = 'quick' | 'full';

/** What the last full check was run on, with its result. */
interface FullCheck {
  texts: ReadonlyMap<string, string>;
  result: CheckResult;
  /** Path -> "kind:id" it defined. */
  held: ReadonlyMap<string, string>;
}

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
  /** True while the whole-pack check is behind the typing (its problems come in when it is done). */
  checking = false;
  private quickTimer?: ReturnType<typeof setTimeout>;
  private fullTimer?: ReturnType<typeof setTimeout>;
  private idleHandle?: number;
  private full?: FullCheck;
  /** The last guide the full check passed: what the preview falls back to. */
  private good?: Guide;
  /** The files typed in since the last full check. */
  private typed = new Set<string>();
  private quickSeen = new Map<string, { text: string; check: FileCheck }>();
  /** Called after each check, with the time it finished and which check it was, for the benchmark. */
  onChecked: (at: number, pass: CheckPass) => void = () => {};

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
      ids: () => this.packIds(),
    });
  }

  /** The ids of the last guide that checked, or else those the last check found, for completion. */
  packIds(): PackIds | undefined {
    const g = this.good;
    const named = (items: { id: string; name: string }[]) => items.map(({ id, name }) => ({ id, name }));
    if (g)
      return {
        questions: g.questions.map((q) => ({
          id: q.id,
          name: q.question,
          options: q.options.map((o) => ({ id: o.id, name: o.label })),
        })),
        outcomes: g.outcomes.map((o) => ({ id: o.id, name: o.title })),
        areas: named(g.areas),
        audiences: named(g.audiences),
      };
    const keys = Object.keys(this.full?.result.index ?? {});
    const of = (kind: string) =>
      keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => ({ id: k.slice(kind.length + 1), name: '' }));
    return {
      questions: of('question').map((q) => ({ ...q, options: [] })),
      outcomes: of('outcome'),
      areas: [],
      audiences: [],
    };
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
    this.typed.add(path);
    this.checking = true;
    this.cancelFull();
    // After the keystrokes already queued, so a burst of them is checked once.
    clearTimeout(this.quickTimer);
    this.quickTimer = setTimeout(() => this.quickCheck());
  }

  private quickOf(path: string, text: string): FileCheck {
    const seen = this.quickSeen.get(path);
    if (seen?.text === text) return seen.check;
    const check = checkOneFile(path, text, markdown);
    this.quickSeen.set(path, { text, check });
    return check;
  }

  /**
   * The files typed in, each checked alone; the other files keep the last full check's problems.
   * When they pass, the preview shows the last fully checked guide with their new content.
   */
  private quickCheck(): void {
    const full = this.full;
    if (!full || this.notUtf8.size) return this.check();
    const key = (p: ContentProblem) => `${p.line}:${p.col}:${p.rule}:${p.message}`;
    const problems = full.result.problems.filter((p) => !this.typed.has(p.path));
    const values = new Map<string, FileValue>();
    for (const path of this.typed) {
      const now = this.quickOf(path, this.texts.get(path) ?? '');
      problems.push(...now.problems);
      // What the full check found beyond the file's own checks (a broken reference) stays listed
      // until the full check runs again.
      const own = new Set(this.quickOf(path, full.texts.get(path) ?? '').problems.map(key));
      problems.push(...full.result.problems.filter((p) => p.path === path && !own.has(key(p))));
      if (now.value) values.set(path, now.value);
    }
    const guide =
      full.result.guide && values.size === this.typed.size
        ? patchGuide(full.result.guide, full.held, values)
        : undefined;
    if (guide) this.preview.show(guide);
    this.stale = !guide && hasErrors(problems);
    this.result = { ...(guide ? { guide } : {}), problems: sortProblems(problems) };
    this.editor?.showProblems(this.result.problems);
    this.update();
    this.onChecked(performance.now(), 'quick');
    this.scheduleFull();
  }

  /** The whole-pack check, once typing pauses and the page is idle; a keystroke cancels it. */
  private scheduleFull(): void {
    this.cancelFull();
    this.fullTimer = setTimeout(() => {
      const run = () => {
        this.idleHandle = undefined;
        this.check();
      };
      if ('requestIdleCallback' in window) this.idleHandle = requestIdleCallback(run, { timeout: 1000 });
      else run();
    }, FULL_CHECK_DELAY_MS);
  }

  private cancelFull(): void {
    clearTimeout(this.fullTimer);
    if (this.idleHandle !== undefined) cancelIdleCallback(this.idleHandle);
    this.idleHandle = undefined;
  }

  /** The full check, the CLI's, of every file as it is now. Publish and Report run it first. */
  check(): void {
    clearTimeout(this.quickTimer);
    this.cancelFull();
    const texts = new Map(this.texts);
    this.result = checkFiles(Object.fromEntries(texts), this.notUtf8);
    this.full = { texts, result: this.result, held: heldBy(this.result.index ?? {}) };
    this.typed.clear();
    this.checking = false;
    if (this.result.guide) this.good = this.result.guide;
    // The preview may show a guide only the quick check has seen: the full check has the last word.
    const shown = this.preview.guide;
    const want = this.good;
    if (want && shown !== want && (!shown || JSON.stringify(shown) !== JSON.stringify(want))) this.preview.show(want);
    else if (want) this.preview.guide = want;
    this.stale = !this.result.guide;
    this.editor?.showProblems(this.result.problems);
    this.update();
    this.onChecked(performance.now(), 'full');
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
      sources: outcomeSourcesIn(files),
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

  addOption(option: NewOption): string | undefined {
    const done = addOption(this.texts, option);
    if ('error' in done) return done.error;
    this.texts.set(done.path, done.text);
    if (done.path === this.path) this.editor?.replace(done.text);
    else this.select(done.path);
    this.check();
    const errors = this.result.problems.filter((p) => p.severity === 'error').length;
    this.status = errors
      ? `Added the option "${option.id}" to ${done.path}, but the content now has ${errors === 1 ? 'an error' : `${errors} errors`}: see Problems.`
      : `Added the option "${option.id}" to ${done.path}. Press Save to write it to the folder.`;
    this.update();
    return undefined;
  }
}
