import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { ScreenWakeLock, wakeLockAllowed } from '../src/ice-heat-timer/alerts.js';
import '../src/ice-heat-timer/index.js';
import type { IceHeatTimer } from '../src/ice-heat-timer/index.js';
import { tap } from './helpers/real-input.js';

/*
 * The screen wake lock is asked for only where the document's permissions policy allows it. A
 * frame embedded with allow="screen-wake-lock 'none'" may not keep the screen on, and asking there
 * makes the browser log a permissions-policy violation (seen here with a ReportingObserver).
 * Chromium tells the policy in advance (document.featurePolicy), so the timer does not ask at all;
 * Firefox has no policy object, so the timer asks as before and its refusal is caught.
 */

const KEY = 'back-spasm-widgets:ice-heat-timer';

type PolicyHolder = { permissionsPolicy?: unknown; featurePolicy?: unknown };

/** A stand-in document with the given policy objects and a wake lock that records requests. */
function fakeDocument(policies: PolicyHolder): { doc: Document; request: sinon.SinonSpy } {
  const request = sinon.spy(() =>
    Promise.resolve({ release: () => Promise.resolve(), addEventListener: () => undefined } as unknown as WakeLockSentinel),
  );
  const doc = { ...policies, defaultView: { navigator: { wakeLock: { request } } } } as unknown as Document;
  return { doc, request };
}

const policy = (allowed: boolean, features?: string[]) => ({
  allowsFeature: (feature: string) => (feature === 'screen-wake-lock' ? allowed : true),
  ...(features ? { features: () => features } : {}),
});

async function flush(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

describe('wake lock: the permissions policy', () => {
  it('follows document.permissionsPolicy, else document.featurePolicy', () => {
    expect(wakeLockAllowed(fakeDocument({ permissionsPolicy: policy(false) }).doc)).to.equal(false);
    expect(wakeLockAllowed(fakeDocument({ featurePolicy: policy(false) }).doc)).to.equal(false);
    expect(wakeLockAllowed(fakeDocument({ permissionsPolicy: policy(true) }).doc)).to.equal(true);
    expect(wakeLockAllowed(fakeDocument({ featurePolicy: policy(true) }).doc)).to.equal(true);
    // The newer object wins.
    expect(wakeLockAllowed(fakeDocument({ permissionsPolicy: policy(true), featurePolicy: policy(false) }).doc)).to.equal(true);
    expect(wakeLockAllowed(fakeDocument({ permissionsPolicy: policy(false), featurePolicy: policy(true) }).doc)).to.equal(false);
  });

  it('allows the lock where there is no policy object, the policy does not know the feature, or reading it throws', () => {
    expect(wakeLockAllowed(fakeDocument({}).doc)).to.equal(true);
    expect(wakeLockAllowed(null)).to.equal(true);
    expect(wakeLockAllowed(fakeDocument({ permissionsPolicy: {} }).doc)).to.equal(true);
    expect(wakeLockAllowed(fakeDocument({ permissionsPolicy: policy(false, ['camera', 'geolocation']) }).doc)).to.equal(true);
    expect(wakeLockAllowed(fakeDocument({ permissionsPolicy: policy(false, ['screen-wake-lock']) }).doc)).to.equal(false);
    const throwing = {
      allowsFeature: () => {
        throw new Error('broken');
      },
    };
    expect(wakeLockAllowed(fakeDocument({ permissionsPolicy: throwing }).doc)).to.equal(true);
    const getterThrows = {} as PolicyHolder;
    Object.defineProperty(getterThrows, 'permissionsPolicy', {
      get() {
        throw new Error('no');
      },
    });
    expect(wakeLockAllowed(getterThrows as unknown as Document)).to.equal(true);
  });

  it('does not ask for the lock where the policy forbids it, and asks where it allows it', async () => {
    const forbidden = fakeDocument({ permissionsPolicy: policy(false) });
    const forbiddenLock = new ScreenWakeLock(() => forbidden.doc);
    forbiddenLock.hold();
    await flush();
    expect(forbidden.request.called).to.equal(false);
    expect(forbiddenLock.held).to.equal(false);

    const allowed = fakeDocument({ featurePolicy: policy(true) });
    const allowedLock = new ScreenWakeLock(() => allowed.doc);
    allowedLock.hold();
    await flush();
    expect(allowed.request.calledOnceWith('screen')).to.equal(true);
    expect(allowedLock.held).to.equal(true);
    allowedLock.release();
    expect(allowedLock.held).to.equal(false);

    // No policy object: asked, as browsers without one need.
    const unknown = fakeDocument({});
    new ScreenWakeLock(() => unknown.doc).hold();
    expect(unknown.request.calledOnce).to.equal(true);
  });
});

describe('<ice-heat-timer>: wake lock and the page policy', () => {
  let frame: HTMLIFrameElement | null = null;

  afterEach(async () => {
    frame?.contentWindow?.localStorage.removeItem(KEY);
    frame?.remove();
    frame = null;
    await resetMouse();
  });

  /** A frame with the given `allow`, holding one timer from the library's source. */
  async function timerInFrame(allow: string | null): Promise<{ win: Window; el: IceHeatTimer; reports: string[] }> {
    frame = document.createElement('iframe');
    if (allow !== null) frame.setAttribute('allow', allow);
    frame.style.width = '600px';
    frame.style.height = '700px';
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><body>
      <script type="module" src="/src/ice-heat-timer/index.ts"></script>
      <ice-heat-timer duration="5" sound="off"></ice-heat-timer></body></html>`;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    win.localStorage.removeItem(KEY);
    const reports: string[] = [];
    if (typeof win.ReportingObserver === 'function') {
      new win.ReportingObserver((list) => reports.push(...list.map((report) => report.type)), { buffered: true }).observe();
    }
    await win.customElements.whenDefined('ice-heat-timer');
    const el = win.document.querySelector('ice-heat-timer') as IceHeatTimer;
    await el.updateComplete;
    return { win, el, reports };
  }

  /** Waits a little real time: the lock's promise, and any report, come in tasks of their own. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  const hasPolicyObject = (win: Window) => {
    const doc = win.document as Document & PolicyHolder;
    return doc.permissionsPolicy !== undefined || doc.featurePolicy !== undefined;
  };

  it(`starts in a frame with allow="screen-wake-lock 'none'" without asking for the lock where the policy can be read, and never throws`, async () => {
    const { win, el, reports } = await timerInFrame("screen-wake-lock 'none'");
    const errors: unknown[] = [];
    win.addEventListener('error', (event) => errors.push(event.error));
    win.addEventListener('unhandledrejection', (event) => errors.push(event.reason));
    const request = sinon.spy(win.navigator.wakeLock, 'request');
    await tap(el.shadowRoot!.querySelector('[part="primary-button"]')!);
    await el.updateComplete;
    expect(el.status).to.equal('running');
    await settle();
    if (hasPolicyObject(win)) {
      expect(request.called, 'asked for the lock').to.equal(false);
      expect(reports, 'permissions-policy reports').to.deep.equal([]);
    } else {
      // Firefox: no policy object to read, so it asks, is refused, and goes on.
      expect(request.calledOnce).to.equal(true);
    }
    expect(errors).to.deep.equal([]);
    // Pause and resume work as anywhere.
    await tap(el.shadowRoot!.querySelector('[part="primary-button"]')!);
    await el.updateComplete;
    expect(el.status).to.equal('paused');
    await tap(el.shadowRoot!.querySelector('[part="primary-button"]')!);
    await el.updateComplete;
    expect(el.status).to.equal('running');
    await settle();
    if (hasPolicyObject(win)) expect(request.called).to.equal(false);
    expect(errors).to.deep.equal([]);
  });

  it('asks for the lock in a frame whose policy allows it', async () => {
    const { win, el, reports } = await timerInFrame('screen-wake-lock');
    const request = sinon.spy(win.navigator.wakeLock, 'request');
    await tap(el.shadowRoot!.querySelector('[part="primary-button"]')!);
    await el.updateComplete;
    expect(el.status).to.equal('running');
    await settle();
    expect(request.calledOnceWith('screen')).to.equal(true);
    expect(reports).to.deep.equal([]);
  });
});

describe('<ice-heat-timer>: wake lock under a stubbed page policy', () => {
  const request = sinon.spy((type: string) => {
    expect(type).to.equal('screen');
    return Promise.resolve({ release: () => Promise.resolve(), addEventListener: () => undefined });
  });

  beforeEach(() => {
    localStorage.removeItem(KEY);
    request.resetHistory();
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
  });

  afterEach(async () => {
    delete (navigator as { wakeLock?: unknown }).wakeLock;
    delete (document as PolicyHolder).permissionsPolicy;
    delete (document as PolicyHolder).featurePolicy;
    localStorage.removeItem(KEY);
    await resetMouse();
  });

  for (const name of ['permissionsPolicy', 'featurePolicy'] as const) {
    it(`does not ask for the lock when document.${name} forbids it, and the timer runs as usual`, async () => {
      Object.defineProperty(document, name, { configurable: true, value: policy(false) });
      if (name === 'featurePolicy') Object.defineProperty(document, 'permissionsPolicy', { configurable: true, value: undefined });
      const el = await fixture<IceHeatTimer>(html`<ice-heat-timer sound="off"></ice-heat-timer>`);
      await tap(el.shadowRoot!.querySelector('[part="primary-button"]')!);
      await el.updateComplete;
      await flush();
      expect(el.status).to.equal('running');
      expect(request.called).to.equal(false);
      await tap(el.shadowRoot!.querySelector('[part="reset-button"]')!);
      await el.updateComplete;
      expect(el.status).to.equal('idle');
    });
  }

  it('asks for the lock when the page policy allows it', async () => {
    Object.defineProperty(document, 'permissionsPolicy', { configurable: true, value: policy(true) });
    const el = await fixture<IceHeatTimer>(html`<ice-heat-timer sound="off"></ice-heat-timer>`);
    await tap(el.shadowRoot!.querySelector('[part="primary-button"]')!);
    await el.updateComplete;
    await flush();
    expect(request.calledOnce).to.equal(true);
    await tap(el.shadowRoot!.querySelector('[part="reset-button"]')!);
  });
});
