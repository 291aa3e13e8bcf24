/*
 * The checker on a phone: a 390×844 page (a frame of that size, so every engine gives the page the
 * same view), answered with real taps.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadFrame } from './helpers/frames.js';
import { SETTLED_MS, giveAge, tap } from './helpers/real-input.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const WIDTH = 390;
const HEIGHT = 844;

async function phonePage() {
  const frame = await loadFrame('/tests/fixtures/phone.html', WIDTH, HEIGHT);
  const doc = frame.contentDocument!;
  const el = doc.querySelector('red-flag-checker') as HTMLElement & { updateComplete: Promise<boolean> };
  await waitUntil(() => el.shadowRoot?.querySelector('[data-name]'), 'the first question', { timeout: 10000 });
  const root = el.shadowRoot!;
  return { frame, doc, el, root, name: () => root.querySelector<HTMLElement>('[data-name]')?.dataset['name'] };
}

describe('<red-flag-checker> on a 390×844 phone', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    window.scrollTo(0, 0);
  });

  it('reaches self-care from the all-"no" path with one tap per question, no scrolling and no change of height', async function () {
    // 31 screens, each waiting the 400 ms a new screen takes no answer.
    this.timeout(60000);
    const page = await phonePage();
    frame = page.frame;
    const view = page.frame.contentWindow!;
    const heights = new Set<number>();
    let taps = 0;
    for (let guard = 0; guard < 40; guard++) {
      await page.el.updateComplete;
      const name = page.name();
      if (!name || page.root.querySelector('#result-title')) break;
      heights.add(Math.round(page.el.getBoundingClientRect().height));
      // Every answer of the screen is in view without scrolling the page.
      const targets = [...page.root.querySelectorAll<HTMLElement>('.choice-buttons button, #age, .continue')];
      for (const target of targets) {
        expect(target.getBoundingClientRect().bottom, `${name}: ${target.textContent?.trim() || target.id} in view`).to.be.at.most(HEIGHT);
      }
      expect(view.scrollY, `${name}: the page has not scrolled`).to.equal(0);
      // A new screen takes no answer for its first 400 ms (src/internal/meant-input.ts).
      await sleep(SETTLED_MS);
      if (name === 'age') {
        await tap(page.root.querySelector('#age')!);
        await sendKeys({ type: '35' });
        await tap(page.root.querySelector('.continue')!);
      } else {
        const value = name === 'durationDays' ? '1' : name === 'improving' ? 'yes' : 'no';
        await tap(page.root.querySelector(`.choice-buttons button[data-value="${value}"]`)!);
      }
      taps += 1;
      await waitUntil(() => page.name() !== name, `${name} answered`, { timeout: 5000 });
      await page.el.updateComplete;
    }
    await waitUntil(() => page.root.querySelector('#result-title'), 'the result', { timeout: 5000 });
    expect(page.root.querySelector('#result-title')?.textContent?.trim()).to.equal('You can look after this at home');
    // 31 screens: the age, 28 questions, how long and getting better (CLINICAL.md policy 3).
    expect(taps).to.equal(31);
    expect([...heights], 'the widget keeps one height from screen to screen').to.have.length(1);
  });

  it('shows the red emergency result with a tel: link after a "yes" to the first question', async () => {
    const page = await phonePage();
    frame = page.frame;
    await giveAge(page.root);
    await tap(page.root.querySelector('.choice-buttons button[data-value="yes"]')!);
    await waitUntil(() => page.root.querySelector('#result-title'), 'the result', { timeout: 5000 });
    const bannerElement = page.root.querySelector('.banner')!;
    expect(bannerElement.classList.contains('tone-danger')).to.equal(true);
    const colour = page.frame.contentWindow!.getComputedStyle(bannerElement).borderTopColor;
    const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number);
    expect(r! > 150 && g! < 80 && b! < 80, `a red border (${colour})`).to.equal(true);
    const call = page.root.querySelector<HTMLAnchorElement>('[part="action"]')!;
    expect(call.getAttribute('href')).to.equal('tel:911');
    expect(call.getBoundingClientRect().bottom).to.be.at.most(HEIGHT);
  });
});
