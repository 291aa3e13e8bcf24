import { html, LitElement } from 'lit';
import { VERSION } from '../internal/version.js';
import { baseStyles } from '../internal/styles.js';

/** Placeholder, replaced by the full element. */
export class IceHeatTimer extends LitElement {
  static readonly bswVersion = VERSION;
  static override styles = [baseStyles];

  override render() {
    return html`<div class="card">Ice and heat timer</div>`;
  }
}
