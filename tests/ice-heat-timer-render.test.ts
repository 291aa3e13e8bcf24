import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
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

describe('<ice-heat-timer>: what a visitor sees first', () => {
  it('shows the first screen at its first paint: heading, countdown, Start and the questions', async () => {
    const el = fixtureSync<IceHeatTimer>(html`<ice-heat-timer></ice-heat-timer>`);
    // The first render, then the frame that paints it.
    while (!el.hasUpdated) await frame();
    expect(part(el, 'heading')!.textContent).to.contain(text.heading);
    expect(countdown(el)).to.equal('15:00');
    expect(part(el, 'primary-button')!.textContent.trim()).to.equal(text.ui.start);
    expect(part(el, 'choices')).to.exist;
    expect(part(el, 'safety')).to.exist;
    // The closed "Sources" disclosures are there, their lists follow.
    const height = el.getBoundingClientRect().height;
    await el.updateComplete;
    expect(el.getBoundingClientRect().height, 'nothing moves when the rest is built').to.equal(height);
    const lists = [...el.shadowRoot!.querySelectorAll('[part="sources"]')].map((details) => details.querySelectorAll('li').length);
    expect(lists.length).to.equal(2);
    expect(lists.every((count) => count > 0)).to.equal(true);
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
