import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a new screen takes no answer, in milliseconds (CLINICAL.md "Around the questions"). */
export const meantInputTiming = { settleMs: 400 };

/** A key released this long before a click is the key that made it (Space clicks on release). */
const KEY_CLICK_MS = 100;
/** A pointer press longer ago than this did not make the click (a screen reader's, with no press). */
const PRESS_MS = 2000;

/**
 * Takes only the input a visitor meant for the screen on show (CLINICAL.md "Around the questions").
 * A click inside the widget is dropped before any of its handlers run when the press that made it
 * (the pointer going down, or a key going down for the first time: a held key's repeats never
 * count) began before the screen had been on show for `settleMs`. That covers the second tap of a
 * double tap, a triple click, a double click on Continue, a held Enter, and a press made in the
 * first 400 ms and held. A click no press made (a screen reader's activation) is dropped when it
 * comes in the first `settleMs` itself. Only buttons are guarded: links (a visitor can always call
 * the emergency number) and fields are not, nor are clicks from a page's own script
 * (`element.click()`), which are not a visitor's input. The element calls `shown()` once a new screen has rendered.
 */
export class MeantInput implements ReactiveController {
  private shownAt = -Infinity;
  private pointerDownAt = -Infinity;
  private keyDownAt = -Infinity;
  private keyUpAt = -Infinity;
  private keyHeld = false;
  private root: EventTarget | null = null;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: EventTarget }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.root = this.host.renderRoot;
    for (const type of ['pointerdown', 'keydown', 'keyup', 'click'] as const) {
      this.root.addEventListener(type, this.listen, true);
    }
  }

  hostDisconnected(): void {
    for (const type of ['pointerdown', 'keydown', 'keyup', 'click'] as const) {
      this.root?.removeEventListener(type, this.listen, true);
    }
    this.root = null;
  }

  /** A new screen has just rendered. */
  shown(): void {
    this.shownAt = performance.now();
  }

  private readonly listen = (event: Event): void => {
    if (!event.isTrusted) return;
    const at = when(event);
    switch (event.type) {
      case 'pointerdown':
        this.pointerDownAt = at;
        return;
      case 'keydown':
        if (!(event as KeyboardEvent).repeat) this.keyDownAt = at;
        this.keyHeld = true;
        return;
      case 'keyup':
        this.keyHeld = false;
        this.keyUpAt = at;
        return;
    }
    // Only buttons answer: a link (the emergency number) or a field always takes its click.
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || !target.closest('button')) return;
    if (this.meant(event as MouseEvent, at)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  private meant(click: MouseEvent, at: number): boolean {
    let pressed: number | null = null;
    if (click.detail > 0) pressed = at - this.pointerDownAt < PRESS_MS ? this.pointerDownAt : null;
    else if (this.keyHeld || at - this.keyUpAt < KEY_CLICK_MS) pressed = this.keyDownAt;
    return (pressed ?? at) >= this.shownAt + meantInputTiming.settleMs;
  }
}

/**
 * When the input happened, on this module's performance.now() clock: the event's own time where the
 * browser gives one (a press queued behind a render keeps the time it was made), moved onto this
 * clock when the event comes from another document (a widget moved into a frame), else now.
 */
function when(event: Event): number {
  const now = performance.now();
  const view = (event as UIEvent).view;
  let origin = performance.timeOrigin;
  try {
    origin = view?.performance?.timeOrigin ?? origin;
  } catch {
    // a view from another origin: its clock cannot be read, so the event's time is taken as now
    return now;
  }
  const stamp = event.timeStamp + (origin - performance.timeOrigin);
  return event.timeStamp > 0 && stamp <= now + 1 ? stamp : now;
}
