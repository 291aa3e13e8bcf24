import { defineElement } from '../internal/define.js';
import { PreventionChecklist } from './prevention-checklist.js';

defineElement('prevention-checklist', PreventionChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'prevention-checklist': PreventionChecklist;
  }
}
