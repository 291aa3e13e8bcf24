import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../src/internal/define.js';
import { RedFlagChecker } from '../src/red-flag-checker/index.js';
import { VERSION } from '../src/internal/version.js';

describe('registration', () => {
  it('registers each element once, and a second registration does not throw', async () => {
    expect(customElements.get('red-flag-checker')).to.equal(RedFlagChecker);
    expect(() => defineElement('red-flag-checker', RedFlagChecker)).not.to.throw();
    const el = await fixture(html`<red-flag-checker></red-flag-checker>`);
    expect(el).to.be.instanceOf(RedFlagChecker);
  });

  it('warns once, naming both versions, when another version is already registered', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      class Other extends HTMLElement {
        static readonly bswVersion = '9.9.9';
      }
      customElements.define('bsw-version-probe', Other);
      class Mine extends HTMLElement {
        static readonly bswVersion = VERSION;
      }
      defineElement('bsw-version-probe', Mine);
      defineElement('bsw-version-probe', Mine);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('9.9.9').and.to.contain(VERSION);
  });
});
