/**
 * Resolves once the browser has painted the next frame: work started then cannot hold up what
 * that frame shows. A frame callback runs just before a paint, so the task it queues runs just
 * after. A hidden tab paints no frames; the timer then resolves it anyway.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }),
    );
  });
}
