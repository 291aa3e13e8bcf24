import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { LocaleContent } from '../content/types.js';
import { readEnum } from './attributes.js';
import { contentFor } from './locale.js';
import { baseStyles } from './styles.js';
import { VERSION } from './version.js';

export type Theme = 'auto' | 'light' | 'dark';
const themes: readonly Theme[] = ['auto', 'light', 'dark'];

/**
 * What every element of the library shares: its version (for safe double loading), the shared
 * styles, the content for its language (re-read when `lang` changes here or on an ancestor's
 * attribute at connection), and the validated `theme` attribute.
 */
export class BswElement extends LitElement {
  static readonly bswVersion = VERSION;
  static override styles = [baseStyles];

  /** Colour scheme: `auto` follows the device, `light` or `dark` force one. */
  @property({ reflect: false }) theme: string | null = null;

  /** The wording for the element's language. */
  protected content!: LocaleContent;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.content = contentFor(this);
    if (changed.has('theme')) readEnum(this, 'theme', this.theme, themes, 'auto');
  }
}
