import type { IceHeatTimer } from '../../src/ice-heat-timer/index.js';
import { tap } from './real-input.js';

/*
 * What the timer's tests share: a real tap once the widget is laid out, its parts, and the
 * countdown as a visitor reads it.
 */

/**
 * A real tap (a mouse click at the element's centre), two frames after the widget rendered: by then
 * the browser has laid it out at its full size, so the page can scroll to any of its controls.
 */
export async function tapOn(element: Element): Promise<void> {
  for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  await tap(element);
}

export function part(el: IceHeatTimer, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The countdown as shown (mm:ss), not its spoken form. */
export function countdown(el: IceHeatTimer): string {
  return part(el, 'countdown')!.querySelector('[aria-hidden="true"]')!.textContent.trim();
}
