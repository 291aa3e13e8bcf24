import { defineElement } from '../internal/define.js';
import { IceHeatTimer } from './ice-heat-timer.js';

defineElement('ice-heat-timer', IceHeatTimer);

declare global {
  interface HTMLElementTagNameMap {
    'ice-heat-timer': IceHeatTimer;
  }
}
