export * from './ice-heat-timer.js';
import './define.js';
