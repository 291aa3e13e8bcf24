/*
 * The checklist's first render shows its first screen (the heading, today's progress, the streak
 * and the first categories); the other categories follow, one per task, each after the page has
 * painted what came before, so no task of the checklist's holds the main thread for long.
 */
import { nextTask } from '../internal/yield.js';

// Captured when the module loads, so the checklist fills in even under a test clock or a page
// that patches its timers.
const timeout = globalThis.setTimeout.bind(globalThis);

/** How many categories the first render shows: with the heading, progress and streak, a phone's first screen. */
export const FIRST_GROUPS = 1;

/**
 * Resolves in a task after the next frame has painted: an animation frame, then a new task. A
 * hidden page paints no frames: there it is the next task. If no frame comes within 100 ms (a
 * frame that is not rendered), it goes on without one.
 */
export function afterNextPaint(view: Window | null): Promise<void> {
  return new Promise((resolve) => {
    let started = false;
    const go = () => {
      if (started) return;
      started = true;
      void nextTask().then(resolve);
    };
    if (view && view.document.visibilityState !== 'hidden' && typeof view.requestAnimationFrame === 'function') {
      view.requestAnimationFrame(go);
      timeout(go, 100);
    } else {
      go();
    }
  });
}

/** How the checklist waits between categories; an object, so a test can hold the rest back. */
export const pacing = { next: afterNextPaint };
