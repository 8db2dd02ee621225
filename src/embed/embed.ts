/**
 * The iframe page (dist/embed/index.html), for hosts that allow no scripts of their own, such as
 * SharePoint Online's Embed web part. Settings come from the query string; the page's height is
 * sent to the parent only when `?parent=` names an origin on the page's allow-list, and only to
 * that origin. Messages from anywhere else are ignored.
 */
import { isAllowedOrigin } from './allowed-origin.js';

const MESSAGE = 'support-finder:height';
const params = new URLSearchParams(location.search);
const widget = document.querySelector('support-finder');

if (widget) {
  for (const name of ['area', 'audience', 'heading-level']) {
    const value = params.get(name);
    if (value && /^[a-z0-9-]{1,40}$/.test(value)) widget.setAttribute(name, value);
  }
  // Content from this page's own origin only: a link cannot point the widget anywhere else.
  const src = params.get('src');
  if (src) {
    try {
      // The resolved address whole: its path alone ("//evil.example/pack.json" from
      // "/.//evil.example/pack.json") would be read again as an address on another site.
      const url = new URL(src, location.href);
      if (url.origin === location.origin && (url.protocol === 'https:' || url.protocol === 'http:'))
        widget.setAttribute('src', url.href);
    } catch {
      // Not an address: keep the bundled content.
    }
  }
}

const allowList = (document.querySelector('meta[name="support-finder-parents"]')?.getAttribute('content') ?? '')
  .split(/\s+/)
  .filter(Boolean);
const parentOrigin = params.get('parent') ?? '';
const framed = window.parent !== window;

/**
 * In a frame whose parent may not receive the height, says why in the console, naming what to
 * edit: the page cannot resize, and without this nothing would tell an intranet team why.
 */
function warnRefusedParent(): void {
  if (!framed || isAllowedOrigin(parentOrigin, allowList)) return;
  const framing = location.ancestorOrigins?.[0];
  const meta = '<meta name="support-finder-parents" content="..."> in embed/index.html';
  const listed = allowList.length ? allowList.join(' ') : '(nothing)';
  console.warn(
    parentOrigin
      ? `Support Finder: not sending this page's height to ${parentOrigin}, because it is not on the allow-list (${listed}). To allow it, add ${parentOrigin} to ${meta}.`
      : `Support Finder: not sending this page's height, because the frame's address has no ?parent=. Add ?parent=${encodeURIComponent(framing ?? 'https://your-site.example')} to the iframe's src, and list that origin in ${meta}.`,
  );
}
warnRefusedParent();

if (framed && isAllowedOrigin(parentOrigin, allowList)) {
  let last = 0;
  const send = () => {
    // The content's own height: documentElement.scrollHeight can never fall below the frame's
    // height, so a frame grown for a long result would never shrink again after Start again.
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: MESSAGE, height }, parentOrigin);
  };
  new ResizeObserver(send).observe(document.body);
  window.addEventListener('message', (event) => {
    // Only the named parent may ask for the height again; everything else is ignored.
    if (event.origin !== parentOrigin || event.source !== window.parent) return;
    if ((event.data as { type?: unknown } | null)?.type === 'support-finder:ping') {
      last = 0;
      send();
    }
  });
}

// In a fixed-height frame the page cannot grow, so each new step starts at the top. The widget
// moves focus to the new heading itself; this makes sure the frame scrolls there too.
for (const type of ['sf-start', 'sf-answer', 'sf-result', 'sf-restart'])
  widget?.addEventListener(type, () => requestAnimationFrame(() => window.scrollTo({ top: 0, behavior: 'instant' })));
