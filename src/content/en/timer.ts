import type { TimerContent } from '../timer-types.js';

export const timer: TimerContent = {
  heading: 'Ice and heat timer',
};
