import sinon from 'sinon';
import { forgetPageMemory } from '../../src/internal/storage.js';

/**
 * Each case of the suite starts as a fresh page would: nothing kept in memory from the case before
 * and nothing stored under `key`; afterwards sinon's stubs and fake clocks are undone, even after a
 * failure, and the stored value removed.
 */
export function eachCaseOnAFreshPage(key: string): void {
  beforeEach(() => {
    forgetPageMemory();
    localStorage.removeItem(key);
  });
  afterEach(() => {
    sinon.restore();
    localStorage.removeItem(key);
  });
}
