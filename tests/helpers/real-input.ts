import { sendMouse } from '@web/test-runner-commands';

/**
 * Taps an element as a visitor would: scrolls it into view, then a real mouse click at its centre
 * (through the browser's input pipeline, not a scripted `click()`).
 */
export async function tap(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}
