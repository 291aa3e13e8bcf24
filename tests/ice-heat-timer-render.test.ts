import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { en } from '../src/content/index.js';
import '../src/ice-heat-timer/index.js';
import type { IceHeatTimer } from '../src/ice-heat-timer/index.js';
import './helpers/isolated-storage.js';
import { countdown, part, tapOn } from './helpers/timer.js';

const text = en.timer;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Records the audio contexts made, and what was done with them. */
class FakeAudioContext {
  static made: FakeAudioContext[] = [];
  state: AudioContextState = 'running';
  resumed = 0;
  currentTime = 0;
  destination = {};
  constructor() {
    FakeAudioContext.made.push(this);
  }
  resume() {
    this.resumed += 1;
    return Promise.resolve();
  }
  close() {
    return Promise.resolve();
  }
}

const originalAudio = window.AudioContext;
const wakeLockRequest = sinon.spy(() => Promise.resolve({ release: () => Promise.resolve(), addEventListener: () => undefined }));

beforeEach(() => {
  FakeAudioContext.made = [];
  (window as { AudioContext: unknown }).AudioContext = FakeAudioContext;
  wakeLockRequest.resetHistory();
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request: wakeLockRequest } });
});

afterEach(() => {
  window.AudioContext = originalAudio;
  delete (navigator as { wakeLock?: unknown }).wakeLock;
});

/** What the shadow root holds: the parts a visitor can see, and whether the card still keeps its space. */
function shown(el: IceHeatTimer) {
  const root = el.shadowRoot!;
  return {
    countdown: root.querySelector('[part="countdown"]') !== null,
    start: root.querySelector('[part="primary-button"]') !== null,
    choices: root.querySelector('[part~="choices"]') !== null,
    safety: root.querySelector('[part="safety"]') !== null,
    sourceLists: root.querySelectorAll('[part="sources"] li').length > 0,
    filling: root.querySelector('[part="base"]')?.classList.contains('filling') ?? false,
  };
}

describe('<ice-heat-timer>: what a visitor sees first', () => {
  it('paints the countdown and Start first; the questions, then the safety reminders follow, one paint each', async () => {
    const el = document.createElement('ice-heat-timer');
    const seen: ReturnType<typeof shown>[] = [];
    const observer = new MutationObserver(() => {
      const now = shown(el);
      if (now.countdown && JSON.stringify(now) !== JSON.stringify(seen.at(-1))) seen.push(now);
    });
    observer.observe(el.shadowRoot ?? el.attachShadow({ mode: 'open' }), { childList: true, subtree: true });
    document.body.append(el);
    try {
      while (!el.hasUpdated) await frame();
      const startTop = part(el, 'primary-button')!.getBoundingClientRect().top;
      const firstHeight = el.getBoundingClientRect().height;
      await el.updateComplete;
      const top = { countdown: true, start: true };
      expect(seen).to.deep.equal([
        { ...top, choices: false, safety: false, sourceLists: false, filling: true },
        { ...top, choices: true, safety: false, sourceLists: false, filling: true },
        { ...top, choices: true, safety: true, sourceLists: true, filling: false },
      ]);
      expect(part(el, 'heading')!.textContent).to.contain(text.heading);
      expect(countdown(el)).to.equal('15:00');
      expect(part(el, 'primary-button')!.textContent.trim()).to.equal(text.ui.start);
      // Nothing painted first moves, and the card never got shorter than the space it kept.
      expect(part(el, 'primary-button')!.getBoundingClientRect().top).to.equal(startTop);
      expect(el.getBoundingClientRect().height).to.be.at.least(firstHeight);
      const lists = [...el.shadowRoot!.querySelectorAll('[part="sources"]')].map((details) => details.querySelectorAll('li').length);
      expect(lists.length).to.equal(2);
      expect(lists.every((count) => count > 0)).to.equal(true);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('renders everything at once in every later update, without waiting on a frame', async () => {
    const el = await fixture<IceHeatTimer>(html`<ice-heat-timer></ice-heat-timer>`);
    const original = window.requestAnimationFrame.bind(window);
    let frames = 0;
    window.requestAnimationFrame = (callback) => {
      frames += 1;
      return original(callback);
    };
    const changes: [string, string][] = [
      ['mode', 'heat'],
      ['duration', '10'],
      ['heading', 'Your timer'],
      ['lang', 'en'],
    ];
    try {
      for (const [name, value] of changes) {
        el.setAttribute(name, value);
        await el.updateComplete;
        expect(shown(el)).to.include({ choices: true, safety: true, sourceLists: true, filling: false });
      }
    } finally {
      window.requestAnimationFrame = original;
    }
    expect(frames).to.equal(0);
    expect(part(el, 'heading')!.textContent).to.contain('Your timer');
  });
});

describe('<ice-heat-timer>: Start by a real tap', () => {
  it('shows the running countdown and Pause at the next paint; saving, the wake lock and the chime follow it', async () => {
    const el = await fixture<IceHeatTimer>(html`<ice-heat-timer></ice-heat-timer>`);
    const button = part(el, 'primary-button')!;
    const stored = () => JSON.stringify(Object.entries(localStorage));
    const before = stored();
    let seen: { label: string; running: boolean; saved: boolean; audio: number; lock: boolean } | null = null;
    button.addEventListener('click', () => {
      // The frame after the tap's handlers: what it paints.
      requestAnimationFrame(() => {
        seen = {
          label: part(el, 'primary-button')!.textContent.trim(),
          running: el.status === 'running',
          saved: stored() !== before,
          audio: FakeAudioContext.made.length,
          lock: wakeLockRequest.called,
        };
      });
    });
    await tapOn(button);
    await el.updateComplete;
    expect(seen, 'a frame after the tap').to.not.equal(null);
    expect(seen!.label).to.equal(text.ui.pause);
    expect(seen!.running).to.equal(true);
    expect(seen!.saved, 'saved before the paint').to.equal(false);
    expect(seen!.lock, 'wake lock asked before the paint').to.equal(false);
    // Then, after it: all of them.
    expect(el.status).to.equal('running');
    expect(part(el, 'primary-button')!.textContent.trim()).to.equal(text.ui.pause);
    expect(stored(), 'saved after the paint').to.not.equal(before);
    expect(wakeLockRequest.called).to.equal(true);
    expect(FakeAudioContext.made.length).to.equal(1);
  });
});
