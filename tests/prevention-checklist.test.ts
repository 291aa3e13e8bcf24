import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { a11ySnapshot, emulateMedia, findAccessibilityNode, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { en } from '../src/content/en.js';
import { sources } from '../src/content/sources.js';
import { choiceButtons, choiceStyles } from '../src/internal/choices.js';
import { forgetPageMemory } from '../src/internal/storage.js';
import { baseStyles, hostStyles } from '../src/internal/styles.js';
import { addDays, localCalendar, type ChecklistState } from '../src/prevention/index.js';
import { PreventionChecklist, type ChecklistChangeDetail } from '../src/prevention-checklist/index.js';
import { tap } from './helpers/real-input.js';
import { addModule } from './helpers/frames.js';
import { eachCaseOnAFreshPage } from './helpers/fresh-page.js';

const KEY = 'back-spasm-widgets:prevention-checklist';
const ui = en.checklist.ui;
const ALL = 19;

const root = (el: PreventionChecklist) => el.shadowRoot as ShadowRoot;
const boxes = (el: PreventionChecklist) => [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const box = (el: PreventionChecklist, id: string) => {
  const input = root(el).querySelector<HTMLInputElement>(`li[data-id="${id}"] input[type="checkbox"]`);
  if (!input) throw new Error(`no checkbox for ${id}`);
  return input;
};
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const progressText = (el: PreventionChecklist) => text(root(el).querySelector('.progress label'));
const status = (el: PreventionChecklist) => text(root(el).querySelector('[role="status"]'));
const streakText = (el: PreventionChecklist) => text(root(el).querySelector('.streak'));
const spokenDays = (el: PreventionChecklist) =>
  [...root(el).querySelectorAll('.days li .visually-hidden')].map((node) => text(node));
const legends = (el: PreventionChecklist) => [...root(el).querySelectorAll('legend')].map((node) => text(node));
const today = () => localCalendar.dayOf(Date.now());

/** Ticks (or unticks) a habit as a visitor does: a real tap on its checkbox. */
async function tick(el: PreventionChecklist, id: string): Promise<void> {
  await tap(box(el, id));
  await el.updateComplete;
}

function stored(): { v: number; data: ChecklistState } | null {
  const raw = localStorage.getItem(KEY);
  return raw == null ? null : (JSON.parse(raw) as { v: number; data: ChecklistState });
}

/** Writes data in the stored format without marks, as earlier versions wrote it. */
function store(data: Pick<ChecklistState, 'day' | 'ticked' | 'history' | 'streak'>): void {
  localStorage.setItem(KEY, JSON.stringify({ v: 1, data }));
}

/**
 * A calendar date as the widget writes it, through the same Intl call: engines carry different
 * versions of the Unicode date data, so one writes "Saturday 21 November" and another "Saturday, 21 November".
 */
function longDay(lang: string, year: number, monthIndex: number, day: number): string {
  const format = new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  return format.format(new Date(Date.UTC(year, monthIndex, day)));
}

// Only Chromium's protocol can switch a page to print media: Firefox's driver answers "CDP support
// is required" and WebKit's WebDriver "not supported for browser type webdriver".
const canEmulatePrint = /Chrome\//.test(navigator.userAgent);
// Only Chromium's protocol gives the accessibility tree (a11ySnapshot) with the names computed.
const canReadNames = /Chrome\//.test(navigator.userAgent);
// WebKit runs over WebDriver, whose key commands only press a key or type text: no key can be held
// down, so Shift+Tab cannot be sent there ("Only press and type are supported by webdriver").
const canHoldKeys = /Chrome\/|Firefox\//.test(navigator.userAgent);

/**
 * Applies the `@media print` rules of the widget's own style sheets on screen, each in its place, so
 * that the printed layout can be checked in any engine. Returns the function that puts the sheets back.
 */
function printStylesOnScreen(el: PreventionChecklist): () => void {
  const shadow = root(el);
  // A copy: adoptedStyleSheets is a live array that the assignment below would change in place.
  const screenSheets = [...shadow.adoptedStyleSheets];
  expect(screenSheets.length, 'the widget adopts its style sheets').to.be.greaterThan(0);
  let printRules = 0;
  shadow.adoptedStyleSheets = screenSheets.map((sheet) => {
    const css = [...sheet.cssRules].map((rule) => {
      const isPrint = rule instanceof CSSMediaRule && rule.media.mediaText.split(',').some((query) => query.trim() === 'print');
      if (!isPrint) return rule.cssText;
      printRules += rule.cssRules.length;
      return [...rule.cssRules].map((inner) => inner.cssText).join('\n');
    });
    const copy = new CSSStyleSheet();
    copy.replaceSync(css.join('\n'));
    return copy;
  });
  expect(printRules, 'print rules found').to.be.greaterThan(0);
  return () => {
    shadow.adoptedStyleSheets = screenSheets;
  };
}

/** What a paper copy must show: every item with an empty box; no buttons, progress, history or "why". */
function expectPaperChecklist(el: PreventionChecklist, items: number, groups: number): void {
  const shown = (selector: string) =>
    [...root(el).querySelectorAll<HTMLElement>(selector)].filter((node) => node.getClientRects().length > 0);
  expect(shown('button')).to.have.length(0);
  expect(shown('.progress')).to.have.length(0);
  expect(shown('.week-at-a-glance')).to.have.length(0);
  expect(shown('[part="why"]')).to.have.length(0);
  expect(shown('[part="banner"]')).to.have.length(0);
  expect(shown('.item label')).to.have.length(items);
  expect(shown('legend')).to.have.length(groups);
  // A ticked box prints like the others: a plain black square, with no tick drawn in it.
  expect(shown('.tick-mark')).to.have.length(0);
  for (const input of boxes(el)) {
    expect(getComputedStyle(input).appearance, input.id).to.equal('none');
    expect(getComputedStyle(input).backgroundColor, input.id).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(input).borderTopColor, input.id).to.equal('rgb(0, 0, 0)');
  }
}

/** What the screen shows again after printing: the print button, and tick boxes in the accent colour, the ticked one with its tick. */
function expectScreenChecklist(el: PreventionChecklist, tickedId: string): void {
  const shownButtons = [...root(el).querySelectorAll('button')].filter((node) => node.getClientRects().length > 0);
  // Print, and one "why it helps" per habit.
  expect(shownButtons).to.have.length(1 + ALL);
  expect(getComputedStyle(root(el).querySelector('.progress') as HTMLElement).display).not.to.equal('none');
  const accent = getComputedStyle(root(el).querySelector('.why-toggle') as HTMLElement).color;
  for (const input of boxes(el)) {
    expect(input.getBoundingClientRect().width, input.id).to.be.at.least(24);
    expect(getComputedStyle(input).borderTopColor, input.id).to.equal(accent);
  }
  expect(getComputedStyle(box(el, tickedId)).backgroundColor).to.equal(accent);
  const tickMarks = [...root(el).querySelectorAll('.tick-mark')].filter((node) => node.getClientRects().length > 0);
  expect(tickMarks).to.have.length(1);
  expect(tickMarks[0]?.closest('li')?.getAttribute('data-id')).to.equal(tickedId);
}

/** Collects console.warn messages for one test. */
function watchWarnings(): string[] {
  const messages: string[] = [];
  sinon.stub(console, 'warn').callsFake((message: unknown) => {
    messages.push(String(message));
  });
  return messages;
}

/**
 * The last 7 days in one even grid: the names in one row, each over its mark, the marks in one row,
 * and under the days with ticks a count with its word ("3 done"), each in one place and inside its column.
 */
function expectHistoryLinedUp(el: PreventionChecklist, counts: readonly (string | null)[]): void {
  const days = [...root(el).querySelectorAll<HTMLElement>('.days > li')];
  expect(days).to.have.length(7);
  const box = (node: Element | null) => (node as HTMLElement).getBoundingClientRect();
  const names = days.map((day) => box(day.querySelector('.weekday')));
  const marks = days.map((day) => box(day.querySelector('.mark')));
  for (const [index, day] of days.entries()) {
    const name = names[index] as DOMRect;
    const mark = marks[index] as DOMRect;
    const column = box(day);
    expect(name.top, `name ${index} in line`).to.be.closeTo(names[0]!.top, 0.5);
    expect(name.height, `name ${index} on one line`).to.be.closeTo(names[0]!.height, 0.5);
    expect(mark.top, `mark ${index} in line`).to.be.closeTo(marks[0]!.top, 0.5);
    expect(name.bottom, `name ${index} over its mark`).to.be.at.most(mark.top + 0.5);
    expect(name.left + name.width / 2, `name ${index} centred over its mark`).to.be.closeTo(mark.left + mark.width / 2, 1);
    expect(name.left, `name ${index} inside its column`).to.be.at.least(column.left - 0.5);
    expect(name.right).to.be.at.most(column.right + 0.5);
  }
  const shown = days.map((day) => text(day.querySelector('.count')) || null);
  expect(shown).to.deep.equal(counts);
  const countBoxes = days.filter((_, index) => counts[index] !== null).map((day) => day.querySelector('.count') as HTMLElement);
  for (const count of countBoxes) {
    const column = box(count.closest('li'));
    const words = document.createRange();
    words.selectNodeContents(count);
    for (const line of words.getClientRects()) {
      expect(line.left, `"${text(count)}" inside its column`).to.be.at.least(column.left - 0.5);
      expect(line.right, `"${text(count)}" inside its column`).to.be.at.most(column.right + 0.5);
    }
    // The number on a line of its own, the word under it: every count wraps the same way.
    expect(box(count).top).to.be.closeTo(box(countBoxes[0]!).top, 0.5);
    expect(box(count).height).to.be.closeTo(box(countBoxes[0]!).height, 0.5);
    expect(box(count.querySelector('.number')).bottom).to.be.at.most(box(count).bottom - box(count).height / 3);
    expect(box(count).top, 'under the mark').to.be.at.least(marks[0]!.bottom - 0.5);
  }
}

/** The checker's answer buttons, from the shared template, to compare the checklist's habits with. */
class ChoiceButtonsForTest extends LitElement {
  static override styles = [hostStyles, baseStyles, choiceStyles];
  override render() {
    return choiceButtons({
      name: 'test',
      choices: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
      chosen: undefined,
      onChoose: () => undefined,
    });
  }
}
customElements.define('test-choice-buttons', ChoiceButtonsForTest);

describe('<prevention-checklist>', () => {
  eachCaseOnAFreshPage(KEY);

  describe('what a visitor sees', () => {
    it('shows every habit as a checkbox, in eight groups with legends, with nothing ticked', async () => {
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      expect(el).to.be.instanceOf(PreventionChecklist);
      expect(root(el).querySelectorAll('fieldset')).to.have.length(8);
      expect(legends(el)).to.deep.equal([
        'Posture and ergonomics',
        'Movement and exercise',
        'Safe lifting',
        'Water and food',
        'Weight',
        'Stress and sleep',
        'Footwear',
        'Smoking',
      ]);
      expect(boxes(el)).to.have.length(ALL);
      expect(boxes(el).some((input) => input.checked)).to.equal(false);
      for (const input of boxes(el)) {
        expect(text(root(el).querySelector(`label[for="${input.id}"]`)), input.id).not.to.equal('');
      }
      expect(text(root(el).querySelector('li[data-id="core-exercise"] label'))).to.contain('planks, bridges or bird-dogs');
      expect(progressText(el)).to.equal(`0 of ${ALL} done today`);
      const bar = root(el).querySelector('progress') as HTMLProgressElement;
      expect([bar.value, bar.max]).to.deep.equal([0, ALL]);
      expect(bar.labels?.[0]?.textContent).to.equal(`0 of ${ALL} done today`);
      expect(streakText(el)).to.equal(ui.streakNone);
      expect(spokenDays(el)).to.have.length(7);
      expect(spokenDays(el).every((day) => day.endsWith('nothing ticked'))).to.equal(true);
      expect(text(root(el).querySelector('[role="heading"]'))).to.equal('Prevent the next spasm');
      expect(root(el).querySelector('[role="heading"]')?.getAttribute('aria-level')).to.equal('2');
    });

    it('explains why each habit helps, with its sources, in a closed disclosure', async () => {
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      const why = root(el).querySelector('li[data-id="smoke-free"] [part="why"]') as HTMLElement;
      const toggle = why.querySelector('button') as HTMLButtonElement;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      // Its name: its own words, then the habit's, both as shown.
      expect(text(toggle)).to.equal('Why it helps');
      const names = toggle.getAttribute('aria-labelledby')!.split(' ').map((id) => text(root(el).getElementById(id)));
      expect(names).to.deep.equal(['Why it helps', 'Stay smoke-free today']);
      if (canReadNames) {
        // The name the browser computes, as a screen reader gets it.
        const tree = await a11ySnapshot({});
        const named = findAccessibilityNode(
          tree,
          (node) => node.role === 'button' && node.name === 'Why it helps Stay smoke-free today',
        );
        expect(named, 'the button as a screen reader finds it').to.exist;
      }
      expect(why.querySelector('.why')).to.equal(null);
      await tap(toggle);
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const panel = root(el).getElementById(toggle.getAttribute('aria-controls')!) as HTMLElement;
      expect(text(panel.querySelector('.why'))).to.contain('Nicotine');
      expect(text(panel.querySelector('.sources summary'))).to.equal(ui.sources);
      expect(text(panel.querySelector('.sources'))).to.contain('How to Relieve Back Muscle Spasms and Prevent Them');
      await tap(toggle);
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.hasAttribute('aria-controls')).to.equal(false);
      expect(why.querySelector('.why')).to.equal(null);
      expect(root(el).querySelectorAll('[part="why"] button[aria-expanded]')).to.have.length(ALL);
    });

    it('keeps each habit’s sources behind a disclosure with a marker, inside its why, built only when the why opens', async () => {
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      // Nineteen closed whys: no sources, and no text of theirs, are built.
      expect(root(el).querySelectorAll('[part="sources"], details, .why')).to.have.length(0);
      const toggle = root(el).querySelector('li[data-id="water"] .why-toggle') as HTMLButtonElement;
      await tap(toggle);
      await el.updateComplete;
      const disclosures = root(el).querySelectorAll<HTMLDetailsElement>('[part="sources"]');
      expect(disclosures).to.have.length(1);
      const disclosure = disclosures[0] as HTMLDetailsElement;
      expect(disclosure.closest('li')?.getAttribute('data-id')).to.equal('water');
      expect(disclosure.localName).to.equal('details');
      expect(disclosure.open).to.equal(false);
      const summary = disclosure.querySelector('summary') as HTMLElement;
      expect(text(summary)).to.equal('Sources');
      // A visible marker, drawn beside the word: a triangle in the link colour.
      const marker = getComputedStyle(summary, '::before');
      expect(parseFloat(marker.borderInlineStartWidth)).to.be.greaterThan(4);
      expect(marker.borderInlineStartColor).to.equal(getComputedStyle(summary).color);
      const list = disclosure.querySelector('ul') as HTMLElement;
      expect(list.checkVisibility(), 'the list is hidden while closed').to.equal(false);

      await tap(summary);
      await waitUntil(() => disclosure.open, 'a tap opens the sources');
      expect(list.checkVisibility()).to.equal(true);
      const cited = [...list.querySelectorAll('li')].map((item) => text(item));
      expect(cited).to.deep.equal(
        en.checklist.items.water.sources.map((key) => `${sources[key].publisher}: ${sources[key].title}`),
      );
      expect(root(el).querySelector('li[data-id="water"] .why + [part="sources"]'), 'after the why itself').to.equal(disclosure);

      await tap(toggle);
      await el.updateComplete;
      expect(root(el).querySelectorAll('[part="sources"]')).to.have.length(0);
    });

    it('gives each habit a box like the checker’s answer buttons, with a tick box at least 24 px square', async () => {
      const page = await fixture<HTMLDivElement>(html`
        <div style="width: 390px; --bsw-accent: rgb(10, 20, 30)">
          <prevention-checklist categories="posture"></prevention-checklist>
          <test-choice-buttons></test-choice-buttons>
        </div>
      `);
      const el = page.querySelector('prevention-checklist') as PreventionChecklist;
      const choices = page.querySelector('test-choice-buttons') as ChoiceButtonsForTest;
      await el.updateComplete;
      await choices.updateComplete;
      const answers = [...(choices.shadowRoot as ShadowRoot).querySelectorAll<HTMLElement>('.choice-button')];
      const items = [...root(el).querySelectorAll<HTMLElement>('li.item')];
      expect(items).to.have.length(3);
      const answer = getComputedStyle(answers[0] as HTMLElement);
      for (const item of items) {
        const style = getComputedStyle(item);
        expect(style.borderTopWidth, 'border').to.equal(answer.borderTopWidth);
        expect(style.borderTopStyle).to.equal(answer.borderTopStyle);
        expect(style.borderTopColor, 'accent').to.equal('rgb(10, 20, 30)');
        expect(style.borderTopColor).to.equal(answer.borderTopColor);
        expect(style.borderTopLeftRadius, 'radius').to.equal(answer.borderTopLeftRadius);
        const row = item.querySelector('label') as HTMLElement;
        expect(row.getBoundingClientRect().height, 'as tall as an answer button').to.be.at.least(answers[0]!.getBoundingClientRect().height - 1);
        const input = item.querySelector('input') as HTMLInputElement;
        const size = input.getBoundingClientRect();
        expect(size.width, input.id).to.be.at.least(24);
        expect(size.height, input.id).to.be.at.least(24);
        expect(getComputedStyle(input).borderTopColor).to.equal('rgb(10, 20, 30)');
      }
      // The same space between habits as between answers.
      const gap = (list: HTMLElement[]) => list[1]!.getBoundingClientRect().top - list[0]!.getBoundingClientRect().bottom;
      expect(gap(items)).to.be.closeTo(gap(answers), 0.5);

      // The whole row is the target: a tap on the end of the habit's words ticks it.
      const words = items[1]!.querySelector('.tick-label') as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(words);
      const last = [...range.getClientRects()].at(-1) as DOMRect;
      words.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const end = [...range.getClientRects()].at(-1) as DOMRect;
      expect(end.width).to.equal(last.width);
      await sendMouse({ type: 'click', position: [Math.round(end.right - 4), Math.round(end.top + end.height / 2)] });
      await el.updateComplete;
      expect(box(el, 'stand-tall').checked).to.equal(true);
      expect(items[1]!.classList.contains('ticked')).to.equal(true);
      expect(getComputedStyle(box(el, 'stand-tall')).backgroundColor, 'a ticked box fills with the accent').to.equal('rgb(10, 20, 30)');
    });

    it('lines up the last 7 days at 390 px: each day’s name over its mark, and counts that say what they count', async () => {
      const day = today();
      store({
        day,
        ticked: ['water', 'relax', 'stretch'],
        history: [
          { day: addDays(day, -5), done: 2 },
          { day: addDays(day, -4), done: 12 },
          { day: addDays(day, -2), done: 1 },
          { day: addDays(day, -1), done: 7 },
          { day, done: 3 },
        ],
        streak: { from: addDays(day, -2), to: day },
      });
      const page = await fixture<HTMLDivElement>(html`<div style="width: 390px"><prevention-checklist></prevention-checklist></div>`);
      const el = page.querySelector('prevention-checklist') as PreventionChecklist;
      await el.updateComplete;
      expectHistoryLinedUp(el, [null, '2 done', '12 done', null, '1 done', '7 done', '3 done']);
      expect(spokenDays(el)[2]).to.match(/: 12 habits done$/);
      expect(spokenDays(el)[4]).to.match(/: 1 habit done$/);
      expect(spokenDays(el)[3]).to.match(/: nothing ticked$/);
    });

    for (const [lang, done] of [
      ['es', ['2 logros', '12 logros', '1 logro']],
      ['fr', ['2 faites', '12 faites', '1 faite']],
    ] as const) {
      it(`lines up the last 7 days at 390 px in ${lang === 'es' ? 'Spanish' : 'French'} too`, async () => {
        const day = today();
        store({
          day,
          ticked: [],
          history: [
            { day: addDays(day, -5), done: 2 },
            { day: addDays(day, -4), done: 12 },
            { day: addDays(day, -2), done: 1 },
          ],
          streak: { from: addDays(day, -2), to: addDays(day, -2) },
        });
        // The language pack in a page of its own, so that this page stays without it.
        const frame = document.createElement('iframe');
        frame.style.width = '420px';
        frame.style.height = '800px';
        const framed = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        frame.srcdoc = `<!doctype html><html lang="${lang}"><title>A page in another language</title></html>`;
        document.body.append(frame);
        try {
          await framed;
          const doc = frame.contentDocument as Document;
          await addModule(doc, '/src/prevention-checklist/index.ts');
          await addModule(doc, `/src/locales/${lang}.ts`);
          const holder = doc.createElement('div');
          holder.style.width = '390px';
          const el = doc.createElement('prevention-checklist');
          holder.append(el);
          doc.body.append(holder);
          await el.updateComplete;
          expectHistoryLinedUp(el, [null, done[0], done[1], null, done[2], null, null]);
        } finally {
          frame.remove();
        }
      });
    }

    it('takes its heading and heading level from attributes, warning once about a bad level', async () => {
      const warnings = watchWarnings();
      const el = await fixture<PreventionChecklist>(
        html`<prevention-checklist heading="Daily back care" heading-level="4"></prevention-checklist>`,
      );
      const heading = root(el).querySelector('[role="heading"]');
      expect(text(heading)).to.equal('Daily back care');
      expect(heading?.getAttribute('aria-level')).to.equal('4');
      el.setAttribute('heading-level', 'nine');
      await el.updateComplete;
      el.setAttribute('heading', 'Back care');
      await el.updateComplete;
      expect(heading?.getAttribute('aria-level')).to.equal('2');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('heading-level').and.contain('"nine"');
    });
  });

  describe('ticking habits', () => {
    it('updates the progress, announces it, fires checklist-change and saves today’s ticks', async () => {
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      const ticked = oneEvent(document, 'checklist-change');
      const tappedAt = Date.now();
      await tap(box(el, 'water'));
      const event = (await ticked) as CustomEvent<ChecklistChangeDetail>;
      expect(event.detail).to.deep.equal({ id: 'water', checked: true, doneToday: 1 });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(progressText(el)).to.equal(`1 of ${ALL} done today`);
      expect((root(el).querySelector('progress') as HTMLProgressElement).value).to.equal(1);
      expect(status(el)).to.equal(`1 of ${ALL} done today`);
      expect(streakText(el)).to.equal('1 day in a row with at least one habit');
      expect(spokenDays(el).at(-1)).to.match(/\(today\): 1 habit done$/);
      // The tick's mark: the time it was made, so that tabs ticking at the same moment can be merged.
      const mark = stored()?.data.marks[today()]?.water;
      expect(mark).to.be.within(tappedAt, Date.now());
      expect(stored()).to.deep.equal({
        v: 2,
        data: {
          day: today(),
          ticked: ['water'],
          history: [{ day: today(), done: 1 }],
          streak: { from: today(), to: today() },
          marks: { [today()]: { water: mark } },
          counts: {},
          runs: [],
        },
      });

      const unticked = oneEvent(el, 'checklist-change');
      await tap(box(el, 'water'));
      expect(((await unticked) as CustomEvent<ChecklistChangeDetail>).detail).to.deep.equal({
        id: 'water',
        checked: false,
        doneToday: 0,
      });
      await el.updateComplete;
      expect(progressText(el)).to.equal(`0 of ${ALL} done today`);
      expect(stored()?.data.ticked).to.deep.equal([]);
    });

    for (const width of [320, 390]) {
      it(`keeps every habit where it is at ${width} px when the week's first tick fills in the streak and today's count, and when it is taken back`, async () => {
        const page = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}><prevention-checklist></prevention-checklist></div>`);
        const el = page.querySelector('prevention-checklist') as PreventionChecklist;
        await el.updateComplete;
        // Each checkbox's place in the widget (tapping scrolls the page, which moves them all alike).
        const places = () => boxes(el).map((input) => input.getBoundingClientRect().top - el.getBoundingClientRect().top);
        const before = places();
        // How far the habit that moved most has moved: a line of text is 14 px or more; scrolling
        // can round a place by a fraction of a pixel.
        const moved = () => Math.max(...places().map((top, index) => Math.abs(top - (before[index] as number))));
        const first = boxes(el)[0] as HTMLInputElement;
        await tap(first);
        await el.updateComplete;
        expect(first.checked).to.equal(true);
        expect(streakText(el)).to.equal('1 day in a row with at least one habit');
        expect(text(root(el).querySelector('.day.today .count'))).to.equal('1 done');
        expect(moved(), 'after the tick').to.be.below(0.5);
        await tap(first);
        await el.updateComplete;
        expect(streakText(el)).to.equal(ui.streakNone);
        expect(moved(), 'after the untick').to.be.below(0.5);
      });
    }

    it('keeps the unseen copy of the streak sentence out of what a screen reader hears', async () => {
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      const room = root(el).querySelector('.streak-room') as HTMLElement;
      expect(text(room)).to.equal('1 day in a row with at least one habit');
      expect(room.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(room).visibility).to.equal('hidden');
      await tick(el, 'water');
      expect(text(root(el).querySelector('.streak-room'))).to.equal(ui.streakNone);
    });

    it('gives the typed event detail to listeners', async () => {
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist categories="smoking"></prevention-checklist>`);
      const seen: number[] = [];
      // Typed through HTMLElementEventMap: no cast needed to read the detail.
      el.addEventListener('checklist-change', (event) => seen.push(event.detail.doneToday));
      await tick(el, 'smoke-free');
      expect(seen).to.deep.equal([1]);
      expect(status(el)).to.equal(ui.allDone);
    });

    it('shows an "all done" banner under the habits once every one shown is ticked, and takes it away when one is unticked', async () => {
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist categories="lifting"></prevention-checklist>`);
      const banner = () => root(el).querySelector<HTMLElement>('[part="banner"]');
      expect(banner()).to.equal(null);
      await tick(el, 'lift-with-legs');
      expect(banner()).to.equal(null);
      await tick(el, 'load-close');
      const shown = banner() as HTMLElement;
      expect(shown.classList.contains('tone-success')).to.equal(true);
      expect(text(shown.querySelector('.banner-label'))).to.equal(ui.allDoneLabel);
      expect(text(shown)).to.contain(ui.allDoneText);
      expect(getComputedStyle(shown.querySelector('.banner-label') as HTMLElement).backgroundColor).to.equal(
        getComputedStyle(root(el).querySelector('.day.active .mark') as HTMLElement).backgroundColor,
      );
      // Under the last habit, so the habits the visitor was ticking stay where they were.
      const lastHabit = root(el).querySelector('li[data-id="load-close"]') as HTMLElement;
      expect(lastHabit.compareDocumentPosition(shown) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(shown.getBoundingClientRect().top).to.be.at.least(lastHabit.getBoundingClientRect().bottom);
      expect(status(el)).to.equal(ui.allDone);

      await tick(el, 'load-close');
      expect(banner()).to.equal(null);
      expect(progressText(el)).to.equal('1 of 2 done today');
    });

    it('restores today’s ticks, the streak and the week from storage', async () => {
      const day = today();
      store({
        day,
        ticked: ['water', 'relax', 'no-longer-shown'],
        history: [
          { day: addDays(day, -3), done: 2 },
          { day: addDays(day, -2), done: 5 },
          { day: addDays(day, -1), done: 1 },
          { day, done: 3 },
        ],
        streak: { from: addDays(day, -10), to: day },
      });
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      expect(box(el, 'water').checked).to.equal(true);
      expect(box(el, 'relax').checked).to.equal(true);
      expect(progressText(el)).to.equal(`2 of ${ALL} done today`);
      expect(streakText(el)).to.equal('11 days in a row with at least one habit');
      const days = spokenDays(el);
      expect(days.slice(0, 3).every((spoken) => spoken.endsWith('nothing ticked'))).to.equal(true);
      expect(days[3]).to.match(/: 2 habits done$/);
      expect(days[4]).to.match(/: 5 habits done$/);
      expect(days[5]).to.match(/: 1 habit done$/);
      expect(days[6]).to.match(/\(today\): 3 habits done$/);
      // Not colour alone: ticked days carry a check mark, others a dash.
      const marks = [...root(el).querySelectorAll('.days .mark')].map((node) => text(node));
      expect(marks).to.deep.equal(['–', '–', '–', '✓', '✓', '✓', '✓']);
    });

    it('shows a broken streak and gaps in the week after days away', async () => {
      const away = addDays(today(), -9);
      store({
        day: away,
        ticked: ['water'],
        history: [{ day: away, done: 1 }],
        streak: { from: addDays(away, -20), to: away },
      });
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      expect(box(el, 'water').checked).to.equal(false);
      expect(progressText(el)).to.equal(`0 of ${ALL} done today`);
      expect(streakText(el)).to.equal(ui.streakNone);
      expect(spokenDays(el).every((day) => day.endsWith('nothing ticked'))).to.equal(true);
      await tick(el, 'stretch');
      expect(streakText(el)).to.equal('1 day in a row with at least one habit');
      expect(stored()?.data.history).to.deep.equal([{ day: today(), done: 1 }]);
    });
  });

  describe('the day changing', () => {
    it('counts a tick at 23:59 for that day, and clears the ticks at local midnight while the page is open', async () => {
      const clock = sinon.useFakeTimers({
        now: new Date(2026, 10, 21, 23, 59, 0),
        toFake: ['Date', 'setTimeout', 'clearTimeout'],
      });
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist lang="en-GB"></prevention-checklist>`);
      await tick(el, 'water');
      await tick(el, 'relax');
      expect(stored()?.data.day).to.equal('2026-11-21');
      expect(progressText(el)).to.equal(`2 of ${ALL} done today`);

      clock.tick(59_000); // 23:59:59, still the same day
      await el.updateComplete;
      expect(box(el, 'water').checked).to.equal(true);

      clock.tick(1_000); // midnight
      await el.updateComplete;
      expect(box(el, 'water').checked).to.equal(false);
      expect(box(el, 'relax').checked).to.equal(false);
      expect(progressText(el)).to.equal(`0 of ${ALL} done today`);
      expect(status(el)).to.equal(ui.newDay);
      expect(streakText(el)).to.equal('1 day in a row with at least one habit');
      expect(longDay('en-GB', 2026, 10, 21)).to.match(/^Saturday,? 21 November$/);
      expect(spokenDays(el).slice(-2)).to.deep.equal([
        `${longDay('en-GB', 2026, 10, 21)}: 2 habits done`,
        `${longDay('en-GB', 2026, 10, 22)} (today): nothing ticked`,
      ]);

      clock.tick(30_000);
      await tick(el, 'stretch');
      expect(stored()?.data.day).to.equal('2026-11-22');
      expect(streakText(el)).to.equal('2 days in a row with at least one habit');

      // The next midnight is found again, a full day later.
      clock.tick(24 * 3_600_000);
      await el.updateComplete;
      expect(box(el, 'stretch').checked).to.equal(false);
      expect(spokenDays(el).at(-1)).to.equal(`${longDay('en-GB', 2026, 10, 23)} (today): nothing ticked`);
    });

    it('catches up when the page comes back into view or gets focus after midnight', async () => {
      // Only Date is faked: the midnight timer stays a real, distant one, as in a throttled background tab.
      const clock = sinon.useFakeTimers({ now: new Date(2026, 10, 21, 20, 0, 0), toFake: ['Date'] });
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      await tick(el, 'water');
      clock.setSystemTime(new Date(2026, 10, 22, 7, 30, 0));
      await el.updateComplete;
      expect(box(el, 'water').checked).to.equal(true);
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(box(el, 'water').checked).to.equal(false);
      expect(spokenDays(el).at(-2)).to.match(/: 1 habit done$/);

      await tick(el, 'relax');
      clock.setSystemTime(new Date(2026, 10, 23, 9, 0, 0));
      window.dispatchEvent(new Event('focus'));
      await el.updateComplete;
      expect(box(el, 'relax').checked).to.equal(false);
      expect(streakText(el)).to.equal('2 days in a row with at least one habit');
    });

    it('puts a tick made after midnight on the new day even before the timer has run', async () => {
      const clock = sinon.useFakeTimers({ now: new Date(2026, 10, 21, 23, 0, 0), toFake: ['Date'] });
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      await tick(el, 'water');
      clock.setSystemTime(new Date(2026, 10, 22, 0, 5, 0));
      await tick(el, 'relax');
      expect(stored()?.data).to.deep.include({ day: '2026-11-22', ticked: ['relax'] });
      expect(box(el, 'water').checked).to.equal(false);
      expect(progressText(el)).to.equal(`1 of ${ALL} done today`);
    });
  });

  describe('categories attribute', () => {
    it('shows only the categories named, in the standard order', async () => {
      const el = await fixture<PreventionChecklist>(
        html`<prevention-checklist categories="smoking, Posture"></prevention-checklist>`,
      );
      expect(legends(el)).to.deep.equal(['Posture and ergonomics', 'Smoking']);
      expect(boxes(el)).to.have.length(4);
      expect(progressText(el)).to.equal('0 of 4 done today');
      el.setAttribute('categories', 'weight');
      await el.updateComplete;
      expect(legends(el)).to.deep.equal(['Weight']);
      el.removeAttribute('categories');
      await el.updateComplete;
      expect(boxes(el)).to.have.length(ALL);
    });

    it('ignores unknown ids with one warning naming them all', async () => {
      const warnings = watchWarnings();
      const el = await fixture<PreventionChecklist>(
        html`<prevention-checklist categories="posture,yoga"></prevention-checklist>`,
      );
      el.setAttribute('heading', 'Re-render');
      await el.updateComplete;
      el.setAttribute('categories', 'yoga, posture');
      await el.updateComplete;
      expect(legends(el)).to.deep.equal(['Posture and ergonomics']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('categories').and.contain('"yoga"').and.contain('ignored');
      // Other unknown ids are the same cause: quiet until a value without any has been set.
      el.setAttribute('categories', 'posture,diet,tai-chi');
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      el.setAttribute('categories', 'posture');
      await el.updateComplete;
      el.setAttribute('categories', 'posture,diet,tai-chi');
      await el.updateComplete;
      expect(warnings).to.have.length(2);
      expect(warnings[1]).to.contain('"diet"').and.contain('"tai-chi"');
    });

    it('gives one warning for a thousand values that each hold one known and one unknown id', async () => {
      const warnings = watchWarnings();
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      for (let index = 0; index < 1000; index += 1) {
        el.setAttribute('categories', `posture,unknown-${index}`);
        if (index % 100 === 0) await el.updateComplete;
      }
      await el.updateComplete;
      expect(legends(el)).to.deep.equal(['Posture and ergonomics']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"unknown-0"');
    });

    it('shows every category, with a warning, when no id is known', async () => {
      const warnings = watchWarnings();
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist categories="yoga,diet"></prevention-checklist>`);
      expect(boxes(el)).to.have.length(ALL);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('categories="yoga,diet"').and.contain('showing all categories');
    });
  });

  describe('language', () => {
    it('uses English with one warning for a language it has no wording for, and dates in the page’s language', async () => {
      const warnings = watchWarnings();
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist lang="zz"></prevention-checklist>`);
      expect(legends(el)[0]).to.equal('Posture and ergonomics');
      el.setAttribute('categories', 'weight');
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"zz"');

      el.setAttribute('lang', 'fr-FR');
      await el.updateComplete;
      // The wording is English, so the dates in it are English too.
      expect(spokenDays(el).at(-1)).to.match(/^[A-Z][a-z]+day, [A-Z][a-z]+ \d+ \(today\): nothing ticked$/);

      sinon.useFakeTimers({ now: new Date(2026, 10, 21, 12, 0, 0), toFake: ['Date'] });

      const page = document.createElement('div');
      page.lang = 'en-GB';
      const inner = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`, {
        parentNode: page,
      });
      expect(longDay('en-GB', 2026, 10, 21)).to.match(/^Saturday,? 21 November$/);
      expect(spokenDays(inner).at(-1)).to.equal(`${longDay('en-GB', 2026, 10, 21)} (today): nothing ticked`);
      inner.setAttribute('lang', 'en-US');
      await inner.updateComplete;
      expect(longDay('en-US', 2026, 10, 21)).to.equal('Saturday, November 21');
      expect(spokenDays(inner).at(-1)).to.equal(`${longDay('en-US', 2026, 10, 21)} (today): nothing ticked`);
      inner.setAttribute('lang', 'en_GB!!');
      await inner.updateComplete;
      expect(spokenDays(inner)).to.have.length(7);
    });
  });

  describe("a site's own items", () => {
    it('reads <bsw-item> children as plain text into their own group, never as markup', async () => {
      const el = await fixture<PreventionChecklist>(html`
        <prevention-checklist categories="posture">
          <bsw-item id="book-visit">Book your next visit</bsw-item>
          <bsw-item>Do your <b>home</b> exercises &lt;img src=x onerror=alert(1)&gt;</bsw-item>
        </prevention-checklist>
      `);
      expect(legends(el)).to.deep.equal(['Posture and ergonomics', 'Your clinic’s suggestions']);
      const custom = root(el).querySelector('fieldset[data-category="custom"]') as HTMLFieldSetElement;
      const items = [...custom.querySelectorAll('li')];
      expect(items.map((item) => item.dataset.id)).to.deep.equal([
        'book-visit',
        'do-your-home-exercises-img-src-x-onerror-alert-1',
      ]);
      expect(text(items[1]?.querySelector('label'))).to.equal('Do your home exercises <img src=x onerror=alert(1)>');
      expect(custom.querySelector('b, img')).to.equal(null);
      expect(custom.querySelector('[part="why"]')).to.equal(null);
      expect(progressText(el)).to.equal('0 of 5 done today');

      const ticked = oneEvent(el, 'checklist-change');
      await tap(box(el, 'book-visit'));
      expect(((await ticked) as CustomEvent<ChecklistChangeDetail>).detail).to.deep.equal({
        id: 'book-visit',
        checked: true,
        doneToday: 1,
      });
      expect(stored()?.data.ticked).to.deep.equal(['book-visit']);
    });

    it('labels an item with the text a reader sees: no script, style, template, noscript or hidden text', async () => {
      const el = await fixture<PreventionChecklist>(html`
        <prevention-checklist categories="smoking">
          <bsw-item id="book-visit"
            >Book <script type="application/json">{"track": true}</script>your<style>
              b { color: red }
            </style> next <template>Template text</template><b>visit</b><span hidden> (hidden text)</span
            ><span aria-hidden="true">★</span><noscript>Turn on scripts</noscript></bsw-item
          >
          <bsw-item id="call">Call<br />us <em>today</em></bsw-item>
        </prevention-checklist>
      `);
      const label = (id: string) => text(root(el).querySelector(`li[data-id="${id}"] .tick-label`));
      expect(label('book-visit')).to.equal('Book your next visit');
      expect(label('call')).to.equal('Call us today');

      // Showing a hidden part, or hiding a shown one, changes the label.
      el.querySelector('#book-visit span[hidden]')?.removeAttribute('hidden');
      await waitUntil(() => label('book-visit') === 'Book your next visit (hidden text)', 'the shown part is read');
      el.querySelector('#call em')?.setAttribute('aria-hidden', 'true');
      await waitUntil(() => label('call') === 'Call us', 'the hidden part is left out');
      // An item with no text a reader sees is not shown.
      const warnings = watchWarnings();
      const empty = document.createElement('bsw-item');
      empty.innerHTML = '<span hidden>Nothing to see</span><template>Nor here</template>';
      el.append(empty);
      await waitUntil(() => warnings.length === 1, 'the empty item is reported');
      await el.updateComplete;
      expect(warnings[0]).to.contain('has no text');
      expect(boxes(el)).to.have.length(3);
    });

    it('does not show the raw children themselves', async () => {
      const el = await fixture<PreventionChecklist>(html`
        <prevention-checklist><bsw-item data-id="a">First tip</bsw-item><bsw-item>Second tip</bsw-item></prevention-checklist>
      `);
      for (const child of el.children) expect(child.getClientRects().length, child.textContent ?? '').to.equal(0);
      expect(boxes(el)).to.have.length(ALL + 2);
    });

    it('follows children being added, changed and removed', async () => {
      const el = await fixture<PreventionChecklist>(html`
        <prevention-checklist categories="smoking"><bsw-item id="book-visit">Book your next visit</bsw-item></prevention-checklist>
      `);
      const added = document.createElement('bsw-item');
      added.setAttribute('data-id', 'home-exercises');
      added.textContent = 'Do your home exercises';
      el.append(added);
      await waitUntil(() => boxes(el).length === 3, 'the new item appears');
      expect(text(root(el).querySelector('li[data-id="home-exercises"] label'))).to.equal('Do your home exercises');

      added.textContent = 'Do your ten-minute exercise plan';
      await waitUntil(
        () => text(root(el).querySelector('li[data-id="home-exercises"] label')) === 'Do your ten-minute exercise plan',
        'the changed text shows',
      );
      (added.firstChild as Text).data = 'Do your exercise plan';
      await waitUntil(
        () => text(root(el).querySelector('li[data-id="home-exercises"] label')) === 'Do your exercise plan',
        'a changed text node shows',
      );

      el.querySelector('#book-visit')?.remove();
      added.remove();
      await waitUntil(() => boxes(el).length === 1, 'the removed items go');
      expect(root(el).querySelector('fieldset[data-category="custom"]')).to.equal(null);
    });

    it('shows at most twelve items and cuts long ones, with a warning each', async () => {
      const warnings = watchWarnings();
      const el = await fixture<PreventionChecklist>(html`
        <prevention-checklist categories="smoking">
          <bsw-item>${'Very long suggestion '.repeat(10)}</bsw-item>
          ${Array.from({ length: 14 }, (_, index) => html`<bsw-item>Tip ${index}</bsw-item>`)}
        </prevention-checklist>
      `);
      const custom = root(el).querySelectorAll('fieldset[data-category="custom"] li');
      expect(custom).to.have.length(12);
      expect(text(custom[0]?.querySelector('label'))).to.have.length(120);
      expect(warnings).to.have.length(2);
      expect(warnings.join('\n')).to.contain('only the first 12').and.contain('longer than 120');
    });
  });

  describe('storage', () => {
    it('keeps working in memory, with one warning, when the saved data is corrupt', async () => {
      localStorage.setItem(KEY, '{not json');
      const warnings = watchWarnings();
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      await tick(el, 'water');
      await tick(el, 'relax');
      expect(progressText(el)).to.equal(`2 of ${ALL} done today`);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('corrupt');
      expect(localStorage.getItem(KEY)).to.equal('{not json');
      expect(text(root(el).querySelector('.storage'))).to.equal(ui.memoryOnly);
    });

    it('keeps working in memory when the data comes from a newer version or is not valid', async () => {
      const warnings = watchWarnings();
      localStorage.setItem(KEY, JSON.stringify({ v: 99, data: {} }));
      const newer = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      await tick(newer, 'water');
      expect(progressText(newer)).to.equal(`1 of ${ALL} done today`);
      // A second checklist on the same page shows what the first keeps; the newer data stays as it was.
      const second = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      expect(progressText(second)).to.equal(`1 of ${ALL} done today`);
      expect(localStorage.getItem(KEY)).to.equal(JSON.stringify({ v: 99, data: {} }));
      // On a new page, data that is not valid is not used.
      forgetPageMemory();
      localStorage.setItem(KEY, JSON.stringify({ v: 1, data: { day: 'yesterday', ticked: 'all' } }));
      const invalid = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      expect(boxes(invalid).some((input) => input.checked)).to.equal(false);
      await tick(invalid, 'water');
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('newer version');
      expect(warnings[1]).to.contain('not valid');
    });

    it('keeps working in memory, with one warning, when storage is full', async () => {
      const warnings = watchWarnings();
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      expect(text(root(el).querySelector('.storage'))).to.equal(ui.savedLocally);
      await tick(el, 'water');
      await tick(el, 'stretch');
      expect(box(el, 'water').checked).to.equal(true);
      expect(progressText(el)).to.equal(`2 of ${ALL} done today`);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('full');
      expect(text(root(el).querySelector('.storage'))).to.equal(ui.memoryOnly);
    });

    it('keeps working in memory, with one warning, when storage is blocked', async () => {
      const warnings = watchWarnings();
      sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('blocked', 'SecurityError'));
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      await tick(el, 'water');
      expect(box(el, 'water').checked).to.equal(true);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('blocked');
    });

    it('keeps working in memory, with one warning, when there is no storage at all', async () => {
      // A page of its own, in a frame, with no localStorage from before the widget loads. Removing
      // storage from this page instead is not reliable: WebKit's optimised code, once warmed up by
      // the tests before, can keep reading the old window.localStorage after it is redefined.
      const frame = document.createElement('iframe');
      const framed = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = '<!doctype html><title>A page without storage</title>';
      document.body.append(frame);
      try {
        await framed;
        const win = frame.contentWindow as Window & typeof globalThis;
        const doc = frame.contentDocument as Document;
        Object.defineProperty(win, 'localStorage', { configurable: true, get: () => undefined });
        const warnings: string[] = [];
        win.console.warn = (message: unknown) => {
          warnings.push(String(message));
        };
        const script = doc.createElement('script');
        script.type = 'module';
        script.src = '/src/prevention-checklist/index.ts';
        const loaded = new Promise((resolve, reject) => {
          script.addEventListener('load', resolve, { once: true });
          script.addEventListener('error', reject, { once: true });
        });
        doc.head.append(script);
        await loaded;

        const el = doc.createElement('prevention-checklist');
        doc.body.append(el);
        await el.updateComplete;
        expect(text(root(el).querySelector('.storage'))).to.equal(ui.memoryOnly);
        await tap(box(el, 'water'));
        await el.updateComplete;
        await tap(box(el, 'relax'));
        await el.updateComplete;
        expect(box(el, 'water').checked).to.equal(true);
        expect(progressText(el)).to.equal(`2 of ${ALL} done today`);
        expect(text(root(el).querySelector('.storage'))).to.equal(ui.memoryOnly);
        // The frame shares this page's origin: nothing reached the storage the widget was told is missing.
        expect(localStorage.getItem(KEY)).to.equal(null);
        const ours = warnings.filter((message) => message.startsWith('[back-spasm-widgets]'));
        expect(ours).to.have.length(1);
        expect(ours[0]).to.contain('unavailable');
      } finally {
        frame.remove();
      }
    });

    it('stays in step with another tab', async () => {
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      await tick(el, 'water');
      const day = today();
      const otherTab = JSON.stringify({
        v: 1,
        data: { day, ticked: ['water', 'stretch'], history: [{ day, done: 2 }], streak: { from: day, to: day } },
      });
      localStorage.setItem(KEY, otherTab);
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: otherTab, storageArea: localStorage }));
      await el.updateComplete;
      expect(box(el, 'stretch').checked).to.equal(true);
      expect(progressText(el)).to.equal(`2 of ${ALL} done today`);

      localStorage.removeItem(KEY);
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: null, storageArea: localStorage }));
      await el.updateComplete;
      expect(boxes(el).some((input) => input.checked)).to.equal(false);
    });

    it('keeps two checklists on one page in step', async () => {
      const first = await fixture<PreventionChecklist>(html`
        <prevention-checklist categories="posture"></prevention-checklist>
        <prevention-checklist categories="posture,smoking"></prevention-checklist>
      `);
      const second = first.nextElementSibling as PreventionChecklist;
      await second.updateComplete;
      await tick(first, 'stand-tall');
      await second.updateComplete;
      expect(box(second, 'stand-tall').checked).to.equal(true);
      expect(progressText(second)).to.equal('1 of 4 done today');
    });
  });

  describe('keyboard and screen readers', () => {
    it('can be used with the keyboard alone: Tab to a habit, Space to tick it, Enter to read why and its sources', async () => {
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist categories="lifting"></prevention-checklist>`);
      const before = document.createElement('button');
      before.textContent = 'Before';
      el.before(before);
      const events: ChecklistChangeDetail[] = [];
      el.addEventListener('checklist-change', (event) => events.push(event.detail));
      before.focus();

      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(box(el, 'lift-with-legs'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(box(el, 'lift-with-legs').checked).to.equal(true);

      await sendKeys({ press: 'Tab' });
      const toggle = root(el).querySelector('li[data-id="lift-with-legs"] [part="why"] button');
      expect(root(el).activeElement).to.equal(toggle);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle?.parentElement?.querySelector('.why') ?? null)).to.contain('leg muscles');

      await sendKeys({ press: 'Tab' });
      const sourcesOfWhy = root(el).querySelector<HTMLDetailsElement>('li[data-id="lift-with-legs"] [part="sources"]');
      expect(root(el).activeElement).to.equal(sourcesOfWhy?.querySelector('summary'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => sourcesOfWhy?.open, 'Enter opens the sources');
      expect(text(sourcesOfWhy?.querySelector('ul'))).to.contain('How to Relieve Back Muscle Spasms and Prevent Them');

      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(box(el, 'load-close'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(events).to.deep.equal([
        { id: 'lift-with-legs', checked: true, doneToday: 1 },
        { id: 'load-close', checked: true, doneToday: 2 },
      ]);
      expect(progressText(el)).to.equal('2 of 2 done today');
      expect(status(el)).to.equal(ui.allDone);
    });

    it('can be walked back with Shift+Tab, to untick a habit and then leave the widget', async function () {
      if (!canHoldKeys) {
        // WebKit's WebDriver cannot hold Shift down (see canHoldKeys); Tab order itself is checked above.
        this.skip();
      }
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist categories="lifting"></prevention-checklist>`);
      const before = document.createElement('button');
      before.textContent = 'Before';
      el.before(before);
      await tick(el, 'lift-with-legs');
      box(el, 'load-close').focus();

      await sendKeys({ down: 'Shift' });
      try {
        await sendKeys({ press: 'Tab' });
        expect(root(el).activeElement).to.equal(root(el).querySelector('li[data-id="lift-with-legs"] [part="why"] button'));
        await sendKeys({ press: 'Tab' });
        expect(root(el).activeElement).to.equal(box(el, 'lift-with-legs'));
      } finally {
        await sendKeys({ up: 'Shift' });
      }
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(box(el, 'lift-with-legs').checked).to.equal(false);
      expect(progressText(el)).to.equal('0 of 2 done today');

      await sendKeys({ down: 'Shift' });
      try {
        await sendKeys({ press: 'Tab' });
      } finally {
        await sendKeys({ up: 'Shift' });
      }
      expect(document.activeElement).to.equal(before);
    });

    it('is accessible with nothing ticked', async () => {
      const el = await fixture<PreventionChecklist>(
        html`<prevention-checklist><bsw-item id="book-visit">Book your next visit</bsw-item></prevention-checklist>`,
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible with some ticked and a "why" open', async () => {
      const el = await fixture<PreventionChecklist>(
        html`<prevention-checklist><bsw-item id="book-visit">Book your next visit</bsw-item></prevention-checklist>`,
      );
      await tick(el, 'water');
      await tick(el, 'book-visit');
      const why = root(el).querySelector('li[data-id="water"] [part="why"]') as HTMLElement;
      await tap(why.querySelector('button')!);
      await el.updateComplete;
      expect(text(why.querySelector('.why'))).to.contain('fluids');
      await expect(el).to.be.accessible();
    });

    it('is accessible with everything ticked, and a streak and history', async () => {
      const day = today();
      store({
        day: addDays(day, -1),
        ticked: ['water'],
        history: [
          { day: addDays(day, -2), done: 4 },
          { day: addDays(day, -1), done: 1 },
        ],
        streak: { from: addDays(day, -2), to: addDays(day, -1) },
      });
      const el = await fixture<PreventionChecklist>(
        html`<prevention-checklist><bsw-item id="book-visit">Book your next visit</bsw-item></prevention-checklist>`,
      );
      for (const input of boxes(el)) {
        await tap(input);
        await el.updateComplete;
      }
      expect(progressText(el)).to.equal(`${ALL + 1} of ${ALL + 1} done today`);
      expect(streakText(el)).to.equal('3 days in a row with at least one habit');
      await expect(el).to.be.accessible();
    });
  });

  describe('printing', () => {
    afterEach(async () => {
      if (canEmulatePrint) await emulateMedia({ media: 'screen' });
    });

    it('prints a clean paper checklist: every item with an empty box, no buttons, progress or history', async () => {
      const el = await fixture<PreventionChecklist>(
        html`<prevention-checklist><bsw-item id="book-visit">Book your next visit</bsw-item></prevention-checklist>`,
      );
      await tick(el, 'water');
      const backToScreen = printStylesOnScreen(el);
      try {
        expectPaperChecklist(el, ALL + 1, 9);
      } finally {
        backToScreen();
      }
      expectScreenChecklist(el, 'water');
      expect(box(el, 'water').checked).to.equal(true);
    });

    it("prints the same under the browser's own print media", async function () {
      if (!canEmulatePrint) {
        // Only Chromium's protocol can switch the page to print media (see canEmulatePrint); the
        // test above checks the same print rules in every engine.
        this.skip();
      }
      const el = await fixture<PreventionChecklist>(
        html`<prevention-checklist><bsw-item id="book-visit">Book your next visit</bsw-item></prevention-checklist>`,
      );
      await tick(el, 'water');
      await emulateMedia({ media: 'print' });
      expectPaperChecklist(el, ALL + 1, 9);
      await emulateMedia({ media: 'screen' });
      expectScreenChecklist(el, 'water');
    });

    it('has a button that opens the print dialog', async () => {
      const print = sinon.stub(window, 'print');
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
      await tap(root(el).querySelector('button[part="print-button"]') as HTMLButtonElement);
      expect(print.callCount).to.equal(1);
    });
  });
});
