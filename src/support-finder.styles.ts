import { css } from 'lit';

export const styles = css`
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: 2em;
  }
  sf-journey,
  .failure {
    flex: 1 1 28em;
    min-width: 0;
  }
  .failure {
    padding: 1em 1.25em;
    border-inline-start: 8px solid var(--_blue);
    background: var(--_surface-muted);
  }
  .problems {
    flex: 1 1 20em;
    padding: 1em;
    border: 4px solid var(--_error);
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 1em;
    overflow-wrap: anywhere;
  }
  .problems .warning {
    color: var(--_text-secondary);
  }
`;
