import { css } from 'lit';

/** NHS.UK frontend radios, error summary and back link, sized in em from the host's 16px floor. */
export const styles = css`
  .progress {
    display: block;
    margin-bottom: 0.5em;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    max-width: 100%;
    white-space: normal;
  }
  legend .heading {
    margin-bottom: 0.5em;
  }
  .form-group {
    margin-bottom: 1.5em;
  }
  .form-group--error {
    padding-inline-start: 1em;
    border-inline-start: 4px solid var(--_error);
  }
  .error-message {
    color: var(--_error);
    font-weight: 600;
    margin-bottom: 1em;
  }
  .error-summary {
    margin-bottom: 2em;
    padding: 1em;
    border: 4px solid var(--_error);
  }
  .error-summary:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 4px var(--_focus-text);
  }
  .error-summary__title {
    font-size: 1.375em;
    margin-top: 0;
  }
  .error-summary__list {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .error-summary__list a {
    color: var(--_error);
    font-weight: 600;
  }
  .radios {
    margin-top: 1em;
  }
  .radio {
    position: relative;
    display: block;
    min-height: 2.5em;
    margin-bottom: 0.5em;
    padding-inline-start: 2.5em;
    clear: left;
  }
  .radio__input {
    position: absolute;
    z-index: 1;
    top: 0;
    inset-inline-start: 0;
    width: 2.5em;
    height: 2.5em;
    margin: 0;
    cursor: pointer;
    opacity: 0;
  }
  .radio__label {
    display: inline-block;
    padding: 0.5em 0.75em 0.25em;
    cursor: pointer;
    touch-action: manipulation;
  }
  .radio__label::before {
    content: '';
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    width: 2.5em;
    height: 2.5em;
    box-sizing: border-box;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
  }
  .radio__label::after {
    content: '';
    position: absolute;
    top: 0.625em;
    inset-inline-start: 0.625em;
    width: 0;
    height: 0;
    border: 0.625em solid var(--_text);
    border-radius: 50%;
    opacity: 0;
    background: var(--_text);
  }
  .radio__hint {
    display: block;
    padding: 0 0.75em;
  }
  .radio__input:checked + .radio__label::after {
    opacity: 1;
  }
  .radio__input:focus-visible + .radio__label::before {
    border: 4px solid var(--_text);
    box-shadow: 0 0 0 4px var(--_focus);
  }
  @media (forced-colors: active) {
    .radio__input {
      opacity: 1;
      accent-color: auto;
    }
    .radio__label::before,
    .radio__label::after {
      display: none;
    }
    .radio__input:focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
  }
  @media print {
    .back-link,
    .button {
      display: none;
    }
  }
`;
