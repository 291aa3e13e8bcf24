import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { forgetPageMemory } from '../src/internal/storage.js';
import '../src/prevention-checklist/index.js';
import type { PreventionChecklist } from '../src/prevention-checklist/index.js';
import { tap } from './helpers/real-input.js';

/*
 * Frameworks such as React 19 and Vue set properties, not attributes: any value may arrive. The
 * checklist never throws, always shows its habits, reads arrays of category ids as the attribute's
 * list, numbers and booleans as their text, and ignores other values with one warning.
 */

const KEY = 'back-spasm-widgets:prevention-checklist';
const ALL = 19;

const root = (el: PreventionChecklist) => el.shadowRoot as ShadowRoot;
const boxes = (el: PreventionChecklist) => [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const legends = (el: PreventionChecklist) => [...root(el).querySelectorAll('legend')].map((node) => text(node));
const heading = (el: PreventionChecklist) => root(el).querySelector('[role="heading"]') as HTMLElement;

/** Every kind of value a framework may pass. */
const values: readonly unknown[] = [
  0,
  3,
  42,
  -1,
  2.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  10n,
  true,
  false,
  '',
  [],
  ['posture'],
  ['posture', 'smoking'],
  [42],
  [{}],
  [null, 'weight'],
  null,
  undefined,
  {},
  { toString: () => 'posture' },
  new Date(2026, 0, 1),
  () => 'posture',
  Symbol('posture'),
  Object.create(null) as object,
];

function label(value: unknown): string {
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return 'a function';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

describe('<prevention-checklist> properties of every type', () => {
  let errors: string[];
  let warnings: string[];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));

  beforeEach(() => {
    forgetPageMemory();
    localStorage.removeItem(KEY);
    errors = [];
    warnings = [];
    sinon.stub(console, 'warn').callsFake((message: unknown) => {
      warnings.push(String(message));
    });
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    sinon.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    localStorage.removeItem(KEY);
  });

  for (const name of ['categories', 'heading', 'headingLevel', 'theme'] as const) {
    it(`renders its habits and never throws, whatever ${name} is set to`, async () => {
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      for (const value of values) {
        (el as unknown as Record<string, unknown>)[name] = value;
        await el.updateComplete;
        expect(boxes(el).length, `${name} = ${label(value)}`).to.be.above(0);
        expect(text(heading(el)), `${name} = ${label(value)}`).not.to.equal('');
        const level = Number(heading(el).getAttribute('aria-level'));
        expect(level).to.be.within(1, 5);
      }
      // Set before the element is connected, too.
      for (const value of values) {
        const early = document.createElement('prevention-checklist');
        (early as unknown as Record<string, unknown>)[name] = value;
        const shown = await fixture<PreventionChecklist>(html`<div>${early}</div>`);
        await early.updateComplete;
        expect(boxes(early).length, `${name} = ${label(value)} before connection`).to.be.above(0);
        shown.remove();
      }
      expect(errors).to.deep.equal([]);
      expect(warnings.every((message) => message.startsWith('[back-spasm-widgets]'))).to.equal(true);
    });
  }

  it('reads an array of category ids as the comma-separated attribute', async () => {
    const el = await fixture<PreventionChecklist>(html`<prevention-checklist .categories=${['smoking', 'Posture']}></prevention-checklist>`);
    expect(legends(el)).to.deep.equal(['Posture and ergonomics', 'Smoking']);
    const byAttribute = await fixture<PreventionChecklist>(html`<prevention-checklist categories="smoking,Posture"></prevention-checklist>`);
    expect(legends(el)).to.deep.equal(legends(byAttribute));
    el.categories = ['weight'];
    await el.updateComplete;
    expect(legends(el)).to.deep.equal(['Weight']);
    el.categories = [];
    await el.updateComplete;
    expect(boxes(el)).to.have.length(ALL);
    expect(warnings).to.deep.equal([]);

    // A tick in a checklist set up by a framework works as in any other.
    el.categories = ['lifting'];
    await el.updateComplete;
    await tap(boxes(el)[0] as HTMLInputElement);
    await el.updateComplete;
    expect(text(root(el).querySelector('.progress label'))).to.equal('1 of 2 done today');
  });

  it('reads numbers and booleans as their text, and ignores objects with one warning', async () => {
    const el = await fixture<PreventionChecklist>(html`<prevention-checklist .headingLevel=${3} .heading=${42}></prevention-checklist>`);
    expect(heading(el).getAttribute('aria-level')).to.equal('3');
    expect(text(heading(el))).to.equal('42');
    el.heading = true as unknown as string;
    await el.updateComplete;
    expect(text(heading(el))).to.equal('true');
    expect(warnings).to.deep.equal([]);

    el.heading = { text: 'Back care' } as unknown as string;
    await el.updateComplete;
    el.heading = ['Back care'] as unknown as string;
    await el.updateComplete;
    expect(text(heading(el))).to.equal('Prevent the next spasm');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('heading');

    el.categories = { posture: true } as unknown as string;
    await el.updateComplete;
    el.categories = { smoking: true } as unknown as string;
    await el.updateComplete;
    expect(boxes(el)).to.have.length(ALL);
    expect(warnings).to.have.length(2);
    expect(warnings[1]).to.contain('categories');

    el.categories = 42 as unknown as string;
    await el.updateComplete;
    expect(boxes(el)).to.have.length(ALL);
    expect(warnings).to.have.length(3);
    expect(warnings[2]).to.contain('categories="42"').and.contain('names no known category');

    el.categories = ['posture', {}] as unknown as string[];
    await el.updateComplete;
    expect(legends(el)).to.deep.equal(['Posture and ergonomics']);
    expect(warnings).to.have.length(4);
    expect(warnings[3]).to.contain('categories').and.contain('not category ids');

    el.headingLevel = 9;
    await el.updateComplete;
    expect(heading(el).getAttribute('aria-level')).to.equal('5');
    el.headingLevel = null;
    await el.updateComplete;
    expect(heading(el).getAttribute('aria-level')).to.equal('2');
    expect(errors).to.deep.equal([]);
  });
});
