import { LitElement, html, nothing } from 'lit';
import type { Contact, Labels } from '../../content/schema.js';
import type { ContactCard, ContactListView } from '../../guide/views.js';
import { shared } from '../../styles/shared.js';
import { heading } from '../heading.js';
import { renderLink, renderRich } from '../rich-text/rich-text.js';
import { Sender } from '../sender.js';
import { styles } from './contact-list.styles.js';

/**
 * Contacts for the suggested support, grouped local, then regional, then national, with a way
 * to show another area's contacts.
 *
 * @csspart contact - each contact card
 *
 * @tagname sf-contact-list
 */
export class SfContactList extends LitElement {
  static override styles = [shared, styles];
  static override properties = {
    view: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    idPrefix: { attribute: 'id-prefix' },
  };

  /** What the list shows, from `selectResultView`. */
  view?: ContactListView;
  headingLevel = 2;
  idPrefix = 'sf';

  private readonly actor = new Sender(this);

  /** One delegated listener: a link followed by mouse, keyboard or touch all arrive as clicks. */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    root.addEventListener('click', (event) => trackContact(event, this.actor));
    return root;
  }

  override render() {
    const v = this.view;
    if (!v) return nothing;
    const l = v.labels;
    // The heading takes focus when the result page's link to the contacts is followed.
    return html`
      ${heading(this.headingLevel, l.contactsTitle, { className: 'heading heading-m', focusable: true })}
      ${v.areas.length ? this.renderAreaPicker(v) : nothing}
      ${
        v.groups.length
          ? v.groups.map(
              (group) => html`
                <section class="group">
                  ${heading(this.headingLevel + 1, group.heading, 'heading heading-s')}
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

  private renderAreaPicker(v: ContactListView) {
    const id = `${this.idPrefix}-area`;
    return html`
      <form class="area no-print" @submit=${this.changeArea}>
        <label for=${id}>${v.labels.areaLabel}</label>
        <select id=${id} name="area">
          ${v.areas.map((a) => html`<option value=${a.id} ?selected=${a.id === v.area}>${a.name}</option>`)}
        </select>
        <button class="button secondary small" type="submit">${v.labels.changeArea}</button>
      </form>
    `;
  }

  private renderContact({ contact: c, offers, provenance }: ContactCard, l: Labels) {
    return html`
      ${heading(this.headingLevel + 2, c.name, 'heading heading-s contact__name')}
      <p class="secondary contact__org">${c.organisation}</p>
      ${c.serves ? html`<p class="serves"><strong>${l.serves}:</strong> ${c.serves}</p>` : nothing}
      ${renderRich(c.body, { headingLevel: this.headingLevel + 3, newTab: l.newTab })}
      ${offers.length ? html`<p class="offers"><strong>${l.offers}:</strong> ${offers.join(', ')}</p>` : nothing}
      ${channels(c, l)} ${provenance ? html`<p class="secondary reviewed">${provenance}</p>` : nothing}
    `;
  }

  /** Change area: the list re-renders for the new area, and focus stays on the button. */
  private changeArea(event: SubmitEvent): void {
    event.preventDefault();
    const select = (event.target as HTMLFormElement).elements.namedItem('area') as HTMLSelectElement;
    this.actor.send({ type: 'area.set', areaId: select.value });
  }
}

/** A contact's web address, e-mail and phone, as links the click listener below recognises. */
export const channels = (c: Contact, l: Labels) => html`
  <ul class="channels" data-contact=${c.id}>
    ${c.website ? html`<li data-channel="website">${l.website}: ${renderLink(c.website, displayUrl(c.website), l.newTab)}</li>` : nothing}
    ${c.email ? html`<li data-channel="email">${l.email}: ${renderLink(`mailto:${c.email}`, c.email, l.newTab)}</li>` : nothing}
    ${c.phone ? html`<li data-channel="phone">${l.phone}: ${renderLink(`tel:${c.phone.replace(/[^+\d]/g, '')}`, c.phone, l.newTab)}</li>` : nothing}
  </ul>
`;

/** Tells the actor a contact link was followed: ids only, never the person's answers. */
export function trackContact(event: Event, actor: Sender): void {
  const link = (event.target as Element).closest('a');
  const item = link?.closest<HTMLElement>('[data-channel]');
  const list = item?.closest<HTMLElement>('[data-contact]');
  const channel = item?.dataset['channel'];
  if (list?.dataset['contact'] && (channel === 'website' || channel === 'email' || channel === 'phone'))
    actor.send({ type: 'contact.follow', contactId: list.dataset['contact'], channel });
}

/** Web addresses shown without the scheme, as people would say them. */
const displayUrl = (url: string) => url.replace(/^https:\/\//, '').replace(/\/$/, '');
