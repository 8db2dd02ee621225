/**
 * A made-up council intranet theme, set only through the widget's documented `--sf-*` custom
 * properties, the way a host page would. Stories opt in with `parameters: { theme: 'heathland' }`;
 * the story frame (frame.ts) then carries the theme's class.
 */

export const THEME_CLASS = 'heathland-theme';

export const themeCss = `.${THEME_CLASS} {
  --sf-color-brand: #4a2574;
  --sf-color-text: #1f1f1f;
  --sf-color-text-secondary: #555555;
  --sf-color-link: #4a2574;
  --sf-color-link-visited: #6b1d5c;
  --sf-color-link-hover: #2a0f47;
  --sf-color-focus: #f9b233;
  --sf-color-focus-text: #1f1f1f;
  --sf-color-error: #b3261e;
  --sf-color-button: #1d5b79;
  --sf-color-button-shadow: #0e2f3f;
  --sf-color-border: #555555;
  --sf-color-border-light: #cfc8d8;
  --sf-color-surface: #fffdf8;
  --sf-color-surface-muted: #f3eef9;
  --sf-font-family: Georgia, 'Times New Roman', serif;
  --sf-font-size: 1.0625rem;
  --sf-max-width: 40em;
  --sf-radius: 0;
}`;

/** Adds the theme to the page's own stylesheet once, as a host page would have it. */
export function addThemeStylesheet(): void {
  if (document.getElementById(THEME_CLASS)) return;
  const style = document.createElement('style');
  style.id = THEME_CLASS;
  style.textContent = themeCss;
  document.head.append(style);
}

export const themed = { parameters: { theme: 'heathland' } };
