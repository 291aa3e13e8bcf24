import { sendMouse } from '@web/test-runner-commands';

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
 * Taps an element as a visitor would: scrolls it into view, then a real mouse click at its centre
 * (through the browser's input pipeline, not a scripted `click()`). Works for elements in frames.
 */
export async function tap(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  // Firefox finishes scrolling a framed page a moment later: wait until the element stays put.
  const view = element.ownerDocument.defaultView ?? window;
  for (let last = NaN, still = 0, i = 0; still < 2 && i < 60; i++) {
    await new Promise((resolve) => view.requestAnimationFrame(resolve));
    const top = element.getBoundingClientRect().top;
    still = top === last ? still + 1 : 0;
    last = top;
  }
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
