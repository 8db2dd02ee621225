import { css } from 'lit';

export const styles = css`
  .area {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin-bottom: 1.5em;
  }
  .area label {
    font-weight: 600;
  }
  select {
    min-height: 2.5em;
    max-width: 100%;
    padding: 0.25em;
    border: 2px solid var(--_border);
    border-radius: 0;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  select:focus-visible {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .button.small {
    margin: 0;
    padding: 0.25em 0.75em;
    min-height: 2.5em;
  }
  .contacts {
    list-style: none;
    padding: 0;
  }
  .contact {
    margin-bottom: 1em;
    padding: 1em 1.25em;
    border: 1px solid var(--_border-light);
    border-top: 4px solid var(--_blue);
    background: var(--_surface);
  }
  .contact__org {
    margin-top: -0.5em;
  }
  .channels {
    list-style: none;
    padding: 0;
  }
  .channels a {
    overflow-wrap: anywhere;
  }
  .reviewed {
    font-size: 1em;
    margin-bottom: 0;
  }
  @media print {
    .contact {
      break-inside: avoid;
      border-color: #000;
    }
  }
`;
