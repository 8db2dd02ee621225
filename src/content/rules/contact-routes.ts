/**
 * How people reach a contact: a website that is a safe https:// link (bad-url, or the link
 * rule's own), a valid e-mail address (bad-email) and phone number (bad-phone), and at least one
 * way in (no-contact-route).
 */
import { checkHref, isEmail, isHttpsUrl, isPhone } from '../links.js';
import { locate } from '../positions.js';
import type { Rule } from './context.js';

export const contactRoutes: Rule = ({ parsed, report }) => {
  for (const { file, value: c } of parsed.contacts) {
    if (c.website) {
      // The same rule as every other link, so what passes here is what the widget will link.
      const verdict = checkHref(c.website);
      if (!verdict.ok || !isHttpsUrl(c.website))
        report(
          file,
          locate(file, ['website']),
          'error',
          verdict.ok ? `"${c.website}" is not a complete https:// web address.` : verdict.message,
          verdict.ok ? 'bad-url' : verdict.rule,
        );
    }
    if (c.email && !isEmail(c.email))
      report(
        file,
        locate(file, ['email']),
        'error',
        `"${c.email}" is not a valid e-mail address. Write it like name@nhs.net.`,
        'bad-email',
      );
    if (c.phone && !isPhone(c.phone))
      report(
        file,
        locate(file, ['phone']),
        'error',
        `"${c.phone}" is not a valid phone number. Use digits and spaces, like "0116 258 5000".`,
        'bad-phone',
      );
    if (!c.website && !c.email && !c.phone && !c.body.length)
      report(
        file,
        locate(file, ['id']),
        'error',
        'people have no way to reach this contact. Add a website, email or phone, or say how in the text below the settings.',
        'no-contact-route',
      );
  }
};
