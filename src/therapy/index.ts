/*
 * The pure ice/heat schedule of <ice-heat-timer>: phase, session length, rest between sessions,
 * and the timed session itself. No DOM, so it can be used and tested anywhere.
 */
export * from './schedule.js';
export * from './session.js';
