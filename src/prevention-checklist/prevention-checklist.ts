import { html, LitElement } from 'lit';
import { VERSION } from '../internal/version.js';
import { baseStyles } from '../internal/styles.js';

/** Placeholder, replaced by the full element. */
export class PreventionChecklist extends LitElement {
  static readonly bswVersion = VERSION;
  static override styles = [baseStyles];

  override render() {
    return html`<div class="card">Prevention checklist</div>`;
  }
}
