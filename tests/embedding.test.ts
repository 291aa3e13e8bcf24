import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';

// Loads the built bundle exactly as a clinic's page does. Each query string makes the browser
// evaluate the file again, as when a site pastes the script tag twice.
const bundle = '/cdn/back-spasm-widgets.js';

describe('the cdn bundle', () => {
  it('registers all three elements, and loading it twice neither throws nor warns', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const warn = sinon.stub(console, 'warn');
    try {
      await import(/* @vite-ignore */ `${bundle}?first`);
      await import(/* @vite-ignore */ `${bundle}?second`);
      for (const tag of ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist']) {
        expect(customElements.get(tag), tag).to.exist;
      }
      const el = await fixture(html`<red-flag-checker clinic-name="Westside Spine"></red-flag-checker>`);
      expect(el.shadowRoot?.textContent).to.contain('Check your back spasm');
      expect(warn.called).to.equal(false);
    } finally {
      warn.restore();
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
