import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { provenanceText, selectContacts, selectHelp } from '../../src/contacts/select.js';
import type { Contact, Guide } from '../../src/content/schema.js';
import { minimalGuide } from '../fixtures/guides.js';

const areas: Guide['areas'] = [
  { id: 'town', name: 'Town', within: 'region' },
  { id: 'region', name: 'Region', within: 'country' },
  { id: 'country', name: 'Country' },
  { id: 'abroad', name: 'Abroad' },
];
const help: Guide['help'] = [
  { audiences: ['visitor'], body: ['visitors'] },
  { areas: ['town'], audiences: ['staff'], body: ['town staff'] },
  { areas: ['region'], body: ['region'] },
  { body: ['everyone'] },
];

describe('selectHelp', () => {
  test('the first line whose areas (or a larger area) and audiences match wins', () => {
    assert.deepEqual(selectHelp({ areas, help }, 'town', 'staff'), ['town staff']);
    assert.deepEqual(selectHelp({ areas, help }, 'town', 'other'), ['region'], 'town sits within region');
    assert.deepEqual(selectHelp({ areas, help }, 'region', 'staff'), ['region']);
    assert.deepEqual(selectHelp({ areas, help }, 'town', 'visitor'), ['visitors'], 'earlier lines come first');
  });

  test('a line limited to some people is not shown before the person has said who they are', () => {
    assert.deepEqual(selectHelp({ areas, help }, undefined, undefined), ['everyone']);
    assert.deepEqual(selectHelp({ areas, help }, undefined, 'staff'), ['everyone']);
    assert.deepEqual(selectHelp({ areas, help }, 'abroad', 'staff'), ['everyone']);
  });

  test('with no line at all, shows nothing', () =>
    assert.deepEqual(selectHelp({ areas, help: [] }, 'town', 'staff'), []));
});

describe('provenanceText', () => {
  const labels = { verified: 'Details checked {date}', source: 'Details from {source}' };
  const format = (d: string) => `on ${d}`;
  test('says "checked" only when a person verified the details', () => {
    assert.equal(
      provenanceText({ verified: '2026-10-01', sources: [{ title: 'A guide' }] }, labels, format),
      'Details checked on 2026-10-01',
    );
  });
  test('otherwise names the documents and sections the details come from', () => {
    assert.equal(
      provenanceText(
        { sources: [{ title: 'A guide', section: '10, Contacts' }, { title: 'An article' }] },
        labels,
        format,
      ),
      'Details from A guide (10, Contacts); An article',
    );
  });
  test('says nothing when nobody verified them and no source is named', () =>
    assert.equal(provenanceText({}, labels, format), undefined));
});

describe('selectContacts', () => {
  test('puts contacts that serve only some people after those open to everyone at the same level', () => {
    const guide = minimalGuide();
    const base = guide.contacts.find((c) => c.id === 'local')!;
    const narrow: Contact = { ...base, id: 'narrow', serves: 'Staff of one employer' };
    const contacts = [narrow, ...guide.contacts];
    const local = selectContacts({ areas: guide.areas, contacts }, 'alpha', 'here', 'staff').find(
      (g) => g.level === 'local',
    )!;
    assert.deepEqual(
      local.contacts.map((c) => c.id),
      ['local', 'narrow'],
    );
  });
});
