import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { en } from '../src/content/index.js';
import { sources } from '../src/content/sources.js';
import '../src/ice-heat-timer/index.js';
import type { IceHeatTimer, TimerCompleteDetail, TimerStartDetail } from '../src/ice-heat-timer/index.js';
import './helpers/isolated-storage.js';
import { countdown, part, tapOn } from './helpers/timer.js';

/*
 * What a visitor sees and a site owner gets from <ice-heat-timer>: the choices, the controls,
 * the attributes, the events, the wording and accessibility. The clock is sinon's, so time is exact.
 * Buttons and disclosures are pressed with real input (a mouse click at their centre, or keys).
 */


const KEY = 'back-spasm-widgets:ice-heat-timer';
const NOW = new Date(2026, 10, 20, 9, 0, 0).getTime();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const text = en.timer;

let clock: sinon.SinonFakeTimers;

/**
 * The text a visitor sees, read two frames later, once the browser has laid out what the widget
 * rendered (innerText reads the layout).
 */
async function shownText(el: IceHeatTimer): Promise<string> {
  for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  return (el.shadowRoot!.querySelector('[part="base"]') as HTMLElement).innerText.replace(/\s+/g, ' ');
}

function exactDetails(el: IceHeatTimer): HTMLDetailsElement {
  return el.shadowRoot!.querySelector<HTMLDetailsElement>('details.exact')!;
}

/** Opens "enter the date and time" with a tap, as a visitor does, and returns its field. */
async function openExact(el: IceHeatTimer): Promise<HTMLInputElement> {
  const details = exactDetails(el);
  expect(details.open, 'closed before the tap').to.equal(false);
  await tapOn(details.querySelector('summary')!);
  await el.updateComplete;
  expect(details.open, 'open after the tap').to.equal(true);
  return el.shadowRoot!.querySelector<HTMLInputElement>('input[type="datetime-local"]')!;
}

/** Waits for the disclosure's toggle event, if one is still to come, and the render that follows it. */
async function settled(el: IceHeatTimer): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

function statusRegion(el: IceHeatTimer): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
}

async function press(el: IceHeatTimer, name: string): Promise<void> {
  const button = part(el, name) as HTMLButtonElement | null;
  expect(button, `button ${name}`).to.exist;
  await tapOn(button!);
  await el.updateComplete;
}

function choiceButton(el: IceHeatTimer, name: string, value: string): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-name="${name}"] button[data-value="${value}"]`);
}

/** Taps one of the answer buttons of "Ice or heat?" (mode) or "When did the spasm start?" (started). */
async function choose(el: IceHeatTimer, name: string, value: string): Promise<void> {
  const button = choiceButton(el, name, value);
  expect(button, `${name}=${value}`).to.exist;
  await tapOn(button!);
  await el.updateComplete;
  expect(choiceButton(el, name, value)?.getAttribute('aria-pressed'), `${name}=${value} is pressed`).to.equal('true');
}

async function make(template = html`<ice-heat-timer></ice-heat-timer>`): Promise<IceHeatTimer> {
  return fixture<IceHeatTimer>(template);
}

function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const stub = sinon.stub(console, 'warn').callsFake((...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  });
  return { messages, restore: () => stub.restore() };
}

/*
 * The chime finds no Web Audio here (its sound is tested in ice-heat-timer-clock.test.ts, with a
 * recording stand-in). WebKitGTK on a virtual display with no sound device stops answering after
 * about a dozen audio contexts in one page, and every session started here would make one.
 */
const realAudioContext = window.AudioContext;

beforeEach(() => {
  (window as { AudioContext: unknown }).AudioContext = undefined;
  localStorage.removeItem(KEY);
  clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});

afterEach(async () => {
  clock.restore();
  localStorage.removeItem(KEY);
  await resetMouse();
  window.AudioContext = realAudioContext;
});

describe('<ice-heat-timer>: what a visitor sees first', () => {
  it('shows the heading, a 15:00 ice countdown, Start, and the safety reminders with their sources', async () => {
    const el = await make();
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim()).to.equal(text.heading);
    expect(countdown(el)).to.equal('15:00');
    expect(part(el, 'primary-button')!.textContent.trim()).to.equal(text.ui.start);
    expect(part(el, 'reset-button')).to.equal(null);
    const safety = part(el, 'safety')!;
    const items = [...safety.querySelectorAll(':scope > ul > li')];
    expect(items).to.have.length(text.safety.length + text.askFirst.length);
    for (const item of [...text.safety, ...text.askFirst]) {
      expect(safety.textContent).to.contain(item.text);
    }
    // The reminders' sources sit behind one closed "Sources" disclosure that names every one of them.
    const disclosures = safety.querySelectorAll<HTMLDetailsElement>('details.sources');
    expect(disclosures).to.have.length(1);
    expect(disclosures[0]!.open).to.equal(false);
    expect(disclosures[0]!.querySelector('summary')!.textContent.trim()).to.equal(text.ui.sources);
    const listed = [...disclosures[0]!.querySelectorAll('li')].map((li) => li.textContent.trim());
    const cited = new Set([...text.safety, ...text.askFirst].flatMap((item) => item.sources));
    expect(listed).to.deep.equal([...cited].map((key) => `${sources[key].publisher}: ${sources[key].title}`));
    expect(listed.join(' ')).to.contain('Sprains and strains').and.contain('Sciatica');
    expect(await shownText(el)).to.contain('Sessions done today: 0');
  });

  it('puts the countdown and Start first, then the questions, what to do and the safety reminders', async () => {
    const el = await make();
    // The questions sit with the advice they change, after Start.
    expect(part(el, 'phase')!.contains(part(el, 'choices'))).to.equal(true);
    const order = ['timer', 'primary-button', 'phase', 'safety'].map((name) => part(el, name)!);
    for (let i = 1; i < order.length; i += 1) {
      const before = order[i - 1]!;
      const after = order[i]!;
      expect(before.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING, `${before.getAttribute('part')} before ${after.getAttribute('part')}`).to.not.equal(0);
    }
    // No source is named before Start; the how-to has one closed "Sources" disclosure of its own.
    const primary = part(el, 'primary-button')!;
    for (const disclosure of el.shadowRoot!.querySelectorAll('.sources')) {
      expect(primary.compareDocumentPosition(disclosure) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    }
    const howTo = part(el, 'phase')!.querySelectorAll<HTMLDetailsElement>('details.sources');
    expect(howTo).to.have.length(1);
    expect(howTo[0]!.open).to.equal(false);
    const listed = [...howTo[0]!.querySelectorAll('li')].map((li) => li.textContent.trim());
    expect(listed).to.deep.equal(text.phases.ice.howTo.sources.map((key) => `${sources[key].publisher}: ${sources[key].title}`));
    // On a phone the countdown and Start are on the first screen.
    const box = primary.getBoundingClientRect();
    expect(box.bottom - el.getBoundingClientRect().top).to.be.below(600);
  });

  it('opens a "Sources" disclosure with a tap, and shows its list', async () => {
    const el = await make();
    const disclosure = part(el, 'phase')!.querySelector<HTMLDetailsElement>('details.sources')!;
    await tapOn(disclosure.querySelector('summary')!);
    expect(disclosure.open).to.equal(true);
    await settled(el);
    expect(disclosure.querySelector('li')!.getBoundingClientRect().height).to.be.above(0);
  });

  it('names each safety point a visitor must know: cloth, skin check, no sleeping, who asks first', () => {
    const all = [...text.safety, ...text.askFirst].map((item) => item.text.toLowerCase()).join(' ');
    for (const point of ['cloth', 'check your skin', 'fall asleep', 'diabetes', 'neuropathy', 'circulation', 'raynaud', 'hot-water bottle', 'numb']) {
      expect(all, point).to.contain(point);
    }
    for (const item of [...text.safety, ...text.askFirst, text.phases.ice.howTo, text.phases.heat.howTo]) {
      expect(item.sources.length, item.text).to.be.greaterThan(0);
    }
  });

  it('keeps the countdown out of live regions; only the polite status region speaks', async () => {
    const el = await make();
    await press(el, 'primary-button');
    const live = [...el.shadowRoot!.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="timer"]')];
    expect(live).to.have.length(1);
    expect(live[0]!.getAttribute('aria-live')).to.equal('polite');
    expect(live[0]!.contains(part(el, 'countdown'))).to.equal(false);
    expect(part(el, 'countdown')!.closest('[aria-live]')).to.equal(null);
  });

  it('draws a progress ring that empties as time passes', async () => {
    const el = await make();
    const ring = () => el.shadowRoot!.querySelector('[part="ring"] .progress')!;
    expect(Number(ring().getAttribute('stroke-dashoffset'))).to.equal(0);
    await press(el, 'primary-button');
    clock.tick(7.5 * MINUTE);
    await el.updateComplete;
    const length = Number(ring().getAttribute('stroke-dasharray'));
    expect(Number(ring().getAttribute('stroke-dashoffset'))).to.be.closeTo(length / 2, 0.02);
    expect(el.shadowRoot!.querySelector('[part="ring"]')!.getAttribute('aria-hidden')).to.equal('true');
  });
});

describe('<ice-heat-timer>: ice or heat', () => {
  it('suggests ice for a spasm that started today or yesterday, and heat for 2 or more days ago', async () => {
    const el = await make();
    await choose(el, 'started', 'today');
    expect(part(el, 'phase')!.textContent).to.contain(text.reasons['first-48-hours']);
    expect(el.phase).to.equal('ice');
    await choose(el, 'started', 'yesterday');
    expect(el.phase).to.equal('ice');
    await choose(el, 'started', 'two-days-ago');
    expect(el.phase).to.equal('heat');
    expect(part(el, 'phase')!.textContent).to.contain(text.reasons['after-48-hours']);
    expect(part(el, 'phase')!.textContent).to.contain(text.phases.heat.howTo.text);
    expect(await shownText(el)).to.contain('Heat session, 15 minutes');
  });

  it('takes an exact date and time, refuses one in the future, and says when heat takes over', async () => {
    const el = await make();
    const input = await openExact(el);
    input.value = '2026-11-19T08:30';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.phase).to.equal('ice');
    expect(part(el, 'phase')!.textContent).to.contain('Switch to heat from');
    input.value = '2026-11-18T08:59';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.phase).to.equal('heat');
    input.value = '2026-11-21T08:30';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('#exact-error')!.textContent).to.contain(text.started.futureError);
    expect(input.getAttribute('aria-describedby')).to.contain('exact-error');
    // The last valid answer still stands.
    expect(el.phase).to.equal('heat');
  });

  it('goes back to "not known" when the exact date is cleared', async () => {
    const el = await make();
    const input = await openExact(el);
    input.value = '2026-11-17T08:30';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.phase).to.equal('heat');
    input.value = '';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.phase).to.equal('ice');
    expect(part(el, 'phase')!.textContent).to.contain(text.reasons['start-unknown']);
  });

  it('opens and closes "enter the date and time" with a real tap, Enter and Space, and keeps what was entered', async () => {
    const el = await make();
    const details = exactDetails(el);
    const summary = details.querySelector('summary')!;
    const field = await openExact(el);
    field.value = '2026-11-19T08:30';
    field.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.phase).to.equal('ice');

    await tapOn(summary);
    expect(details.open, 'closed by a second tap').to.equal(false);
    await settled(el);
    expect(details.open, 'still closed after the render').to.equal(false);
    await tapOn(summary);
    expect(details.open, 'open again').to.equal(true);
    await settled(el);
    expect(details.open, 'still open after the render').to.equal(true);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type="datetime-local"]')!.value).to.equal('2026-11-19T08:30');

    // The keyboard: Enter and Space on the summary toggle it (reaching it with Tab is in the keyboard tests).
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(details.open, 'closed by Enter').to.equal(false);
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(details.open, 'opened by Space').to.equal(true);
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(details.open, 'closed by Space').to.equal(false);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(details.open, 'opened by Enter').to.equal(true);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="datetime-local"]')!;
    expect(input.getBoundingClientRect().height, 'the field is shown').to.be.at.least(44);
  });

  it('opens "enter the date and time" from the keyboard before it was ever opened, with its field built', async () => {
    for (const key of ['Enter', 'Space']) {
      const el = await make();
      const details = exactDetails(el);
      expect(el.shadowRoot!.querySelector('input[type="datetime-local"]')).to.equal(null);
      details.querySelector('summary')!.focus();
      await sendKeys({ press: key });
      await settled(el);
      expect(details.open, `opened by ${key}`).to.equal(true);
      expect(el.shadowRoot!.querySelector('input[type="datetime-local"]'), `the field after ${key}`).to.exist;
      el.remove();
    }
  });

  it('keeps the date and time field closed until the visitor opens it, or a date is set', async () => {
    const closed = await make();
    const details = exactDetails(closed);
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent.trim()).to.equal(text.started.exactLabel);
    expect(closed.shadowRoot!.querySelector('input[type="datetime-local"]')).to.equal(null);
    const input = await openExact(closed);
    expect(details.open).to.equal(true);
    expect(input.getAttribute('aria-labelledby')).to.equal('exact-label');
    // Closed by a script, opened again by one: the field follows.
    details.open = false;
    await oneEvent(details, 'toggle');
    details.open = true;
    await oneEvent(details, 'toggle');
    await closed.updateComplete;
    expect(closed.shadowRoot!.querySelector('input[type="datetime-local"]')).to.exist;

    const set = await make(html`<ice-heat-timer started="2026-11-20T08:00"></ice-heat-timer>`);
    expect(set.shadowRoot!.querySelector<HTMLDetailsElement>('details.exact')!.open).to.equal(true);
    expect(set.shadowRoot!.querySelector<HTMLInputElement>('input[type="datetime-local"]')!.value).to.equal('2026-11-20T08:00');
  });

  it('asks with full-width answer buttons, one column, each group named by its question', async () => {
    const el = await make();
    for (const [name, heading, count] of [
      ['mode', text.mode.legend, 3],
      ['started', text.started.legend, 3],
    ] as const) {
      const group = el.shadowRoot!.querySelector<HTMLElement>(`[data-name="${name}"]`)!;
      expect(group.getAttribute('role')).to.equal('group');
      const label = el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!;
      expect(label.textContent.trim()).to.equal(heading);
      expect(label.getAttribute('role')).to.equal('heading');
      const buttons = [...group.querySelectorAll('button')];
      expect(buttons).to.have.length(count);
      const width = group.getBoundingClientRect().width;
      for (const [index, button] of buttons.entries()) {
        const box = button.getBoundingClientRect();
        expect(box.height, button.textContent).to.be.at.least(48);
        expect(box.width, button.textContent).to.be.closeTo(width, 1);
        if (index > 0) expect(box.top).to.be.above(buttons[index - 1]!.getBoundingClientRect().bottom);
      }
    }
    // The mode follows the date until the visitor says otherwise; no start is chosen yet.
    expect(choiceButton(el, 'mode', 'auto')!.getAttribute('aria-pressed')).to.equal('true');
    expect([...el.shadowRoot!.querySelectorAll('[data-name="started"] button[aria-pressed="true"]')]).to.have.length(0);
    await choose(el, 'started', 'yesterday');
    expect(choiceButton(el, 'started', 'today')!.getAttribute('aria-pressed')).to.equal('false');
    await choose(el, 'started', 'today');
    expect(choiceButton(el, 'started', 'yesterday')!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('lets the visitor choose ice or heat directly, which hides the start question', async () => {
    const el = await make(html`<ice-heat-timer started="2026-11-20T08:00"></ice-heat-timer>`);
    expect(el.phase).to.equal('ice');
    await choose(el, 'mode', 'heat');
    expect(el.phase).to.equal('heat');
    expect(el.shadowRoot!.querySelector('[data-name="started"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('details.exact')).to.equal(null);
    expect(part(el, 'phase')!.textContent).to.contain(text.reasons.chosen);
    await choose(el, 'mode', 'auto');
    expect(el.phase).to.equal('ice');
  });

  it('follows the started attribute: 47:59 hours ago is ice, 48:00 hours ago is heat', async () => {
    const ice = await make(html`<ice-heat-timer started=${new Date(NOW - 47 * HOUR - 59 * MINUTE).toISOString()}></ice-heat-timer>`);
    expect(ice.phase).to.equal('ice');
    const heat = await make(html`<ice-heat-timer started=${new Date(NOW - 48 * HOUR).toISOString()}></ice-heat-timer>`);
    expect(heat.phase).to.equal('heat');
  });

  it('switches from ice to heat by itself when the 48 hours run out while the page is open', async () => {
    const el = await make(html`<ice-heat-timer started=${new Date(NOW - 47 * HOUR).toISOString()}></ice-heat-timer>`);
    expect(el.phase).to.equal('ice');
    clock.tick(HOUR - 1000);
    await el.updateComplete;
    expect(await shownText(el)).to.contain('Ice session');
    clock.tick(1000);
    await el.updateComplete;
    expect(el.phase).to.equal('heat');
    expect(await shownText(el)).to.contain('Heat session');
  });

  it('after a session ends, advises on the next session, and the face still shows the one that ended', async () => {
    const el = await make(html`<ice-heat-timer mode="heat" duration="5"></ice-heat-timer>`);
    await press(el, 'primary-button');
    clock.tick(5 * MINUTE);
    await el.updateComplete;
    await choose(el, 'mode', 'ice');
    const phase = part(el, 'phase')!.textContent;
    expect(phase).to.contain(text.phases.ice.howTo.text).and.not.contain(text.phases.heat.howTo.text);
    expect(part(el, 'timer')!.textContent).to.contain('Heat session, 5 minutes');
  });

  it('keeps the phase of a session that is under way, even if the choice changes', async () => {
    const el = await make(html`<ice-heat-timer mode="ice"></ice-heat-timer>`);
    await press(el, 'primary-button');
    el.setAttribute('mode', 'heat');
    await el.updateComplete;
    expect(el.phase).to.equal('ice');
    expect(await shownText(el)).to.contain('Ice session');
  });
});

describe('<ice-heat-timer>: start, pause, resume, reset', () => {
  it('starts, pauses, resumes and resets, keeping focus on the same button', async () => {
    const el = await make();
    const starts: TimerStartDetail[] = [];
    el.addEventListener('timer-start', (event) => starts.push(event.detail));
    const primary = part(el, 'primary-button') as HTMLButtonElement;
    primary.focus();
    await press(el, 'primary-button');
    expect(el.status).to.equal('running');
    expect(starts).to.deep.equal([{ phase: 'ice', durationMinutes: 15, endsAt: NOW + 15 * MINUTE }]);
    expect(part(el, 'primary-button')).to.equal(primary);
    expect(primary.textContent.trim()).to.equal(text.ui.pause);
    expect(el.shadowRoot!.activeElement).to.equal(primary);
    expect(statusRegion(el).textContent).to.contain('Ice session started: 15 minutes');

    clock.tick(4 * MINUTE);
    await press(el, 'primary-button');
    expect(el.status).to.equal('paused');
    expect(countdown(el)).to.equal('11:00');
    expect(primary.textContent.trim()).to.equal(text.ui.resume);
    expect(statusRegion(el).textContent).to.contain(text.announce.paused);

    clock.tick(30 * MINUTE);
    await el.updateComplete;
    expect(countdown(el)).to.equal('11:00');
    expect(el.nextSessionAt).to.equal(Date.now() + 11 * MINUTE + 2 * HOUR);

    await press(el, 'primary-button');
    expect(el.status).to.equal('running');
    clock.tick(MINUTE);
    await el.updateComplete;
    expect(countdown(el)).to.equal('10:00');

    await press(el, 'reset-button');
    expect(el.status).to.equal('idle');
    expect(countdown(el)).to.equal('15:00');
    expect(statusRegion(el).textContent).to.contain(text.announce.reset);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'primary-button'));
    expect(starts).to.have.length(1);
  });

  it('shows when the next session is due, counts sessions done today, and makes the skin rest 2 hours', async () => {
    const el = await make();
    await press(el, 'primary-button');
    expect(await shownText(el)).to.contain('Next session from');
    clock.tick(15 * MINUTE);
    await el.updateComplete;
    expect(el.status).to.equal('done');
    expect(part(el, 'done-message')!.textContent).to.contain(text.ui.doneMessage);
    // The outcome is a calm "done" banner with its word, then when the next session may start.
    const done = part(el, 'done-message')!.closest('[part="banner"]')!;
    expect(done.classList.contains('tone-success')).to.equal(true);
    expect(done.querySelector('.banner-label')!.textContent.trim()).to.equal(text.ui.doneLabel);
    expect(await shownText(el)).to.contain('Sessions done today: 1');
    expect(el.nextSessionAt).to.equal(NOW + 15 * MINUTE + 2 * HOUR);
    expect(await shownText(el)).to.contain('Give your skin a rest');
    const rest = el.shadowRoot!.getElementById('rest')!;
    const next = rest.closest('[part="banner"]')!;
    expect(next.classList.contains('tone-info')).to.equal(true);
    expect(next.querySelector('.banner-label')!.textContent.trim()).to.equal(text.ui.restLabel);
    expect(part(el, 'schedule')!.contains(next)).to.equal(true);

    const primary = part(el, 'primary-button') as HTMLButtonElement;
    expect(primary.getAttribute('aria-disabled')).to.equal('true');
    expect(primary.getAttribute('aria-describedby')).to.equal('rest');
    await press(el, 'primary-button');
    expect(el.status).to.equal('done');
    // Reset does not clear the rest period: sessions done still count.
    await press(el, 'reset-button');
    expect(el.start()).to.equal(false);
    expect(part(el, 'done-message')).to.equal(null);
    expect(el.shadowRoot!.getElementById('rest')!.closest('[part="banner"]')!.classList.contains('tone-info')).to.equal(true);

    clock.tick(2 * HOUR - 1000);
    await el.updateComplete;
    expect(el.start()).to.equal(false);
    clock.tick(1000);
    await el.updateComplete;
    expect(part(el, 'primary-button')!.getAttribute('aria-disabled')).to.equal('false');
    await press(el, 'primary-button');
    expect(el.status).to.equal('running');
  });

  it('counts sessions of today only: the count starts again after midnight', async () => {
    clock.setSystemTime(new Date(2026, 10, 20, 23, 0).getTime());
    const el = await make();
    await press(el, 'primary-button');
    clock.tick(15 * MINUTE);
    await el.updateComplete;
    expect(await shownText(el)).to.contain('Sessions done today: 1');
    clock.tick(HOUR);
    await el.updateComplete;
    expect(await shownText(el)).to.contain('Sessions done today: 0');
  });
});

describe('<ice-heat-timer>: attributes', () => {
  it('uses duration in minutes, and clamps 21 to 20 and 4 to 5 with one warning naming the value', async () => {
    const warnings = captureWarnings();
    try {
      const twenty = await make(html`<ice-heat-timer duration="20"></ice-heat-timer>`);
      expect(countdown(twenty)).to.equal('20:00');
      expect(warnings.messages).to.have.length(0);
      const high = await make(html`<ice-heat-timer duration="21"></ice-heat-timer>`);
      expect(countdown(high)).to.equal('20:00');
      expect(high.durationMinutes).to.equal(20);
      high.requestUpdate();
      await high.updateComplete;
      const low = await make(html`<ice-heat-timer duration="4"></ice-heat-timer>`);
      expect(countdown(low)).to.equal('05:00');
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('duration').and.contain('"21"');
      expect(warnings.messages[1]).to.contain('duration').and.contain('"4"');
    } finally {
      warnings.restore();
    }
  });

  it('never runs a session longer than 20 minutes, whatever duration says', async () => {
    const warnings = captureWarnings();
    try {
      const el = await make(html`<ice-heat-timer duration="600"></ice-heat-timer>`);
      const started = new Promise<TimerStartDetail>((resolve) => el.addEventListener('timer-start', (e) => resolve(e.detail)));
      await press(el, 'primary-button');
      expect((await started).durationMinutes).to.equal(20);
      clock.tick(20 * MINUTE - 1);
      expect(el.status).to.equal('running');
      clock.tick(1);
      expect(el.status).to.equal('done');
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  for (const [name, value, expected] of [
    ['duration', 'quarter', '15:00'],
    ['mode', 'cold', 'ice'],
    ['sound', 'loud', 'on'],
    ['started', 'last tuesday', 'ice'],
  ] as const) {
    it(`warns once about ${name}="${value}" and uses the default`, async () => {
      const warnings = captureWarnings();
      try {
        const el = document.createElement('ice-heat-timer');
        el.setAttribute(name, value);
        // fixtureSync: open-wc waits for an animation frame after a plain element, which a background test page may never get.
        fixtureSync(html`<div></div>`).append(el);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
        expect(warnings.messages[0]).to.contain(name).and.contain(`"${value}"`);
        if (name === 'duration') expect(countdown(el)).to.equal(expected);
        if (name === 'mode' || name === 'started') expect(el.phase).to.equal(expected);
        expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim()).to.equal(text.heading);
      } finally {
        warnings.restore();
      }
    });
  }

  it('warns about a started date in the future and counts it as now (ice)', async () => {
    const warnings = captureWarnings();
    try {
      const el = await make(html`<ice-heat-timer started="2026-12-25T10:00"></ice-heat-timer>`);
      expect(el.phase).to.equal('ice');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('started').and.contain('2026-12-25T10:00').and.contain('future');
      expect(part(el, 'phase')!.textContent).to.contain(text.reasons['start-in-future']);
    } finally {
      warnings.restore();
    }
  });

  it('plays no chime with sound="off", but still vibrates and tells the site', async () => {
    const AudioContextSpy = sinon.spy();
    const original = window.AudioContext;
    (window as { AudioContext: unknown }).AudioContext = AudioContextSpy;
    const vibrate = sinon.stub().returns(true);
    Object.defineProperty(navigator, 'vibrate', { configurable: true, writable: true, value: vibrate });
    try {
      const el = await make(html`<ice-heat-timer sound="off" duration="5"></ice-heat-timer>`);
      const done = sinon.spy();
      el.addEventListener('timer-complete', done);
      await press(el, 'primary-button');
      clock.tick(5 * MINUTE);
      expect(done.calledOnce).to.equal(true);
      expect(AudioContextSpy.called).to.equal(false);
      expect(vibrate.calledOnce).to.equal(true);
    } finally {
      window.AudioContext = original;
      delete (navigator as { vibrate?: unknown }).vibrate;
    }
  });

  it('uses the wording of its language, and English with one warning for a language it lacks', async () => {
    const warnings = captureWarnings();
    try {
      const gb = fixtureSync(html`<div lang="en-GB"><ice-heat-timer></ice-heat-timer></div>`);
      const timer = gb.querySelector('ice-heat-timer') as IceHeatTimer;
      await timer.updateComplete;
      expect(timer.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim()).to.equal(text.heading);
      expect(warnings.messages).to.have.length(0);
      const other = await make(html`<ice-heat-timer lang="xx"></ice-heat-timer>`);
      expect(other.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim()).to.equal(text.heading);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('"xx"');
    } finally {
      warnings.restore();
    }
  });

  it('takes its colours from --bsw-* custom properties', async () => {
    const el = await make(html`<ice-heat-timer style="--bsw-ice: rgb(1, 2, 3); --bsw-accent: rgb(4, 5, 6)"></ice-heat-timer>`);
    const ring = el.shadowRoot!.querySelector('[part="ring"] .progress')!;
    expect(getComputedStyle(ring).stroke).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'primary-button')!).backgroundColor).to.equal('rgb(4, 5, 6)');
  });
});

describe('<ice-heat-timer>: events', () => {
  it('fires timer-start and timer-complete that bubble out of the shadow root with a typed detail', async () => {
    // Inside another component's shadow root: the events must cross it to reach the page.
    const outer = fixtureSync(html`<div></div>`);
    const el = document.createElement('ice-heat-timer');
    el.setAttribute('mode', 'heat');
    el.setAttribute('duration', '10');
    outer.attachShadow({ mode: 'open' }).append(el);
    await el.updateComplete;
    const seen: Event[] = [];
    outer.addEventListener('timer-start', (event) => seen.push(event));
    outer.addEventListener('timer-complete', (event) => seen.push(event));
    await press(el, 'primary-button');
    clock.tick(10 * MINUTE);
    expect(seen.map((event) => event.type)).to.deep.equal(['timer-start', 'timer-complete']);
    for (const event of seen) {
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
    }
    const complete = (seen[1] as CustomEvent<TimerCompleteDetail>).detail;
    expect(complete).to.deep.equal({ phase: 'heat', durationMinutes: 10, endedAt: NOW + 10 * MINUTE });
  });
});

describe('<ice-heat-timer>: accessibility', () => {
  it('is accessible when idle, running, paused and done', async () => {
    const el = await make(html`<ice-heat-timer lang="en"></ice-heat-timer>`);
    clock.restore();
    await expect(el).to.be.accessible();
    await press(el, 'primary-button');
    expect(el.status).to.equal('running');
    await expect(el).to.be.accessible();
    await press(el, 'primary-button');
    expect(el.status).to.equal('paused');
    await expect(el).to.be.accessible();
    await press(el, 'reset-button');
    el.remove();
    // A saved session that ended a minute ago.
    localStorage.setItem(
      KEY,
      JSON.stringify({
        v: 1,
        data: { session: { status: 'running', phase: 'ice', durationMs: 15 * MINUTE, deadline: Date.now() - MINUTE }, completed: [], notify: false },
      }),
    );
    const done = await make(html`<ice-heat-timer lang="en"></ice-heat-timer>`);
    expect(done.status).to.equal('done');
    await expect(done).to.be.accessible();
    // Restart the fake clock so afterEach can restore it.
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });

  it('gives every control a visible label and a 44px target', async () => {
    clock.restore();
    const el = await make();
    await press(el, 'primary-button');
    await press(el, 'primary-button');
    for (const button of el.shadowRoot!.querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      expect(box.height, button.textContent).to.be.at.least(44);
      expect(box.width, button.textContent).to.be.at.least(44);
      expect(button.textContent.trim()).to.not.equal('');
    }
    await press(el, 'reset-button');
    const idleButtons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(idleButtons.filter((button) => button.classList.contains('choice-button'))).to.have.length(6);
    for (const button of idleButtons) {
      const box = button.getBoundingClientRect();
      expect(box.height, button.textContent).to.be.at.least(44);
      expect(button.textContent.trim()).to.not.equal('');
    }
    const summaries = [...el.shadowRoot!.querySelectorAll('summary')];
    expect(summaries).to.have.length(3);
    for (const summary of summaries) {
      expect(summary.getBoundingClientRect().height, summary.textContent).to.be.at.least(44);
    }
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
});
