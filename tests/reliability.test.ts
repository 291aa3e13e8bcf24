import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { readDateTime, readEnum, readInteger, readPhone, readText } from '../src/internal/attributes.js';
import './helpers/isolated-storage.js';
import { giveAge, tap } from './helpers/real-input.js';

/*
 * What a page, a framework or a browser can do to a widget that is not an attribute typed by a
 * person: properties of any type (React 19 and Vue set properties), a thousand bad values in a row,
 * themes written loosely, and widgets moved into, or first connected in, another document.
 */

const tags = ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'] as const;
type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(29, 33, 38)';

let warn: sinon.SinonStub;
let errors: string[];
const onError = (event: ErrorEvent) => errors.push(String(event.message));
beforeEach(() => {
  errors = [];
  warn = sinon.stub(console, 'warn');
  window.addEventListener('error', onError);
});
afterEach(() => {
  sinon.restore();
  window.removeEventListener('error', onError);
  localStorage.removeItem('back-spasm-widgets:prevention-checklist');
  localStorage.removeItem('back-spasm-widgets:ice-heat-timer');
});

const warnings = () => warn.getCalls().map((call) => String(call.args[0]));
const base = (el: Element) => el.shadowRoot!.querySelector('[part="base"]') as HTMLElement;

async function make(tag: string, properties: Record<string, unknown> = {}): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  Object.assign(el, properties);
  await fixture(html`<div>${el}</div>`);
  await el.updateComplete;
  return el;
}

/** The values a framework may pass for any property. */
const anyValues: readonly unknown[] = [
  0,
  20,
  3,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  10n,
  true,
  false,
  null,
  undefined,
  '',
  [],
  ['posture'],
  [1, 2],
  {},
  { toString: () => 'dark' },
  new Date(2026, 0, 1),
  () => 'x',
  Symbol('x'),
  Object.create(null) as object,
];

function label(value: unknown): string {
  try {
    return typeof value === 'symbol' ? 'a symbol' : typeof value === 'bigint' ? `${value}n` : JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

const publicProperties: Record<(typeof tags)[number], readonly string[]> = {
  'red-flag-checker': ['clinicName', 'clinicPhone', 'bookingUrl', 'emergencyNumber', 'heading', 'headingLevel', 'theme'],
  'ice-heat-timer': ['duration', 'mode', 'started', 'sound', 'heading', 'headingLevel', 'theme'],
  'prevention-checklist': ['categories', 'heading', 'headingLevel', 'theme'],
};

describe('the shared readers take any value a framework sets', () => {
  const host = () => document.createElement('red-flag-checker');

  it('reads numbers, bigints and booleans as the attribute text they stand for', () => {
    expect(readInteger(host(), 'heading-level', 3, { min: 1, max: 6, fallback: 2 })).to.equal(3);
    expect(readInteger(host(), 'duration', 10n, { min: 5, max: 20, fallback: 20 })).to.equal(10);
    expect(readText(host(), 'clinic-name', 42, '')).to.equal('42');
    expect(readPhone(host(), 'clinic-phone', 6045550100, null)).to.deep.equal({ display: '6045550100', href: 'tel:6045550100' });
    expect(readEnum(host(), 'sound', false, ['on', 'off', 'true', 'false'], 'on')).to.equal('false');
    expect(warn.called).to.equal(false);
  });

  it('treats null and undefined as absent, quietly', () => {
    for (const value of [null, undefined]) {
      expect(readText(host(), 'heading', value, 'Default')).to.equal('Default');
      expect(readInteger(host(), 'heading-level', value, { min: 1, max: 6, fallback: 2 })).to.equal(2);
      expect(readDateTime(host(), 'started', value)).to.equal(null);
    }
    expect(warn.called).to.equal(false);
  });

  it('ignores lists, objects, functions, symbols and NaN with one warning each, never throwing', () => {
    const odd = [[], ['a'], {}, () => 1, Symbol('s'), Number.NaN, Object.create(null) as object];
    for (const value of odd) {
      const element = host();
      expect(readText(element, 'heading', value, 'Default')).to.equal('Default');
      expect(readText(element, 'heading', value, 'Default')).to.equal('Default');
    }
    expect(warn.callCount).to.equal(odd.length);
    expect(warnings()[0]).to.contain('heading').and.to.contain('not text');
  });

  it('takes a Date or epoch milliseconds for a date-time, and refuses dates that do not exist', () => {
    const time = new Date(2026, 0, 15, 8, 30).getTime();
    expect(readDateTime(host(), 'started', new Date(time))).to.equal(time);
    expect(readDateTime(host(), 'started', time)).to.equal(time);
    expect(readDateTime(host(), 'started', '2024-02-29T08:00')).to.equal(new Date(2024, 1, 29, 8).getTime());
    for (const impossible of ['2026-02-30T08:00', '2026-02-29T08:00', '2026-04-31', '2026-13-01', '2026-01-01T24:00', '2026-01-01T08:60']) {
      const element = host();
      expect(readDateTime(element, 'started', impossible), impossible).to.equal(null);
    }
    expect(warn.callCount).to.equal(6);
    expect(warnings()[0]).to.contain('2026-02-30T08:00').and.to.contain('not a real date');
    // Only a real Date counts, from any window; an object that says it is one is not text.
    const pretend = { [Symbol.toStringTag]: 'Date', getTime: () => time };
    expect(readDateTime(host(), 'started', pretend)).to.equal(null);
    expect(readDateTime(host(), 'started', new Date(Number.NaN))).to.equal(null);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const OtherDate = (frame.contentWindow as unknown as { Date: DateConstructor }).Date;
      expect(readDateTime(host(), 'started', new OtherDate(time))).to.equal(time);
    } finally {
      frame.remove();
    }
  });
});

for (const tag of tags) {
  describe(`<${tag}> given properties of every type`, () => {
    for (const name of publicProperties[tag]) {
      it(`renders and never throws, whatever ${name} is set to, warning at most once`, async () => {
        const el = await make(tag);
        for (const value of anyValues) {
          (el as unknown as Record<string, unknown>)[name] = value;
          await el.updateComplete;
          expect(base(el), `${name} = ${label(value)}`).to.exist;
        }
        expect(errors).to.deep.equal([]);
        // Back to valid values in between would re-arm the warning; one warning per value kind
        // that is not valid text at most, here bounded by the number of values tried.
        expect(warn.callCount).to.be.at.most(anyValues.length);
        expect(el.shadowRoot!.textContent.trim()).to.not.equal('');
      });
    }
  });
}

describe('<red-flag-checker> set up by a framework, with properties', () => {
  it('uses numbers as the attributes would: a heading, a clinic name, a phone number and a heading level', async () => {
    const el = await make('red-flag-checker', { heading: 42, clinicName: 42, clinicPhone: 6045550100, headingLevel: 3 });
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim()).to.equal('42');
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    await giveAge(el.shadowRoot!);
    const answer = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-name="chest-pain"] button[data-value="yes"]')!;
    await tap(answer);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="action"]'), 'result shown');
    expect(warn.called).to.equal(false);
    expect(errors).to.deep.equal([]);
  });
});

describe('warnings for bad values', () => {
  it('logs one warning for a thousand invalid values of one attribute, and again after a valid one', async () => {
    const el = await make('red-flag-checker');
    for (let i = 0; i < 1000; i++) {
      el.setAttribute('heading-level', `level ${i}`);
      await el.updateComplete;
    }
    expect(warn.callCount).to.equal(1);
    expect(warnings()[0]).to.contain('heading-level').and.to.contain('level 0');
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    el.setAttribute('heading-level', 'ten');
    await el.updateComplete;
    expect(warn.callCount).to.equal(2);
    expect(warnings()[1]).to.contain('"ten"');
  });

  it('counts per element and per attribute', async () => {
    const one = await make('red-flag-checker');
    const two = await make('red-flag-checker');
    for (const el of [one, two]) {
      el.setAttribute('heading-level', 'x');
      el.setAttribute('clinic-phone', 'call us');
      await el.updateComplete;
      el.setAttribute('heading-level', 'y');
      el.setAttribute('clinic-phone', 'call us now');
      await el.updateComplete;
    }
    expect(warn.callCount).to.equal(4);
  });

  it('typing a phone number one key at a time logs at most one warning', async () => {
    const el = await make('red-flag-checker');
    const number = '+44 (0)20 7946 0958 ext 12';
    for (let length = 1; length <= number.length; length++) {
      el.setAttribute('clinic-phone', number.slice(0, length));
      await el.updateComplete;
    }
    expect(warn.callCount).to.be.at.most(2);
    // "+" is not a number yet; "+4" is (too short); from "+44" on it is valid until the letters:
    // the warning comes again only once a valid value came in between.
    expect(warnings().every((message) => message.includes('clinic-phone'))).to.equal(true);
  });
});

describe('themes', () => {
  for (const tag of tags) {
    it(`<${tag}> applies every theme it accepts: "Dark", " dark ", "LIGHT" and a theme property`, async () => {
      for (const [value, colour] of [
        ['Dark', DARK],
        [' dark ', DARK],
        ['DARK', DARK],
        ['LIGHT', LIGHT],
      ] as const) {
        const el = document.createElement(tag) as Widget;
        el.setAttribute('theme', value);
        await fixture(html`<div>${el}</div>`);
        await el.updateComplete;
        expect(getComputedStyle(base(el)).backgroundColor, JSON.stringify(value)).to.equal(colour);
      }
      const byProperty = await make(tag, { theme: 'dark' });
      expect(getComputedStyle(base(byProperty)).backgroundColor).to.equal(DARK);
      (byProperty as unknown as { theme: string }).theme = 'light';
      await byProperty.updateComplete;
      expect(getComputedStyle(base(byProperty)).backgroundColor).to.equal(LIGHT);
      expect(warn.called).to.equal(false);
    });
  }
});

describe('a widget in another document', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  async function blankFrame(): Promise<Document> {
    frame = document.createElement('iframe');
    frame.style.width = '600px';
    frame.style.height = '900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/tests/fixtures/blank.html';
    document.body.append(frame);
    await loaded;
    return frame.contentDocument!;
  }

  const styled = (el: Element) => {
    const card = base(el);
    const view = el.ownerDocument.defaultView!;
    return view.getComputedStyle(card).borderTopStyle === 'solid';
  };

  for (const tag of tags) {
    it(`<${tag}> keeps its styles when moved into an iframe and back`, async () => {
      const el = await make(tag);
      expect(styled(el), 'styled on the page').to.equal(true);
      const doc = await blankFrame();
      doc.body.append(el);
      await el.updateComplete;
      expect(el.ownerDocument).to.equal(doc);
      expect(styled(el), 'styled in the iframe').to.equal(true);
      document.body.append(el);
      await el.updateComplete;
      expect(styled(el), 'styled back on the page').to.equal(true);
      el.remove();
      expect(errors).to.deep.equal([]);
    });

    it(`<${tag}> first connected in an iframe renders there, styled`, async () => {
      const doc = await blankFrame();
      const el = document.createElement(tag) as Widget;
      doc.body.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('[part="base"]'), 'rendered in the iframe');
      await el.updateComplete;
      expect(styled(el)).to.equal(true);
      expect(errors).to.deep.equal([]);
    });
  }

  it('a checker answered in an iframe still gives its result there, by a real tap', async () => {
    const doc = await blankFrame();
    const el = document.createElement('red-flag-checker') as Widget;
    doc.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('#age'), 'rendered');
    await giveAge(el.shadowRoot!);
    await tap(el.shadowRoot!.querySelector<HTMLButtonElement>('[data-name="chest-pain"] button[data-value="yes"]')!);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="action"]'), 'result shown');
    expect(el.shadowRoot!.querySelector('[part="action"]')!.getAttribute('href')).to.equal('tel:911');
  });
});
