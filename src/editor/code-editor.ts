/**
 * The text editor: CodeMirror 6 with Markdown, YAML front matter, the check's problems inline
 * (@codemirror/lint) and completion and hover help from the schemas. One state per file, so each
 * keeps its own undo history.
 */
import {
  EditorView,
  crosshairCursor,
  drawSelection,
  dropCursor,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  rectangularSelection,
} from '@codemirror/view';
import { EditorState, type Extension } from '@codemirror/state';
import { markdownLanguage } from '@codemirror/lang-markdown';
import { yamlFrontmatter } from '@codemirror/lang-yaml';
import {
  LanguageSupport,
  bracketMatching,
  defaultHighlightStyle,
  foldKeymap,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import type { ContentProblem } from '../content/problem.js';
import { diagnostics, offsetOf } from './check.js';
import { schemaHelp } from './schema-help.js';
import type { PackIds } from './id-complete.js';

/**
 * CodeMirror's basic set-up without its fold gutter, which worked out the foldable lines again on
 * every keystroke (folding is still on the keyboard). Completion comes with the schema help.
 */
const setup: Extension = [
  lineNumbers(),
  highlightActiveLineGutter(),
  highlightSpecialChars(),
  history(),
  drawSelection(),
  dropCursor(),
  EditorState.allowMultipleSelections.of(true),
  indentOnInput(),
  syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
  bracketMatching(),
  closeBrackets(),
  rectangularSelection(),
  crosshairCursor(),
  highlightActiveLine(),
  highlightSelectionMatches(),
  keymap.of([
    ...closeBracketsKeymap,
    ...defaultKeymap,
    ...searchKeymap,
    ...historyKeymap,
    ...foldKeymap,
    ...completionKeymap,
    ...lintKeymap,
  ]),
];

export interface CodeEditorOptions {
  onChange: (path: string, text: string) => void;
  onSave: () => void;
  /** The ids the opened pack has, for completion. */
  ids?: () => PackIds | undefined;
}

export class CodeEditor {
  readonly view: EditorView;
  private states = new Map<string, EditorState>();
  private path = '';
  /** The problems last shown in this file, to leave the editor alone when they are the same. */
  private shown?: string;

  constructor(
    parent: HTMLElement,
    private readonly options: CodeEditorOptions,
  ) {
    this.view = new EditorView({ parent, state: EditorState.create({ doc: '', extensions: this.extensions('') }) });
  }

  private extensions(path: string): Extension[] {
    return [
      setup,
      EditorView.lineWrapping,
      // The Markdown language alone: markdown() would also load HTML, CSS and JavaScript support.
      yamlFrontmatter({ content: new LanguageSupport(markdownLanguage) }),
      lintGutter(),
      schemaHelp(path, this.options.ids),
      EditorView.contentAttributes.of({ 'aria-label': `Text of ${path || 'no file'}` }),
      keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => (this.options.onSave(), true) }]),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) this.options.onChange(this.path, update.state.doc.toString());
      }),
    ];
  }

  get currentPath(): string {
    return this.path;
  }

  /** Shows a file; its earlier state (cursor, undo) comes back with it. */
  open(path: string, text: string): void {
    if (this.path) this.states.set(this.path, this.view.state);
    this.path = path;
    this.shown = undefined;
    const kept = this.states.get(path);
    this.view.setState(
      kept && kept.doc.toString() === text
        ? kept
        : EditorState.create({ doc: text, extensions: this.extensions(path) }),
    );
  }

  /** Replaces the whole text (after a form wrote the file), as one undoable change. */
  replace(text: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  showProblems(problems: readonly ContentProblem[]): void {
    const mine = problems.filter((p) => p.path === this.path);
    // Shown problems move with the text as it is typed, so the same list need not be set again.
    const key = JSON.stringify(mine);
    if (key === this.shown) return;
    this.shown = key;
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics(this.view.state.doc, mine)));
  }

  goTo(line: number, col: number): void {
    const at = offsetOf(this.view.state.doc, line, col);
    this.view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
    this.view.focus();
  }
}
