/**
 * The content editor page: open the content folder, edit, check, preview, save and publish, in
 * the browser alone. Tooling: it uses the widget, and the widget never imports it.
 *
 * `window.supportFinderEditor.open(handle)` hands the page a directory handle without the folder
 * dialog, for example the origin-private folder from `navigator.storage.getDirectory()`.
 */
import '../index.js';
import { render } from 'lit';
import { EditorApp } from './app.js';
import { page } from './view.js';

const root = document.getElementById('editor') ?? document.body;
const app = new EditorApp(() => draw());

function draw(): void {
  render(
    page(app, {
      pick: () => void pick(),
      files: (e) => {
        const list = (e.target as HTMLInputElement).files;
        if (list?.length) void app.openFiles(list);
      },
    }),
    root,
  );
}

async function pick(): Promise<void> {
  try {
    const picker = (window as unknown as { showDirectoryPicker: (o: object) => Promise<FileSystemDirectoryHandle> })
      .showDirectoryPicker;
    await app.openHandle(await picker({ id: 'support-finder-content', mode: 'readwrite' }));
  } catch (error) {
    // Closing the dialog is not a mistake; anything else is said in words.
    if ((error as Error).name !== 'AbortError') {
      app.status = `The folder could not be opened: ${(error as Error).message}`;
      draw();
    }
  }
}

draw();
app.attachEditor(document.getElementById('code')!);
addEventListener('beforeunload', (e) => {
  if (app.changed.length) e.preventDefault();
});

declare global {
  interface Window {
    supportFinderEditor: { open: (handle: FileSystemDirectoryHandle) => Promise<void>; app: EditorApp };
  }
}
window.supportFinderEditor = { open: (handle) => app.openHandle(handle), app };
