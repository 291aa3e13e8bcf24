import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The centre of an element in the test page's own view, through any frames that hold it. */
function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  let x = box.left + box.width / 2;
  let y = box.top + box.height / 2;
  let view: Window | null = element.ownerDocument.defaultView;
  while (view && view.frameElement) {
    const holder = view.frameElement as HTMLElement;
    const outer = holder.getBoundingClientRect();
    x += outer.left + holder.clientLeft;
    y += outer.top + holder.clientTop;
    view = view.parent;
  }
  return [x, y];
}

/**
 * Scrolls an element to the middle of its view and waits until it stays put: Firefox finishes
 * scrolling a framed page a moment later.
 */
async function scrollToStill(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const view = element.ownerDocument.defaultView ?? window;
  for (let last = NaN, still = 0, i = 0; still < 2 && i < 60; i++) {
    await new Promise((resolve) => view.requestAnimationFrame(resolve));
    const top = element.getBoundingClientRect().top;
    still = top === last ? still + 1 : 0;
    last = top;
  }
}

/**
 * Taps an element as a visitor would: scrolls it into view, then a real mouse click at its centre
 * (through the browser's input pipeline, not a scripted `click()`). Works for elements in frames.
 */
export async function tap(element: Element): Promise<void> {
  await scrollToStill(element);
  let [x, y] = centre(element);
  // An element in a frame taller than this view: bring its part of the frame into view.
  if (y < 0 || y > window.innerHeight) {
    window.scrollBy(0, y - window.innerHeight / 2);
    await frame();
    [x, y] = centre(element);
  }
  if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) {
    throw new Error(`cannot tap <${element.localName}> at ${Math.round(x)},${Math.round(y)}: outside the ${window.innerWidth}x${window.innerHeight} view`);
  }
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
}

/**
 * Where a real pointer would tap an element: its centre, once it has been scrolled into view and
 * stays put (page coordinates, as sendMouse and send-touch take them).
 */
export async function aim(element: Element): Promise<[number, number]> {
  await scrollToStill(element);
  const [x, y] = centre(element);
  return [Math.round(x), Math.round(y)];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `ms` after `since` (a performance.now() time); at once if that has passed. */
const until = (since: number, ms: number) => sleep(Math.max(0, since + ms - performance.now()));

/**
 * Real mouse clicks at one point, each a press and release, starting `apartMs` after one another
 * (0: as fast as the test runner sends them).
 */
export async function clicks(position: [number, number], count: number, apartMs = 0): Promise<void> {
  await sendMouse({ type: 'move', position });
  for (let i = 0, started = 0; i < count; i++) {
    if (i > 0) await until(started, apartMs);
    started = performance.now();
    await sendMouse({ type: 'click', position });
  }
}

/**
 * Real touch taps at one point, starting `apartMs` after one another, timed beside the browser
 * (scripts/touch-plugin.mjs). Chromium only: it goes through the DevTools protocol.
 */
export async function touchTaps(position: [number, number], count: number, apartMs = 0): Promise<void> {
  await executeServerCommand('send-touch', { position, taps: count, apartMs });
}

/**
 * Resolves once the browser has handled every input sent before: a pointer move sent after them
 * goes through the same input queue, so when it arrives, they have arrived. The pointer ends in the
 * top-left corner of the page, away from any widget under test.
 */
export async function inputHandled(): Promise<void> {
  let moved = false;
  const onMove = () => (moved = true);
  window.addEventListener('pointermove', onMove, true);
  try {
    for (let attempt = 0; !moved && attempt < 20; attempt++) {
      await sendMouse({ type: 'move', position: [1 + (attempt % 2), 1] });
      for (let i = 0; !moved && i < 10; i++) await frame();
    }
  } finally {
    window.removeEventListener('pointermove', onMove, true);
  }
  if (!moved) throw new Error('the browser never reported a pointer move to the corner of the page');
}

/**
 * Types text as a visitor does, one key at a time. WebKit's driver drops a repeated key inside one
 * `sendKeys({ type })` ("55" arrives as "5"), so each character is its own call.
 */
export async function typeText(text: string): Promise<void> {
  for (const key of text) await sendKeys({ type: key });
}

/** How long a new checker screen takes no answer (src/internal/meant-input.ts), with a margin. */
export const SETTLED_MS = 450;

/**
 * On a checker's first screen, gives the age as a visitor does (taps the field, types, taps
 * Continue), then waits until the next screen has been on show long enough to take an answer.
 * `root` is the checker's shadow root. Works with the built bundles, whose settle time a test
 * cannot change.
 */
export async function giveAge(root: ShadowRoot, age = '35'): Promise<void> {
  const field = await waitFor(() => root.querySelector<HTMLInputElement>('#age'), 'the age field');
  await sleep(SETTLED_MS);
  await tap(field);
  field.select();
  await typeText(age);
  await tap(root.querySelector<HTMLButtonElement>('form .continue')!);
  await waitFor(() => !root.querySelector('#age') && root.querySelector('[data-name]'), 'the screen after the age');
  await sleep(SETTLED_MS);
}

/** Waits for a state, a frame at a time, failing after 10 s with what it waited for. */
async function waitFor<T>(found: () => T | null | undefined | false, what: string): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = found();
    if (value) return value;
    if (performance.now() - start > 10000) throw new Error(`waited 10 s for ${what}`);
    await frame();
  }
}
