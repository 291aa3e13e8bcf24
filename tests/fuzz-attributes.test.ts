import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../src/index.js';

/*
 * Every attribute of every element, fed random strings, numbers, empty and huge values, JSON and
 * HTML fragments: nothing throws, the widget still shows its heading, and a value is warned about
 * exactly once when it is invalid (or read differently from how it is written) and never when it is
 * valid. The validity rules below are written from the README, independently of the parsers.
 */

type Rule = (value: string) => boolean;

const blank = (value: string) => value.trim() === '';
const numeric = (value: string) => /^[+-]?\d+(\.\d+)?$/.test(value.trim());
const inRange = (min: number, max: number): Rule => (value) =>
  blank(value) || (numeric(value) && Math.round(Number(value.trim())) >= min && Math.round(Number(value.trim())) <= max);
const oneOf = (...allowed: string[]): Rule => (value) => blank(value) || allowed.includes(value.trim().toLowerCase());
const text = (max: number): Rule => (value) => blank(value) || value.trim().replace(/\s+/g, ' ').length <= max;
const phone: Rule = (value) => {
  if (blank(value)) return true;
  const trimmed = value.trim();
  const digits = trimmed.replace(/\D/g, '').length;
  return trimmed.length <= 32 && /^\+?[\d\s().-]+$/.test(trimmed) && digits >= 2 && digits <= 15;
};
/** "www.clinic.example/book": a host name (dotted labels, a top-level name of letters) but no scheme. */
const pageExtensions = ['html', 'htm', 'xhtml', 'shtml', 'php', 'asp', 'aspx', 'jsp', 'cfm'];
const startsWithHostName = (value: string): boolean => {
  const first = value.trim().split(/[/?#]/)[0] ?? '';
  const [name = '', port, ...more] = first.split(':');
  if (more.length > 0 || (port !== undefined && !/^\d{1,5}$/.test(port))) return false;
  const labels = name.split('.');
  const last = (labels.at(-1) ?? '').toLowerCase();
  if (labels.length < 2 || pageExtensions.includes(last)) return false;
  if (!labels.every((label) => /^[\p{L}\p{N}]([\p{L}\p{N}-]*[\p{L}\p{N}])?$/u.test(label))) return false;
  if (!/^\p{L}{2,63}$/u.test(last) && !/^xn--[a-z\d-]+$/.test(last)) return false;
  try {
    new URL(`https://${value.trim()}`);
    return true;
  } catch {
    return false;
  }
};
/** Used as written only when it is an http(s) address or a path on the page; a host name alone warns. */
const httpUrl: Rule = (value) => {
  if (blank(value)) return true;
  if (startsWithHostName(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value.trim(), document.baseURI).protocol);
  } catch {
    return false;
  }
};
const pastDateTime: Rule = (value) => {
  if (blank(value)) return true;
  const trimmed = value.trim();
  const parts = /^(\d{4})-(\d{2})-(\d{2})([T ](\d{2}):(\d{2})(:(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(trimmed);
  if (!parts) return false;
  // A date that does not exist (30 February, hour 24) is not valid, even where Date.parse rolls it over.
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const [hour, minute, second] = [Number(parts[5] ?? 0), Number(parts[6] ?? 0), Number(parts[8] ?? 0)];
  const lastDay = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (lastDay === undefined || day < 1 || day > lastDay || hour > 23 || minute > 59 || second > 59) return false;
  const time = Date.parse(trimmed);
  return !Number.isNaN(time) && time <= Date.now();
};
const categoryIds = ['posture', 'movement', 'lifting', 'nutrition', 'weight', 'stress-sleep', 'footwear', 'smoking'];
const categories: Rule = (value) =>
  value
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '')
    .every((part) => categoryIds.includes(part));

const theme = oneOf('auto', 'light', 'dark');

const attributes: Record<string, Record<string, { valid: Rule; examples: string[] }>> = {
  'red-flag-checker': {
    'clinic-name': { valid: text(120), examples: ['Westside Spine'] },
    'clinic-phone': { valid: phone, examples: ['+1 604 555 0100', '(604) 555-0100'] },
    'booking-url': {
      valid: httpUrl,
      examples: [
        'https://westside.example/book',
        '/book',
        'javascript:alert(1)',
        'www.sunrise.example/book',
        'clinic.co.uk',
        'clinic.example:8443/book',
        'book.html',
        'v2.0/book',
        'localhost:8080/x',
      ],
    },
    'emergency-number': { valid: phone, examples: ['999', '112', '000'] },
    heading: { valid: text(120), examples: ['Is it serious?'] },
    'heading-level': { valid: inRange(1, 4), examples: ['1', '4', '5', '0'] },
    theme: { valid: theme, examples: ['dark', 'LIGHT', 'auto'] },
  },
  'ice-heat-timer': {
    duration: { valid: inRange(5, 20), examples: ['5', '20', '21', '4', '15.4'] },
    mode: { valid: oneOf('auto', 'ice', 'heat'), examples: ['ice', 'HEAT', 'auto'] },
    started: { valid: pastDateTime, examples: ['2020-01-01T08:30', '2999-01-01T00:00', '2020-02-30T00:00'] },
    sound: { valid: oneOf('on', 'off'), examples: ['on', 'OFF'] },
    heading: { valid: text(120), examples: ['Cold, then warm'] },
    'heading-level': { valid: inRange(1, 6), examples: ['3', '0', '9'] },
    theme: { valid: theme, examples: ['dark'] },
  },
  'prevention-checklist': {
    categories: { valid: categories, examples: ['posture,smoking', ' Posture , yoga', ',,,'] },
    heading: { valid: text(120), examples: ['Daily habits'] },
    'heading-level': { valid: inRange(1, 5), examples: ['1', '5', '6', '0'] },
    theme: { valid: theme, examples: ['light'] },
  },
};

const htmlFragments = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '<b>bold</b>',
  '&lt;&gt;&amp;',
  '{{7*7}}',
  '${1+1}',
];

function valueArbitrary(examples: string[]) {
  return fc.oneof(
    fc.constantFrom('', ' ', '\n\t', ...examples, ...htmlFragments),
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.integer().map(String),
    fc.double().map(String),
    fc.json(),
    fc.string({ minLength: 300, maxLength: 5000 }),
  );
}

const container = document.createElement('div');
document.body.append(container);

async function render(tag: string, name: string, value: string) {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  el.setAttribute(name, value);
  container.append(el);
  await el.updateComplete;
  return el;
}

describe('fuzzed attributes', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    container.remove();
  });

  for (const [tag, rules] of Object.entries(attributes)) {
    for (const [name, { valid, examples }] of Object.entries(rules)) {
      it(`<${tag} ${name}>: renders, never throws, warns exactly once for an invalid value`, async function () {
        this.timeout(60000);
        await fc.assert(
          fc.asyncProperty(valueArbitrary(examples), async (value) => {
            const warn = sinon.stub(console, 'warn');
            let el: HTMLElement | undefined;
            try {
              el = await render(tag, name, value);
              const root = el.shadowRoot as ShadowRoot;
              expect(root.querySelector('[part="base"]'), 'widget rendered').to.exist;
              expect(root.querySelector('[part="heading"]')?.textContent?.trim(), 'heading shown').not.to.equal('');
              const messages = warn.getCalls().map((call) => String(call.args[0]));
              const expected = valid(value) ? 0 : 1;
              expect(messages.length, `${name}=${JSON.stringify(value).slice(0, 80)}: ${messages.join(' | ')}`).to.equal(expected);
              if (expected === 1) expect(messages[0]).to.contain(name);
            } finally {
              warn.restore();
              el?.remove();
            }
            expect(errors).to.deep.equal([]);
          }),
          { numRuns: 60 },
        );
      });
    }
  }
});
