import { defineElement } from '../internal/define.js';
import { RedFlagChecker } from './red-flag-checker.js';

defineElement('red-flag-checker', RedFlagChecker);

declare global {
  interface HTMLElementTagNameMap {
    'red-flag-checker': RedFlagChecker;
  }
}
