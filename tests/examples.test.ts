import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame } from './helpers/frames.js';
import { giveAge, tap } from './helpers/real-input.js';

/*
 * The example apps (examples/react: Vite + React 19, examples/vue: Vite + Vue 3), built from the
 * packed tarball by scripts/build-examples.mjs into .examples/<app>/ (tests/node/examples.test.mjs
 * runs it, before the browser tests of `npm test`). Each app shows the level of the checker's
 * `red-flag-result` event, as its framework's handler received it, in <p data-testid="level">.
 */
const TAGS = ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'];

const apps = [
  ['React 19', '/.examples/react/index.html'],
  ['Vue 3', '/.examples/vue/index.html'],
] as const;

const clearStorage = () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('back-spasm-widgets:')) localStorage.removeItem(key);
};

for (const [framework, page] of apps) {
  describe(`the ${framework} example app, built from the packed package`, () => {
    let frame: HTMLIFrameElement | undefined;
    before(async () => {
      const response = await fetch(page);
      expect(response.ok, `${page} is built (node scripts/build-examples.mjs)`).to.be.true;
    });
    beforeEach(clearStorage);
    afterEach(() => {
      frame?.remove();
      clearStorage();
    });

    it('renders the three widgets with the attributes and properties the app sets', async () => {
      frame = await loadFrame(page, 800, 1200);
      const doc = frame.contentDocument!;
      await waitUntil(() => TAGS.every((tag) => doc.querySelector(tag)?.shadowRoot?.childElementCount), 'widgets rendered', { timeout: 5000 });
      const win = frame.contentWindow as Window & typeof globalThis;
      for (const tag of TAGS) expect(doc.querySelector(tag), tag).to.be.instanceOf(win.customElements.get(tag)!);
      const checker = doc.querySelector('red-flag-checker') as HTMLElement & { clinicName: string; clinicPhone: string };
      expect(checker.clinicName).to.equal('Westside Spine');
      expect(checker.clinicPhone).to.equal('+1 604 555 0100');
      expect((doc.querySelector('ice-heat-timer') as HTMLElement & { duration: number }).duration).to.equal(20);
      expect(doc.querySelector('[data-testid="level"]')!.textContent).to.equal('');
    });

    it("passes the checker's red-flag-result event to the app's handler", async () => {
      frame = await loadFrame(page, 800, 1200);
      const doc = frame.contentDocument!;
      await waitUntil(() => doc.querySelector('red-flag-checker')?.shadowRoot?.childElementCount, 'checker rendered', { timeout: 5000 });
      const checker = doc.querySelector('red-flag-checker')!.shadowRoot!;
      await giveAge(checker);
      await tap(checker.querySelector<HTMLButtonElement>('[data-name="chest-pain"] button[data-value="yes"]')!);
      const level = doc.querySelector('[data-testid="level"]')!;
      await waitUntil(() => level.textContent === 'call-emergency', `the app shows the level (it shows "${level.textContent}")`);
      expect(checker.querySelector('[part="action"]')!.getAttribute('href')).to.equal('tel:911');
    });
  });
}
