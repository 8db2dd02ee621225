/**
 * Optional script for the page that frames dist/embed/index.html: resizes the frame to fit.
 * Mark the frame with `data-support-finder`. Only messages that come from that frame's own
 * window and origin, and carry a sensible height, are used.
 */
const MESSAGE = 'support-finder:height';
const MAX_HEIGHT = 20_000;

window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== MESSAGE || typeof data.height !== 'number') return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-support-finder]')) {
    let origin = '';
    try {
      origin = new URL(frame.src, location.href).origin;
    } catch {
      continue;
    }
    if (event.source !== frame.contentWindow || event.origin !== origin) continue;
    if (Number.isFinite(data.height) && data.height > 0 && data.height <= MAX_HEIGHT)
      frame.style.height = `${Math.ceil(data.height)}px`;
  }
});
