/**
 * Resume storage in a real browser: session storage always, local storage only when the person
 * asks to be remembered, clearing both, and storage that throws (as in a sandboxed frame or
 * with site data blocked) turning resume off without an error.
 */
import { expect } from '@open-wc/testing';
import { clearSaved, readSaved, writeSaved } from '../../src/persistence/storage.js';

const KEY = 'sf-storage-test';

/** Makes `window[kind]` throw on access, as a browser blocking site data does, until restored. */
function block(kind: 'sessionStorage' | 'localStorage'): () => void {
  const own = Object.getOwnPropertyDescriptor(window, kind);
  Object.defineProperty(window, kind, {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  return () => {
    if (own) Object.defineProperty(window, kind, own);
    else delete (window as unknown as Record<string, unknown>)[kind];
  };
}

describe('resume storage', () => {
  afterEach(() => {
    sessionStorage.removeItem(KEY);
    localStorage.removeItem(KEY);
  });

  it('keeps answers in session storage only, unless the person asks to be remembered', () => {
    writeSaved(KEY, { answers: ['staff', 'broad'], result: false, remember: false });
    expect(JSON.parse(sessionStorage.getItem(KEY)!)).to.deep.equal({
      v: 1,
      answers: ['staff', 'broad'],
      result: false,
      remember: false,
    });
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(readSaved(KEY)).to.deep.equal({ answers: ['staff', 'broad'], result: false, remember: false });
  });

  it('writes local storage when remembered, and removes it again when no longer', () => {
    writeSaved(KEY, { answers: ['staff'], result: true, remember: true });
    expect(JSON.parse(localStorage.getItem(KEY)!).answers).to.deep.equal(['staff']);
    sessionStorage.removeItem(KEY);
    expect(readSaved(KEY), 'read back from local storage after the session ends').to.deep.equal({
      answers: ['staff'],
      result: true,
      remember: true,
    });
    writeSaved(KEY, { answers: ['staff'], result: true, remember: false });
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('prefers this session over what was remembered before', () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, answers: ['old'], result: true, remember: true }));
    sessionStorage.setItem(KEY, JSON.stringify({ v: 1, answers: ['new'], result: false, remember: true }));
    expect(readSaved(KEY)?.answers).to.deep.equal(['new']);
  });

  it('skips a tampered entry and reads the other store', () => {
    sessionStorage.setItem(KEY, '{"v":1,"answers":["<b>"]}');
    localStorage.setItem(KEY, JSON.stringify({ v: 1, answers: ['staff'], result: false, remember: true }));
    expect(readSaved(KEY)?.answers).to.deep.equal(['staff']);
  });

  it('clears both stores', () => {
    writeSaved(KEY, { answers: ['staff'], result: false, remember: true });
    clearSaved(KEY);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(readSaved(KEY)).to.equal(undefined);
  });

  it('turns resume off, without throwing, when storage is blocked', () => {
    const restoreSession = block('sessionStorage');
    const restoreLocal = block('localStorage');
    try {
      expect(() => writeSaved(KEY, { answers: ['staff'], result: false, remember: true })).not.to.throw();
      expect(readSaved(KEY)).to.equal(undefined);
      expect(() => clearSaved(KEY)).not.to.throw();
    } finally {
      restoreSession();
      restoreLocal();
    }
    expect(sessionStorage.getItem(KEY), 'nothing was written past the block').to.equal(null);
  });

  it('still remembers on this device when only session storage is blocked', () => {
    const restore = block('sessionStorage');
    try {
      writeSaved(KEY, { answers: ['staff'], result: false, remember: true });
      expect(readSaved(KEY)?.answers).to.deep.equal(['staff']);
    } finally {
      restore();
    }
  });
});
