/*
 * Keeps a page responsive when it holds many widgets: first renders share the main thread in
 * slices of about 30 ms, and a widget whose turn comes after that waits for a fresh task. Uses
 * MessageChannel, which test clocks and timer throttling in background tabs leave alone.
 */
const SLICE_MS = 30;
let sliceStart: number | null = null;

function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves when this widget may render: at once while the current slice lasts, else in a new task. */
export async function renderTurn(): Promise<void> {
  for (;;) {
    const now = performance.now();
    if (sliceStart === null) {
      sliceStart = now;
      void nextTask().then(() => {
        sliceStart = null;
      });
      return;
    }
    if (now - sliceStart < SLICE_MS) return;
    await nextTask();
  }
}
