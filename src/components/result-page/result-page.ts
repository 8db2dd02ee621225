import { LitElement, html, nothing } from 'lit';
import type { Contact, Labels } from '../../content/schema.js';
import type { ResultView } from '../../guide/views.js';
import { shared } from '../../styles/shared.js';
import { format } from '../format.js';
import { heading } from '../heading.js';
import { backLink } from '../back-link.js';
import { renderRich } from '../rich-text/rich-text.js';
import { Sender } from '../sender.js';
import { moveFocus } from '../focus.js';
import { afterPaint } from '../after-paint.js';
import { channels, trackContact, type SfContactList } from '../contact-list/contact-list.js';
import { styles } from './result-page.styles.js';

/**
 * The result: the suggested support in plain words with the first contact to approach and a link
 * to all the contacts, why, what else to consider, the longer guidance (what to expect, how to
 * prepare) behind disclosures, contacts, and the answers given (printed with the page).
 *
 * @csspart result - the suggestion panel
 * @csspart back-link - the Back link
 * @csspart contact - each contact card (forwarded from the contact lists)
 *
 * @tagname sf-result-page
 */
export class SfResultPage extends LitElement {
  static override styles = [shared, styles];
  static override properties = {
    view: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    idPrefix: { attribute: 'id-prefix' },
  };

  /** What the page shows, from `selectResultView`. */
  view?: ResultView;
  headingLevel = 2;
  idPrefix = 'sf';

  private readonly actor = new Sender(this);
  /**
   * The page renders in two parts. The first frame holds only what the person reads first: the
   * Back link, the suggestion panel and why it was suggested. Focus moves to its heading, and the
   * frame paints without laying out the rest. Everything below renders after that frame; until
   * then a placeholder keeps the help line below it, so nothing on screen moves.
   */
  private whole = false;
  private rest?: Promise<unknown>;

  /** The first step's links are contact links too: the host hears of them as of the list's. */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    root.addEventListener('click', (event) => trackContact(event, this.actor));
    return root;
  }

  protected override firstUpdated(): void {
    this.rest = afterPaint().then(() => {
      this.whole = true;
      this.requestUpdate();
      return super.getUpdateComplete();
    });
  }

  /** Resolves once the whole page has rendered, not only its first part. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.rest;
    return done;
  }

  /** Resolves once the first part, with the heading that takes focus, has rendered. */
  get firstPartComplete(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  focusTarget(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[tabindex="-1"]');
  }

  override render() {
    const v = this.view;
    if (!v) return nothing;
    const l = v.labels;
    const h = this.headingLevel;
    return html`
      ${backLink(l.back, () => this.actor.send({ type: 'nav.back' }))}
      <div class="panel" part="result">
        ${heading(h, format(l.resultTitle, { outcome: v.outcome.title }), { className: 'heading heading-l', focusable: true })}
        <p class="summary">${v.outcome.summary}</p>
        ${v.firstStep ? this.renderFirstStep(v.firstStep.contact, l) : nothing}
        <p class="no-print"><a href=${`#${this.idPrefix}-contacts`} @click=${this.toContacts}>${l.allContacts}</a></p>
      </div>
      ${v.clear ? nothing : html`<p>${l.noClearWinner}</p>`} ${this.renderReasons(l.whyTitle, v.reasonsFor, v.unsure)}
      ${this.whole ? this.renderRest(v) : html`<div class="pending"></div>`}
    `;
  }

  /** Everything after the reasons, rendered once the first part has been painted. */
  // Long on purpose: one Lit template, read top to bottom as the page shows; its markup is kept in one piece.
  private renderRest(v: ResultView) {
    const l = v.labels;
    const h = this.headingLevel;
    const rich = { headingLevel: h + 2, newTab: l.newTab };
    return html`
      ${this.renderReasons(l.againstTitle, v.reasonsAgainst, [])}
      ${
        v.runnerUp
          ? html`<section class="also">
              ${heading(h + 1, format(l.alsoConsider, { outcome: v.runnerUp.title }), 'heading heading-s')}
              <p>${v.runnerUp.summary}</p>
            </section>`
          : nothing
      }
      ${v.sections.map((s) =>
        s.folded
          ? html`<details>
              <summary>${s.heading}</summary>
              ${renderRich(s.body, rich)}
            </details>`
          : html`<section>
              ${s.heading ? heading(h + 1, s.heading, 'heading heading-m') : nothing}${renderRich(s.body, rich)}
            </section>`,
      )}
      ${
        v.wellbeing
          ? html`<div class="wellbeing">
              <p>${l.wellbeingNote}</p>
              <details>
                <summary>${l.wellbeingLink}</summary>
                <p>${v.wellbeing.summary}</p>
                <sf-contact-list
                  exportparts="contact"
                  .view=${v.wellbeing.contacts}
                  heading-level=${h + 1}
                  id-prefix=${`${this.idPrefix}-wellbeing`}
                ></sf-contact-list>
              </details>
            </div>`
          : nothing
      }
      <sf-contact-list
        class="later"
        id=${`${this.idPrefix}-contacts`}
        exportparts="contact"
        .view=${v.contacts}
        heading-level=${h + 1}
        id-prefix=${this.idPrefix}
      ></sf-contact-list>
      ${
        v.rows.length
          ? html`<section class="answers later">
              ${heading(h + 1, l.yourAnswers, 'heading heading-m')}
              <dl>
                ${v.rows.map(
                  (row) =>
                    html`<div>
                      <dt>${row.question.question}</dt>
                      <dd>${row.label}</dd>
                    </div>`,
                )}
              </dl>
            </section>`
          : nothing
      }
      <div class="checkbox no-print">
        <input
          type="checkbox"
          id=${`${this.idPrefix}-remember`}
          .checked=${v.remember}
          @change=${(e: Event) => this.actor.send({ type: 'storage.remember', remember: (e.target as HTMLInputElement).checked })}
        />
        <label for=${`${this.idPrefix}-remember`}>${l.remember}</label>
      </div>
      <div class="actions no-print">
        <button class="button secondary" type="button" @click=${() => this.actor.send({ type: 'result.print' })}>
          ${l.print}
        </button>
        <button class="button secondary" type="button" @click=${() => this.actor.send({ type: 'guide.restart' })}>
          ${l.restart}
        </button>
      </div>
    `;
  }

  /** The first contact in the list, with whom it serves and how to reach them. */
  private renderFirstStep(c: Contact, l: Labels) {
    return html`<div class="first-step">
      ${heading(this.headingLevel + 1, l.firstStep, 'heading heading-s')}
      <p><strong>${c.name}</strong>, ${c.organisation}</p>
      ${c.serves ? html`<p><strong>${l.serves}:</strong> ${c.serves}</p>` : nothing} ${channels(c, l)}
    </div>`;
  }

  /**
   * The link to the contacts. Its `href` alone would look for the id in the host page's
   * document, not in this shadow root, so the click moves focus (and the view) to the list's
   * heading itself, as a screen reader user and a sighted one would both expect.
   */
  private toContacts(event: Event): void {
    event.preventDefault();
    const list = () =>
      (this.renderRoot as ShadowRoot).getElementById(`${this.idPrefix}-contacts`) as SfContactList | null;
    const move = () => moveFocus(list()?.renderRoot.querySelector<HTMLElement>('[tabindex="-1"]'));
    if (this.whole) return move();
    // Pressed in the frame before the list has rendered: focus moves once it is there, unless
    // the page has gone by then (a list rendered into a page no longer shown never updates).
    void this.updateComplete
      .then(() => (this.isConnected ? list()?.updateComplete : undefined))
      .then(() => this.isConnected && move())
      .catch(() => undefined);
  }

  private renderReasons(title: string, reasons: string[], notes: string[]) {
    if (!reasons.length && !notes.length) return nothing;
    return html`<section class="reasons">
      ${heading(this.headingLevel + 1, title, 'heading heading-m')}
      <ul>
        ${reasons.map((reason) => html`<li>${reason}</li>`)}
        ${notes.map((note) => html`<li class="secondary">${note}</li>`)}
      </ul>
    </section>`;
  }
}
