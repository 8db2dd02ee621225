// The content editor page under `npm start`; `npm run build` ships the same page as dist/editor/.
import '../src/editor/editor.css';
import '../src/editor/main.js';

// The dev server reloads its pages when a content file changes, which is right for the demo pages
// but would close the folder the editor has open each time it saves. Vite reloads only the page
// a reload names, so name one that is not this page.
import.meta.hot?.on('vite:beforeFullReload', (payload: { path?: string }) => {
  payload.path = '/not-the-editor.html';
});
