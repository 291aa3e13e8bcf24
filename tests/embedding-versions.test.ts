import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { VERSION } from '../src/internal/version.js';

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('classic and module bundles, and two versions, on one page', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  let warn: sinon.SinonStub;
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => warn.restore());

  it('the classic script registers every element without type="module"', async () => {
    await loadClassicScript('/cdn/back-spasm-widgets.classic.js');
    for (const tag of ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist']) {
      expect(customElements.get(tag), tag).to.exist;
    }
    const el = await fixture(html`<red-flag-checker></red-flag-checker>`);
    expect(el.shadowRoot?.textContent).to.contain('Check your back spasm');
    expect(errors).to.deep.equal([]);
    expect(warn.called).to.equal(false);
  });

  it('the module bundle after the classic one neither throws nor warns', async () => {
    const bundle = '/cdn/back-spasm-widgets.js';
    await import(/* @vite-ignore */ `${bundle}?after-classic`);
    expect(errors).to.deep.equal([]);
    expect(warn.called).to.equal(false);
  });

  it('another version of the library warns once, naming both versions, and the first one stays', async () => {
    const source = await (await fetch('/cdn/back-spasm-widgets.classic.js')).text();
    expect(source).to.contain(`"${VERSION}"`);
    const other = source.split(`"${VERSION}"`).join('"9.9.9"');
    const url = URL.createObjectURL(new Blob([other], { type: 'text/javascript' }));
    await loadClassicScript(url);
    await loadClassicScript(URL.createObjectURL(new Blob([other], { type: 'text/javascript' })));
    const messages = warn.getCalls().map((call) => String(call.args[0]));
    // One warning for the other copy as a whole (as the README says), not one per element.
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain(VERSION).and.to.contain('9.9.9').and.to.contain('back-spasm-widgets');
    expect(errors).to.deep.equal([]);
    const el = await fixture(html`<red-flag-checker></red-flag-checker>`);
    expect(el.shadowRoot?.textContent).to.contain('Check your back spasm');
  });
});
