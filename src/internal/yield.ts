/*
 * Keeps a page responsive when it holds many widgets: each widget's first connection and first
 * render take turns, one turn at a time, in slices of about 10 ms of the main thread; a turn that
 * comes after that runs in a fresh task, so the page can paint and respond in between.
 * MessageChannel starts the new task: test clocks and background-tab timer throttling leave it
 * alone.
 */
const SLICE_MS = 10;
let sliceStart = 0;
let sliceOpen = false;

/** A new task: MessageChannel, which test clocks and background-tab timer throttling leave alone. */
export function nextTask(): Promise<void> {
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

function openSlice(): void {
  sliceStart = performance.now();
  sliceOpen = true;
  // The slice closes when this task ends: the message arrives in the next task.
  void nextTask().then(() => {
    sliceOpen = false;
  });
}

/** The turns waiting, in order; a turn is taken once the one before it has settled. */
const turns: (() => Promise<void>)[] = [];
let taking = false;

async function takeTurns(): Promise<void> {
  taking = true;
  try {
    for (let turn = turns.shift(); turn; turn = turns.shift()) {
      // The task that asked for a turn (often the one that loaded the script and upgraded every
      // tag) has done enough work of its own: turns start in a task of their own.
      if (!sliceOpen || performance.now() - sliceStart >= SLICE_MS) {
        await nextTask();
        openSlice();
      }
      await turn();
    }
  } finally {
    taking = false;
  }
}

/**
 * Runs `work` when its turn comes; resolves with what `work` returns. A turn asked for `next`
 * comes before every other waiting one: a widget's first render, right after its connection.
 */
export function inTurn<T>(work: () => T, next = false): Promise<Awaited<T>> {
  let begin: () => void = () => undefined;
  const result = new Promise<void>((resolve) => (begin = resolve)).then(work) as Promise<Awaited<T>>;
  // The turn is over once the work has settled, whether it succeeded or failed.
  const turn = () => {
    begin();
    return result.then(
      () => undefined,
      () => undefined,
    );
  };
  if (next) turns.unshift(turn);
  else turns.push(turn);
  if (!taking) void takeTurns();
  return result;
}

// Captured when the module loads, so the work still goes on under a test clock or a page that
// patches its timers.
const timeout = globalThis.setTimeout.bind(globalThis);

/**
 * Resolves in a new task after the page has painted its next frame: an animation frame, then a
 * new task. A hidden page paints no frames: there it is the next task. If no frame comes within
 * 100 ms (a page that is not being rendered), it goes on without one. Nothing waits on more than
 * one such frame.
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
