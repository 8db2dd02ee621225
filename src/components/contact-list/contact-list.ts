import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Area, Contact, Labels } from '../../content/schema.js';
import { provenanceText, type ContactGroup } from '../../contacts/select.js';
import { SfActionEvent, SfContactEvent } from '../../events/events.js';
import { shared } from '../../styles/shared.js';
import { formatDate } from '../format.js';
import { heading } from '../heading.js';
import { renderLink, renderRich } from '../rich-text/rich-text.js';
import { styles } from './contact-list.styles.js';

/**
 * Contacts for the suggested support, grouped local, then regional, then national, with a way
 * to show another area's contacts.
 *
 * @fires sf-action - internal: area.set (does not leave the widget)
 * @fires sf-contact - when a contact's website, e-mail or phone link is followed
 * @csspart contact - each contact card
 *
 * @tagname sf-contact-list
 */
export class SfContactList extends LitElement {
  static override styles = [shared, styles];

  @property({ attribute: false }) groups: ContactGroup[] = [];
  @property({ attribute: false }) labels?: Labels;
  @property({ attribute: false }) areas: Area[] = [];
  /** Outcome titles by id, to say what each contact offers. */
  @property({ attribute: false }) outcomeTitles: Record<string, string> = {};
  @property() area?: string;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  @property({ attribute: 'id-prefix' }) idPrefix = 'sf';
  /** Locale for dates. */
  @property() locale = 'en-GB';

  /** One delegated listener: a link followed by mouse, keyboard or touch all arrive as clicks. */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    root.addEventListener('click', (event) => this.track(event));
    return root;
  }

  override render() {
    const l = this.labels;
    if (!l) return nothing;
    const levelName = { local: l.contactsLocal, regional: l.contactsRegional, national: l.contactsNational };
    return html`
      ${heading(this.headingLevel, l.contactsTitle, 'heading heading-m')}
      ${this.areas.length > 1 ? this.renderAreaPicker(l) : nothing}
      ${
        this.groups.length
          ? this.groups.map(
              (group) => html`
                <section class="group">
                  ${heading(this.headingLevel + 1, levelName[group.level], 'heading heading-s')}
                  <ul class="contacts">
                    ${group.contacts.map((c) => html`<li class="contact" part="contact">${this.renderContact(c, l)}</li>`)}
                  </ul>
                </section>
              `,
            )
          : html`<p>${l.noContacts}</p>`
      }
    `;
  }

  private renderAreaPicker(l: Labels) {
    const id = `${this.idPrefix}-area`;
    return html`
      <form class="area no-print" @submit=${this.changeArea}>
        <label for=${id}>${l.areaLabel}</label>
        <select id=${id} name="area">
          ${this.areas.map((a) => html`<option value=${a.id} ?selected=${a.id === this.area}>${a.name}</option>`)}
        </select>
        <button class="button secondary small" type="submit">${l.changeArea}</button>
      </form>
    `;
  }

  private renderContact(c: Contact, l: Labels) {
    const provenance = provenanceText(c, l, (date) => formatDate(date, this.locale));
    return html`
      ${heading(this.headingLevel + 2, c.name, 'heading heading-s contact__name')}
      <p class="secondary contact__org">${c.organisation}</p>
      ${c.serves ? html`<p class="serves"><strong>${l.serves}:</strong> ${c.serves}</p>` : nothing}
      ${renderRich(c.body, { headingLevel: this.headingLevel + 3, newTab: l.newTab })} ${this.renderOffers(c, l)}
      <ul class="channels" data-contact=${c.id}>
        ${c.website ? html`<li data-channel="website">${l.website}: ${renderLink(c.website, displayUrl(c.website), l.newTab)}</li>` : nothing}
        ${c.email ? html`<li data-channel="email">${l.email}: ${renderLink(`mailto:${c.email}`, c.email, l.newTab)}</li>` : nothing}
        ${c.phone ? html`<li data-channel="phone">${l.phone}: ${renderLink(`tel:${c.phone.replace(/[^+\d]/g, '')}`, c.phone, l.newTab)}</li>` : nothing}
      </ul>
      ${provenance ? html`<p class="secondary reviewed">${provenance}</p>` : nothing}
    `;
  }

  private renderOffers(c: Contact, l: Labels) {
    const titles = c.offers.map((id) => this.outcomeTitles[id]).filter(Boolean);
    return titles.length ? html`<p class="offers"><strong>${l.offers}:</strong> ${titles.join(', ')}</p>` : nothing;
  }

  /** Tells the host a contact link was followed: ids only, never the person's answers. */
  private track(event: Event): void {
    const link = (event.target as Element).closest('a');
    const item = link?.closest<HTMLElement>('[data-channel]');
    const list = item?.closest<HTMLElement>('[data-contact]');
    const channel = item?.dataset['channel'];
    if (list?.dataset['contact'] && (channel === 'website' || channel === 'email' || channel === 'phone'))
      this.dispatchEvent(new SfContactEvent(list.dataset['contact'], channel));
  }

  private changeArea(event: SubmitEvent): void {
    event.preventDefault();
    const select = (event.target as HTMLFormElement).elements.namedItem('area') as HTMLSelectElement;
    this.dispatchEvent(new SfActionEvent({ type: 'area.set', areaId: select.value }));
  }
}

/** Web addresses shown without the scheme, as people would say them. */
const displayUrl = (url: string) => url.replace(/^https:\/\//, '').replace(/\/$/, '');
