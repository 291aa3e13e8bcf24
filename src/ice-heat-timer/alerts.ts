/*
 * The ways the timer reaches a visitor who is not looking at it: a chime, a vibration, a system
 * notification, and keeping the screen awake. Each is optional in browsers, so each one quietly
 * does nothing where it is missing or refused, and never throws into the element.
 */

type AudioContextConstructor = new () => AudioContext;

function audioContextConstructor(): AudioContextConstructor | null {
  // Older Safari only has the prefixed constructor.
  const scope = globalThis as typeof globalThis & { webkitAudioContext?: AudioContextConstructor };
  return scope.AudioContext ?? scope.webkitAudioContext ?? null;
}

/** Whether an audio context must be made inside the visitor's tap for it to play later. */
function needsGestureForAudio(): boolean {
  const scope = globalThis as typeof globalThis & { webkitAudioContext?: unknown };
  if (scope.webkitAudioContext !== undefined) return true;
  const activation = (globalThis.navigator as Navigator & { userActivation?: { hasBeenActive: boolean } } | undefined)?.userActivation;
  return !activation || activation.hasBeenActive !== true;
}

/** A two-note chime made with oscillators, so no audio file is ever loaded. */
export class Chime {
  private context: AudioContext | null = null;

  /**
   * Creates or wakes the audio context. Called from a click, because browsers only let sound
   * start after the visitor has interacted with the page.
   */
  prepare(): void {
    try {
      if (!this.context) {
        const Context = audioContextConstructor();
        if (!Context) return;
        this.context = new Context();
      }
      if (this.context.state === 'suspended') this.context.resume().catch(() => undefined);
    } catch {
      this.context = null;
    }
  }

  /**
   * What a tap on Start does for the chime, kept cheap: an existing context is only resumed. A new
   * one is made now only where the engine may need the tap itself to let it play (WebKit, or an
   * engine without sticky user activation); elsewhere the page's activation lets it be made later,
   * after the tap's paint, with `prepare()`. Returns true when nothing is left for later.
   */
  unlock(): boolean {
    if (this.context) {
      this.prepare();
      return true;
    }
    if (!needsGestureForAudio()) return false;
    this.prepare();
    return true;
  }

  play(): void {
    this.prepare();
    const context = this.context;
    if (!context) return;
    try {
      const start = context.currentTime + 0.05;
      [659.25, 880, 1318.5].forEach((frequency, index) => {
        const at = start + index * 0.35;
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.type = 'sine';
        oscillator.frequency.setValueAtTime(frequency, at);
        gain.gain.setValueAtTime(0.0001, at);
        gain.gain.exponentialRampToValueAtTime(0.35, at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.2);
        oscillator.connect(gain);
        gain.connect(context.destination);
        oscillator.start(at);
        oscillator.stop(at + 1.25);
      });
    } catch {
      // A broken or closed audio context must not stop the rest of the completion.
    }
  }

  close(): void {
    const context = this.context;
    this.context = null;
    try {
      context?.close().catch(() => undefined);
    } catch {
      // Nothing to do: the context is gone either way.
    }
  }
}

/** A short buzz pattern, where the device can vibrate. */
export function vibrate(): void {
  try {
    globalThis.navigator?.vibrate?.([300, 150, 300, 150, 300]);
  } catch {
    // Some browsers throw when vibration is blocked by a permission policy.
  }
}

export type NotificationState = 'unsupported' | 'default' | 'granted' | 'denied';

let knownState: NotificationState | undefined;

/**
 * The notification permission. Reading it asks the browser each time (a fraction of a millisecond),
 * so timers connected together (fifty on a page upgrade in one go) share one reading until the
 * current script has finished.
 */
export function notificationState(): NotificationState {
  if (knownState === undefined) {
    knownState = readNotificationState();
    queueMicrotask(() => (knownState = undefined));
  }
  return knownState;
}

function readNotificationState(): NotificationState {
  try {
    const api = globalThis.Notification;
    if (typeof api !== 'function') return 'unsupported';
    return api.permission;
  } catch {
    return 'unsupported';
  }
}

/** Asks for permission; must be called from the visitor's click. */
export async function askNotificationPermission(): Promise<NotificationState> {
  try {
    const api = globalThis.Notification;
    if (typeof api !== 'function') return 'unsupported';
    return await api.requestPermission();
  } catch {
    return notificationState();
  }
}

export function showNotification(title: string, body: string): void {
  if (notificationState() !== 'granted') return;
  try {
    new Notification(title, { body, tag: 'back-spasm-widgets-ice-heat-timer' });
  } catch {
    // Android browsers only allow notifications from a service worker; the chime and message remain.
  }
}

/** A document's permissions policy, as browsers expose it (`permissionsPolicy`, or the older `featurePolicy`). */
interface PolicyObject {
  allowsFeature(feature: string): boolean;
  features?(): string[];
}

/**
 * Whether the document's permissions policy lets it keep the screen on. A frame embedded with
 * `allow="screen-wake-lock 'none'"`, a frame from another site that was not given
 * `allow="screen-wake-lock"`, or a page served with a `Permissions-Policy` header that leaves it out
 * may not; asking there makes the browser log a permissions-policy violation, so the timer does not
 * ask. The policy is read from `document.permissionsPolicy` or `document.featurePolicy` where the
 * browser has one (Chromium); a policy that does not know the feature cannot forbid it. Where there
 * is no policy object (Firefox, Safari), or reading it throws, the answer is yes: the lock is asked
 * for, and a refusal is caught.
 */
export function wakeLockAllowed(doc: Document | null | undefined): boolean {
  try {
    const holder = doc as { permissionsPolicy?: PolicyObject; featurePolicy?: PolicyObject } | null | undefined;
    const policy = holder?.permissionsPolicy ?? holder?.featurePolicy;
    if (!policy || typeof policy.allowsFeature !== 'function') return true;
    if (typeof policy.features === 'function') {
      const known = policy.features();
      if (Array.isArray(known) && !known.includes('screen-wake-lock')) return true;
    }
    return policy.allowsFeature('screen-wake-lock') !== false;
  } catch {
    return true;
  }
}

/**
 * Keeps the screen on while wanted. `hold()` and `release()` may be called in any order and as
 * often as needed; a request that resolves after the lock is no longer wanted is let go at once.
 * The lock is asked for only where the document's permissions policy allows it (wakeLockAllowed).
 */
export class ScreenWakeLock {
  private sentinel: WakeLockSentinel | null = null;
  private wanted = false;
  private pending = false;

  /** `documentOf` gives the document the lock is for (its window's `navigator` asks): the page's by default. */
  constructor(private readonly documentOf: () => Document | null = () => globalThis.document ?? null) {}

  hold(): void {
    this.wanted = true;
    if (this.sentinel || this.pending) return;
    const doc = this.documentOf();
    if (!wakeLockAllowed(doc)) return;
    const wakeLock = (doc?.defaultView?.navigator ?? globalThis.navigator)?.wakeLock;
    if (!wakeLock || typeof wakeLock.request !== 'function') return;
    this.pending = true;
    let request: Promise<WakeLockSentinel>;
    try {
      request = wakeLock.request('screen');
    } catch {
      this.pending = false;
      return;
    }
    Promise.resolve(request).then(
      (sentinel) => {
        this.pending = false;
        if (!this.wanted) {
          sentinel.release().catch(() => undefined);
          return;
        }
        this.sentinel = sentinel;
        // The browser lets the lock go by itself when the page is hidden.
        sentinel.addEventListener?.('release', () => {
          if (this.sentinel === sentinel) this.sentinel = null;
        });
      },
      () => {
        // Refused (low battery, hidden page, a permissions policy): the timer works without it.
        this.pending = false;
      },
    );
  }

  release(): void {
    this.wanted = false;
    const sentinel = this.sentinel;
    this.sentinel = null;
    try {
      sentinel?.release().catch(() => undefined);
    } catch {
      // Already released.
    }
  }

  get held(): boolean {
    return this.sentinel !== null;
  }
}
