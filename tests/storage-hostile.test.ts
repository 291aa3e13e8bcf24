import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { en } from '../src/content/en.js';
import { createStore, forgetPageMemory, STORAGE_PREFIX } from '../src/internal/storage.js';
import { parseState, type ChecklistState } from '../src/prevention/index.js';
import type { IceHeatTimer } from '../src/ice-heat-timer/index.js';
import '../src/prevention-checklist/index.js';
import type { PreventionChecklist } from '../src/prevention-checklist/index.js';
import { addModule } from './helpers/frames.js';
import { memoryStorage, useStorage } from './helpers/isolated-storage.js';
import { tap } from './helpers/real-input.js';

/*
 * Saved ticks and timer sessions come back after a reload whatever the host page has done to
 * Array.prototype, Object.prototype or JSON: Prototype.js and old plugins give arrays a `toJSON`,
 * some scripts give every object one, wrap JSON.stringify (to scrub what it writes) or JSON.parse
 * (to turn dates back into Date objects), or add properties to Object.prototype.
 */

type Realm = Window & typeof globalThis;
interface Hostile {
  name: string;
  /** Does it to a window; returns the function that undoes it. */
  apply: (win: Realm) => () => void;
}

/** Defines a property on a prototype, as the page's script would; returns its undoing. */
function define(target: object, key: string, value: unknown, enumerable: boolean): () => void {
  Object.defineProperty(target, key, { value, enumerable, configurable: true, writable: true });
  return () => delete (target as Record<string, unknown>)[key];
}

const hostile: Hostile[] = [
  {
    name: 'Array.prototype.toJSON (as Prototype.js 1.6 defines it)',
    apply: (win) =>
      define(
        win.Array.prototype,
        'toJSON',
        function (this: unknown[]) {
          return `[${this.map((item) => win.JSON.stringify(item)).join(', ')}]`;
        },
        true,
      ),
  },
  {
    name: 'Object.prototype.toJSON',
    apply: (win) =>
      define(
        win.Object.prototype,
        'toJSON',
        function (this: object) {
          return Array.isArray(this) ? this.length : Object.keys(this).join(' ');
        },
        false,
      ),
  },
  {
    name: 'a JSON.stringify wrapped to scrub fields named like personal data',
    apply: (win) => {
      const original = win.JSON.stringify;
      win.JSON.stringify = ((value: unknown, _replacer?: unknown, space?: string | number) =>
        original(value, (key, item: unknown) => (/^(data|name|email)$/.test(key) ? '[scrubbed]' : item), space)) as typeof JSON.stringify;
      return () => (win.JSON.stringify = original);
    },
  },
  {
    name: 'a JSON.parse wrapped to turn date text into Date objects (and ignore any reviver)',
    apply: (win) => {
      const original = win.JSON.parse;
      win.JSON.parse = ((text: string) =>
        original(text, (_key, item: unknown) =>
          typeof item === 'string' && /^\d{4}-\d\d-\d\d/.test(item) ? new win.Date(item) : item,
        ) as unknown) as typeof JSON.parse;
      return () => (win.JSON.parse = original);
    },
  },
];

describe('the store, on a page that changes Array.prototype, Object.prototype or JSON', () => {
  let storage: Storage;
  let warn: sinon.SinonStub;
  let cases = 0;
  let name = '';
  beforeEach(() => {
    cases += 1;
    name = `hostile-${cases}`;
    storage = memoryStorage();
    useStorage(() => storage);
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => sinon.restore());

  const sample = {
    day: '2026-12-07',
    ticked: ['water', 'relax'],
    history: [{ day: '2026-12-06', done: 2 }],
    nested: { list: [1, [2, 'three'], { deep: true }], none: null, quote: 'a "b" \\ c\n\u0001\u2028' },
  };
  const open = () => createStore<unknown>({ name, version: 2, validate: (data) => data });

  for (const { name: what, apply } of hostile) {
    it(`writes the text a clean page writes, and reads back the same data, with ${what}`, () => {
      const clean = JSON.stringify({ v: 2, data: sample });
      const undo = apply(window);
      let text: string | null;
      let loaded: unknown;
      let saved: boolean;
      try {
        saved = open().save(sample);
        text = storage.getItem(`${STORAGE_PREFIX}${name}`);
        forgetPageMemory();
        loaded = open().load();
      } finally {
        undo();
      }
      expect(saved).to.equal(true);
      expect(text).to.equal(clean);
      expect(JSON.stringify(loaded)).to.equal(JSON.stringify(sample));
      expect(warn.callCount).to.equal(0);
    });
  }

  it('reads checklist ticks saved in the first format when Object.prototype has a property named like a newer field', () => {
    const key = `${STORAGE_PREFIX}${name}`;
    const day = '2026-12-07';
    storage.setItem(key, JSON.stringify({ v: 1, data: { day, ticked: ['water'], history: [{ day, done: 1 }], streak: null } }));
    const store = createStore<ChecklistState>({
      name,
      version: 2,
      validate: parseState,
      migrate: (version, data) => (version === 1 ? parseState(data) : null),
    });
    const undo = define(Object.prototype, 'runs', 'from the page', false);
    let loaded: ChecklistState | null;
    try {
      loaded = store.load();
    } finally {
      undo();
    }
    expect(loaded?.ticked).to.deep.equal(['water']);
    expect(warn.callCount).to.equal(0);
  });

  it('refuses text that is not JSON as corrupt, and reads every JSON value', () => {
    const key = `${STORAGE_PREFIX}${name}`;
    for (const bad of ['{not json', '{"v":2,"data":1,}', '[1,]', '{"v":2} x', "{'v':2}", '{"v":2,"data":01}']) {
      forgetPageMemory();
      storage.setItem(key, bad);
      expect(open().load(), bad).to.equal(null);
      expect(open().memoryOnly, bad).to.equal(true);
    }
    forgetPageMemory();
    const good = { v: 2, data: { a: [], b: {}, c: -1.5e3, d: '\u00e9\ud83d\ude00', e: [true, false, null], '': 0 } };
    storage.setItem(key, ` ${JSON.stringify(good, null, 2)}\n`);
    expect(JSON.stringify(open().load())).to.equal(JSON.stringify(good.data));
    // "__proto__" is data like any other name: it neither changes nor reaches a prototype.
    forgetPageMemory();
    storage.setItem(key, '{"v":2,"data":{"__proto__":{"polluted":true}}}');
    const read = open().load() as Record<string, unknown>;
    expect(Object.keys(read)).to.deep.equal(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

/*
 * The widgets in a page of their own (a frame with its own copy of the library), with the change
 * made before the library loads, as a host page's scripts would; a reload is a new frame.
 */
describe('the widgets, reloaded on a page that changes Array.prototype, Object.prototype or JSON', () => {
  const CHECKLIST_KEY = 'back-spasm-widgets:prevention-checklist';
  const TIMER_KEY = 'back-spasm-widgets:ice-heat-timer';
  let frame: HTMLIFrameElement | null = null;
  /** The origin's real storage, as the framed pages use it (this page's is replaced for the store's tests). */
  const realStorage = () => (frame!.contentWindow as Realm).localStorage;
  const forget = () => {
    realStorage().removeItem(CHECKLIST_KEY);
    realStorage().removeItem(TIMER_KEY);
  };
  afterEach(() => {
    if (frame) forget();
    frame?.remove();
    frame = null;
  });

  /** Opens a page with the change made and the widget's module loaded; returns the widget. */
  async function openPage<T extends HTMLElement>(
    apply: Hostile['apply'],
    module: string,
    tag: string,
    warnings: string[],
    fresh: boolean,
  ): Promise<T> {
    frame?.remove();
    frame = document.createElement('iframe');
    frame.style.cssText = 'display: block; width: 600px; height: 700px; border: 0';
    const framed = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = '<!doctype html><html lang="en"><title>A host page</title></html>';
    document.body.append(frame);
    await framed;
    const win = frame.contentWindow as Realm;
    if (fresh) forget();
    win.console.warn = (message: unknown) => void warnings.push(String(message));
    apply(win);
    await addModule(frame.contentDocument as Document, module);
    const el = win.document.createElement(tag) as T;
    win.document.body.append(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    return el;
  }

  const checkbox = (el: PreventionChecklist, id: string) =>
    el.shadowRoot!.querySelector<HTMLInputElement>(`li[data-id="${id}"] input[type="checkbox"]`)!;

  for (const { name: what, apply } of hostile) {
    it(`keeps the checklist's ticks with ${what}`, async () => {
      const warnings: string[] = [];
      const first = await openPage<PreventionChecklist>(apply, '/src/prevention-checklist/index.ts', 'prevention-checklist', warnings, true);
      await tap(checkbox(first, 'water'));
      await tap(checkbox(first, 'relax'));
      await waitUntil(() => checkbox(first, 'water').checked && checkbox(first, 'relax').checked, 'both boxes ticked');
      await waitUntil(() => realStorage().getItem(CHECKLIST_KEY)?.includes('relax'), 'both ticks saved');

      const again = await openPage<PreventionChecklist>(apply, '/src/prevention-checklist/index.ts', 'prevention-checklist', warnings, false);
      expect(checkbox(again, 'water').checked, 'water after the reload').to.equal(true);
      expect(checkbox(again, 'relax').checked, 'relax after the reload').to.equal(true);
      expect(checkbox(again, 'stretch').checked).to.equal(false);
      expect(warnings.filter((message) => message.startsWith('[back-spasm-widgets]'))).to.deep.equal([]);
    });

    it(`keeps a running timer session with ${what}`, async () => {
      const warnings: string[] = [];
      const first = await openPage<IceHeatTimer>(apply, '/src/ice-heat-timer/index.ts', 'ice-heat-timer', warnings, true);
      await tap(first.shadowRoot!.querySelector('[part~="primary-button"]')!);
      await waitUntil(() => first.status === 'running', 'the session running');

      // Saving follows the next paint.
      await waitUntil(() => realStorage().getItem(TIMER_KEY)?.includes('running'), 'the session saved');
      const again = await openPage<IceHeatTimer>(apply, '/src/ice-heat-timer/index.ts', 'ice-heat-timer', warnings, false);
      expect(again.status, 'after the reload').to.equal('running');
      expect(warnings.filter((message) => message.startsWith('[back-spasm-widgets]'))).to.deep.equal([]);
    });
  }
});

/*
 * Storage that was full (or kept nothing) is tried again on the next change: once a write is kept,
 * the checklist's "cannot be saved" note goes. A setItem that returns but keeps nothing is found by
 * reading the value back.
 */
describe('the checklist, when storage fills up and then has room again', () => {
  const KEY = `${STORAGE_PREFIX}prevention-checklist`;
  const ui = en.checklist.ui;
  let storage: Storage;
  let mode: 'room' | 'full' | 'drops' = 'room';
  let warnings: string[] = [];
  beforeEach(() => {
    mode = 'room';
    const inner = memoryStorage();
    storage = {
      get length() {
        return inner.length;
      },
      key: (index: number) => inner.key(index),
      getItem: (key: string) => inner.getItem(key),
      removeItem: (key: string) => inner.removeItem(key),
      clear: () => inner.clear(),
      setItem(key: string, value: string) {
        if (mode === 'full') throw new DOMException('full', 'QuotaExceededError');
        if (mode === 'room') inner.setItem(key, value);
      },
    };
    useStorage(() => storage);
    warnings = [];
    sinon.stub(console, 'warn').callsFake((message: unknown) => void warnings.push(String(message)));
  });
  afterEach(() => sinon.restore());

  const box = (el: PreventionChecklist, id: string) =>
    el.shadowRoot!.querySelector<HTMLInputElement>(`li[data-id="${id}"] input[type="checkbox"]`)!;
  const note = (el: PreventionChecklist) => el.shadowRoot!.querySelector('.storage')?.textContent?.trim();

  for (const failure of ['full', 'drops'] as const) {
    it(`shows the note while storage ${failure === 'full' ? 'is full' : 'keeps nothing'}, and saves everything once it has room`, async () => {
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      mode = failure;
      await tap(box(el, 'water'));
      await waitUntil(() => note(el) === ui.memoryOnly, 'the note that ticks cannot be saved');
      expect(storage.getItem(KEY)).to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(failure === 'full' ? 'full' : 'did not keep');

      mode = 'room';
      await tap(box(el, 'relax'));
      await waitUntil(() => note(el) === ui.savedLocally, 'the note gone once a write is kept');
      const saved = storage.getItem(KEY) ?? '';
      expect(saved).to.contain('water');
      expect(saved).to.contain('relax');
      expect(warnings).to.have.length(1);
    });
  }
});
