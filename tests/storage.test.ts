import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { createStore, forgetPageMemory, STORAGE_PREFIX } from '../src/internal/storage.js';
import { memoryStorage, useStorage } from './helpers/isolated-storage.js';

/*
 * The store behind the timer and the checklist: what the page keeps when storage fails, what two
 * instances (or two copies of the library) on one page share, and what happens to data written by a
 * newer version in another tab.
 */

interface Count {
  count: number;
}
const validate = (data: unknown): Count | null =>
  typeof data === 'object' && data !== null && typeof (data as Count).count === 'number' ? { count: (data as Count).count } : null;
// A new name for every case: each warning is given once per page, key and reason.
let name = 'probe';
let cases = 0;
const open = (version = 2) => createStore<Count>({ name, version, validate });
let KEY = `${STORAGE_PREFIX}${name}`;

let storage: Storage;
let warn: sinon.SinonStub;
beforeEach(() => {
  cases += 1;
  name = `probe-${cases}`;
  KEY = `${STORAGE_PREFIX}${name}`;
  storage = memoryStorage();
  useStorage(() => storage);
  warn = sinon.stub(console, 'warn');
});
afterEach(() => sinon.restore());

/** Another tab writes the key: the page gets the `storage` event that tab's write causes. */
function otherTab(text: string | null): void {
  const oldValue = storage.getItem(KEY);
  if (text === null) storage.removeItem(KEY);
  else storage.setItem(KEY, text);
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, oldValue, newValue: text }));
}

describe('the store, when storage is blocked or full', () => {
  it('keeps one value per page and key: a second store, and a store made again, see it', () => {
    useStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const first = open();
    expect(first.save({ count: 3 })).to.equal(false);
    expect(first.memoryOnly).to.equal(true);
    const second = open();
    expect(second.memoryOnly).to.equal(true);
    expect(second.load()).to.deep.equal({ count: 3 });
    // A widget moved to another parent makes its store again: nothing is lost.
    expect(open().load()).to.deep.equal({ count: 3 });
    expect(warn.callCount).to.equal(1);
  });

  it('keeps what was saved when storage becomes full, for every store of the key', () => {
    const first = open();
    first.save({ count: 1 });
    sinon.stub(storage, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    expect(first.save({ count: 2 })).to.equal(false);
    expect(open().load()).to.deep.equal({ count: 2 });
    expect(storage.getItem(KEY)).to.contain('"count":1');
  });

  it('is shared through a registered symbol, so every copy of the library on the page uses it', () => {
    useStorage(() => null as unknown as Storage);
    open().save({ count: 9 });
    const registry = (globalThis as Record<symbol, Map<string, { text: string | null }> | undefined>)[
      Symbol.for('back-spasm-widgets.storage')
    ];
    expect(registry?.get(KEY)?.text).to.contain('"count":9');
  });

  it('is forgotten by forgetPageMemory, as on a fresh page', () => {
    useStorage(() => null as unknown as Storage);
    open().save({ count: 9 });
    forgetPageMemory();
    useStorage(() => storage);
    expect(open().load()).to.equal(null);
    expect(open().memoryOnly).to.equal(false);
  });
});

describe('the store, with two instances on one page', () => {
  for (const blocked of [false, true]) {
    it(`passes one instance's save to the others${blocked ? ', with storage blocked' : ''}`, () => {
      if (blocked) {
        useStorage(() => {
          throw new DOMException('blocked', 'SecurityError');
        });
      }
      const one = open();
      const two = open();
      const seenByOne: (Count | null)[] = [];
      const seenByTwo: (Count | null)[] = [];
      const stopOne = one.subscribe((value) => seenByOne.push(value));
      const stopTwo = two.subscribe((value) => seenByTwo.push(value));
      two.save({ count: 5 });
      expect(seenByOne).to.deep.equal([{ count: 5 }]);
      expect(seenByTwo, 'no echo to the saver').to.deep.equal([]);
      one.clear();
      expect(seenByTwo).to.deep.equal([null]);
      stopOne();
      stopTwo();
      two.save({ count: 6 });
      expect(seenByOne).to.have.length(1);
    });
  }
});

describe('the store, with a newer format from another tab', () => {
  const newer = JSON.stringify({ v: 3, data: { count: 100, more: true } });

  it('keeps showing and keeping what this page has, warns once, and never overwrites the newer data', () => {
    const store = open();
    store.save({ count: 4 });
    const seen: (Count | null)[] = [];
    store.subscribe((value) => seen.push(value));
    otherTab(newer);
    expect(seen).to.deep.equal([{ count: 4 }]);
    expect(store.memoryOnly).to.equal(true);
    expect(store.load()).to.deep.equal({ count: 4 });
    expect(store.save({ count: 5 })).to.equal(false);
    expect(store.load()).to.deep.equal({ count: 5 });
    expect(storage.getItem(KEY)).to.equal(newer);
    // Another tab's later writes no longer change this page, which now keeps its own.
    otherTab(JSON.stringify({ v: 2, data: { count: 0 } }));
    expect(seen).to.have.length(1);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('newer version').and.to.contain('format 3');
  });

  it('keeps what this page read when it had saved nothing itself', () => {
    storage.setItem(KEY, JSON.stringify({ v: 2, data: { count: 7 } }));
    const store = open();
    expect(store.load()).to.deep.equal({ count: 7 });
    const seen: (Count | null)[] = [];
    store.subscribe((value) => seen.push(value));
    otherTab(newer);
    expect(seen).to.deep.equal([{ count: 7 }]);
    expect(storage.getItem(KEY)).to.equal(newer);
  });

  it('on load, leaves newer data alone and starts empty, with one warning', () => {
    storage.setItem(KEY, newer);
    const store = open();
    expect(store.load()).to.equal(null);
    store.save({ count: 1 });
    expect(storage.getItem(KEY)).to.equal(newer);
    expect(open().load()).to.deep.equal({ count: 1 });
    expect(warn.callCount).to.equal(1);
  });

  it('keeps this page on what it has when another tab writes data that is not valid', () => {
    const store = open();
    store.save({ count: 2 });
    const seen: (Count | null)[] = [];
    store.subscribe((value) => seen.push(value));
    otherTab('{not json');
    expect(seen).to.deep.equal([{ count: 2 }]);
    expect(warn.callCount).to.equal(1);
  });

  it('tells every instance on the page, whichever hears the other tab first', () => {
    const one = open();
    const two = open();
    one.save({ count: 6 });
    const seen: string[] = [];
    one.subscribe((value) => seen.push(`one ${value?.count}`));
    two.subscribe((value) => seen.push(`two ${value?.count}`));
    otherTab(newer);
    expect(seen).to.deep.equal(['one 6', 'two 6']);
    expect(two.memoryOnly).to.equal(true);
  });

  it('follows another tab that clears the value, or clears all storage', () => {
    const store = open();
    store.save({ count: 2 });
    const seen: (Count | null)[] = [];
    store.subscribe((value) => seen.push(value));
    otherTab(JSON.stringify({ v: 2, data: { count: 3 } }));
    otherTab(null);
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(seen).to.deep.equal([{ count: 3 }, null, null]);
  });
});

describe('the store, with an older format', () => {
  it('reads it through migrate, and without migrate does not use it', () => {
    storage.setItem(KEY, JSON.stringify({ v: 1, data: { total: 8 } }));
    const migrate = (version: number, data: unknown) => (version === 1 ? { count: (data as { total: number }).total } : null);
    expect(createStore<Count>({ name, version: 2, validate, migrate }).load()).to.deep.equal({ count: 8 });
    forgetPageMemory();
    expect(open().load()).to.equal(null);
    expect(String(warn.lastCall.args[0])).to.contain('not valid');
  });
});
