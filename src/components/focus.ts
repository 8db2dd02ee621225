/**
 * Moves focus to a new page's heading (or the error summary), and scrolls it into view at once.
 * A host page with `scroll-behavior: smooth` would otherwise animate the scroll, and the new
 * page laid out during the animation leaves the focused heading far out of view. The heading's
 * `scroll-margin-top` (`--sf-scroll-offset`) keeps it clear of a sticky host header.
 */
export function moveFocus(target: HTMLElement | null | undefined): void {
  if (!target) return;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start', inline: 'nearest', behavior: 'instant' });
}

/** A page the journey can move focus into. */
export interface FocusablePage extends HTMLElement {
  focusTarget(): HTMLElement | null;
  focusError?(): HTMLElement | null;
  updateComplete: Promise<boolean>;
  /** For a page that renders in parts: resolves once the part holding the focus target has. */
  firstPartComplete?: Promise<boolean>;
}
