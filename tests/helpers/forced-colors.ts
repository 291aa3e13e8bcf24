import { expect } from '@open-wc/testing';

/** The value a system colour has in the forced colours on now. */
export function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.cssText = `color: ${name}; forced-color-adjust: none`;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** Whether a computed transform is a turn of 90 degrees. */
export function quarterTurn(transform: string): boolean {
  const [a = NaN, b = NaN] = (/^matrix\(([^)]*)\)$/.exec(transform)?.[1] ?? '').split(',').map(Number);
  return Math.abs(a) < 1e-6 && Math.abs(b - 1) < 1e-6;
}

/** Waits up to 120 frames for `check` to hold, then asserts it. */
export async function until(check: () => boolean, what: string): Promise<void> {
  for (let frame = 0; frame < 120 && !check(); frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  expect(check(), what).to.equal(true);
}
