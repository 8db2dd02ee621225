/**
 * The iframe page's allow-list of parent origins, on its own: exact origins, and
 * `https://*.example.com` for subdomains over https only. Anything malformed is refused.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isAllowedOrigin } from '../../src/embed/allowed-origin.js';

const LIST = ['https://intranet.example.nhs.uk', 'https://*.sharepoint.com', 'http://localhost:8080'];

describe('isAllowedOrigin', () => {
  test('allows an exact origin, scheme and port included', () => {
    assert.equal(isAllowedOrigin('https://intranet.example.nhs.uk', LIST), true);
    assert.equal(isAllowedOrigin('http://localhost:8080', LIST), true);
    assert.equal(isAllowedOrigin('http://intranet.example.nhs.uk', LIST), false, 'other scheme');
    assert.equal(isAllowedOrigin('https://intranet.example.nhs.uk:8443', LIST), false, 'other port');
    assert.equal(isAllowedOrigin('http://localhost:8081', LIST), false);
  });

  test('allows any subdomain for a wildcard, over https on the default port only', () => {
    assert.equal(isAllowedOrigin('https://trust.sharepoint.com', LIST), true);
    assert.equal(isAllowedOrigin('https://a.b.sharepoint.com', LIST), true);
    assert.equal(isAllowedOrigin('https://sharepoint.com', LIST), false, 'the bare domain is not a subdomain');
    assert.equal(isAllowedOrigin('http://trust.sharepoint.com', LIST), false);
    assert.equal(isAllowedOrigin('https://trust.sharepoint.com:444', LIST), false);
    assert.equal(isAllowedOrigin('https://evilsharepoint.com', LIST), false, 'a look-alike suffix');
    assert.equal(isAllowedOrigin('https://sharepoint.com.evil.example', LIST), false);
  });

  test('refuses anything that is not exactly an origin', () => {
    for (const origin of [
      '',
      'null',
      'intranet.example.nhs.uk',
      'https://intranet.example.nhs.uk/',
      'https://intranet.example.nhs.uk/page',
      'https://user@intranet.example.nhs.uk',
      'HTTPS://INTRANET.EXAMPLE.NHS.UK',
    ])
      assert.equal(isAllowedOrigin(origin, LIST), false, origin);
  });

  test('allows nothing with an empty list', () => {
    assert.equal(isAllowedOrigin('https://intranet.example.nhs.uk', []), false);
  });
});
