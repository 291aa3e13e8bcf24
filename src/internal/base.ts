import { adoptStyles, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CONTENT_EVENT } from '../content/registry.js';
import { readEnum } from './attributes.js';
import { adoptInto, inHomeDocument } from './document-styles.js';
import { baseLanguage, intlLocale, nearestLang, shownLanguage } from './locale.js';
import { baseStyles, hostStyles } from './styles.js';
import { VERSION } from './version.js';
import { warnOnce } from './warn.js';
import { inTurn } from './yield.js';

export type Theme = 'auto' | 'light' | 'dark';

/** Set on the host from connection until the first render, so its space stays reserved. */
export const PENDING = 'data-bsw-pending';
/** The theme in force, when it is not `auto`: set by the element, read by its styles. */
export const THEME = 'data-bsw-theme';
const themes: readonly Theme[] = ['auto', 'light', 'dark'];

/** The widget whose render is under way, from its willUpdate to the end of its render. */
let rendering: Element | null = null;

/**
 * The language (primary subtag) the widget rendering now shows its content in, for the shared
 * parts of a render (the sources' list): "en" outside a render.
 */
export const renderingLanguage = (): string => (rendering ? shownLanguage(rendering) : 'en');
const renderingNow = (host: Element | null): void => {
  rendering = host;
};

/**
 * What every element of the library shares: its version (for safe double loading), the shared
 * styles, its language (re-read when `lang` changes on it, when it is connected, and when a
 * language pack loads), and the validated `theme` attribute.
 *
 * @prop {'auto' | 'light' | 'dark' | null} theme - Colour scheme: `auto` follows the device, `light` or `dark` force one.
 */
export class BswElement extends LitElement {
  static readonly bswVersion = VERSION;
  static override styles = [hostStyles, baseStyles];

  /* Reactive properties are declared here, not with decorators: no decorator helper in the bundles. */
  static override properties: PropertyDeclarations = {
    theme: {},
  };

  /** Colour scheme: `auto` follows the device, `light` or `dark` force one. */
  theme: string | null = null;

  /** The element's language (primary subtag), for dates and numbers: always one Intl accepts. */
  protected language = 'en';

  /** The primary subtag of the nearest `lang` (the one the content inherits), lower-cased. */
  private inheritedLanguage = 'en';

  /**
   * The `lang` of the widget's content (its card), where the content is not in the language it
   * inherits: "en" where English is shown in place of a language with no pack loaded ("de", or
   * "es" before its pack), so screen readers read it as English; else undefined (no attribute,
   * bound with ifDefined).
   */
  protected get contentLang(): string | undefined {
    const shown = shownLanguage(this);
    return shown === this.inheritedLanguage ? undefined : shown;
  }

  private readonly onContent = () => this.requestUpdate();

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Markup rendered on the server, shown until the first render here replaces it. */
  private serverMarkup: ChildNode[] = [];

  /** A closed shadow root the server declared, reached through the element's internals. */
  private closedRoot: ShadowRoot | null = null;

  /**
   * The widget's shadow root, attached if it has none. One the server declared closed
   * (shadowrootmode="closed") is neither `shadowRoot` nor attached again (the browser refuses):
   * the element reaches it through its internals, and renders there.
   */
  private ownRoot(): ShadowRoot {
    const root = this.shadowRoot ?? this.closedRoot;
    if (root) return root;
    const options = (this.constructor as typeof LitElement).shadowRootOptions;
    try {
      // eslint-disable-next-line wc/attach-shadow-constructor
      return this.attachShadow(options);
    } catch {
      try {
        const closed = this.attachInternals().shadowRoot;
        if (closed) return (this.closedRoot = closed);
      } catch {
        // Warned below.
      }
      // A closed root a page's script attached before the widget was defined: out of its reach.
      warnOnce(
        `root:${this.localName}`,
        `<${this.localName}> was given a closed shadow root by a script before the widgets loaded, so it cannot show. Leave its shadow root to the widget, or declare it in server markup.`,
        this,
      );
      return (this.closedRoot = document.createElement('div').attachShadow(options));
    }
  }

  /** Styles made for the document the widget is in: see document-styles.ts. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const type = this.constructor as typeof LitElement;
    const declared = this.ownRoot();
    if (declared.firstChild || declared === this.closedRoot) {
      // A declarative shadow root from server rendering. The browser knows what the server cannot
      // (stored state, permissions, the page's language), so the first render is made afresh, not
      // hydrated, and replaces the server's markup in the same frame.
      this.serverMarkup = [...declared.childNodes];
      adoptInto(declared, type.elementStyles);
      return declared;
    }
    if (inHomeDocument(this)) return super.createRenderRoot();
    // As Lit's own createRenderRoot does, with the styles made for this document.
    adoptInto(declared, type.elementStyles);
    this.renderOptions.renderBefore ??= declared.firstChild;
    return declared;
  }

  /** Moved into another document (an iframe, a Picture-in-Picture window): its styles follow. */
  adoptedCallback(): void {
    const root = this.shadowRoot ?? this.closedRoot;
    if (root) adoptInto(root, (this.constructor as typeof LitElement).elementStyles);
  }

  /**
   * Lit's connection (the shadow root, its styles, the controllers) and the widget's own
   * (`connected`) have run, and not been undone by a disconnection since.
   */
  private linked = false;
  /** A first connection waits for its turn. */
  private linkQueued = false;

  /**
   * Connected. Only what keeps the page steady happens at once: the space the widget will need is
   * reserved (a shadow root with the host's rules alone). The rest of a first connection (every
   * style, storage, clocks) waits for the widget's turn, so a script that upgrades many tags at
   * once stays short; its first render follows, in the same turn or the next task. A later
   * connection (the element moved) is whole at once. The widgets' methods and state getters call
   * `link()` first, so they never see a widget that has not read its state.
   */
  override connectedCallback(): void {
    // Until the first render, the widget keeps the space it will need (see hostStyles).
    if (!this.hasUpdated) this.setAttribute(PENDING, '');
    globalThis.addEventListener(CONTENT_EVENT, this.onContent);
    // Language packs loaded later in the page are in place by the load event: look again then.
    if (document.readyState !== 'complete') window.addEventListener('load', this.onContent, { once: true });
    if (this.hasUpdated) {
      this.link();
    } else if (!this.linkQueued) {
      this.linkQueued = true;
      this.reserveSpace();
      void inTurn(() => {
        this.linkQueued = false;
        if (this.isConnected) this.link();
      });
    }
  }

  /**
   * The shadow root, with only the host's rules (hostStyles: display, and the space kept while
   * pending) until the connection completes and adopts every style. A server-rendered root already
   * has its markup and styles; a widget in another document keeps the space of the optional
   * stylesheet alone until then.
   */
  private reserveSpace(): void {
    if (this.shadowRoot || !inHomeDocument(this)) return;
    const root = this.ownRoot();
    if (root === this.closedRoot) return;
    try {
      adoptStyles(root, [hostStyles]);
    } catch {
      // Styles come with the rest of the connection.
    }
  }

  /** Completes the connection now, if it has not been yet (see connectedCallback). */
  protected link(): void {
    if (this.linked || !this.isConnected) return;
    this.linked = true;
    super.connectedCallback();
    this.connected();
    this.requestUpdate();
  }

  /** The widget's own work on connection (storage, clocks, listeners); undone in `disconnected`. */
  protected connected(): void {}

  /** Undoes what `connected` did. */
  protected disconnected(): void {}

  override disconnectedCallback(): void {
    globalThis.removeEventListener(CONTENT_EVENT, this.onContent);
    window.removeEventListener('load', this.onContent);
    if (!this.linked) return;
    this.linked = false;
    super.disconnectedCallback();
    this.disconnected();
  }

  /**
   * A render the widget still owes after the one asked for (the rest of a first screen, the work
   * after a tap's paint), or null: `updateComplete` waits for each in turn, so a test or a site that
   * awaits it finds the whole widget.
   */
  protected owedRender(): Promise<unknown> | null {
    return null;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let owed = this.owedRender(); owed; owed = this.owedRender()) {
      await owed;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * A first render takes its turn too, right after the widget's connection, so fifty widgets on
   * one page never block it for long.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return inTurn(() => {
      const result = super.scheduleUpdate();
      for (const node of this.serverMarkup.splice(0)) node.remove();
      this.removeAttribute(PENDING);
      return result;
    }, true);
  }

  /** The render: what renders inside it (the sources' list) reads the widget's language. */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } finally {
      renderingNow(null);
    }
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Set here, not in update, as a server renderer calls willUpdate and render, not update.
    renderingNow(this);
    const tag = nearestLang(this);
    this.inheritedLanguage = baseLanguage(tag);
    this.language = baseLanguage(intlLocale(this, tag)) || 'en';
    if (changed.has('theme')) this.applyTheme();
  }

  /**
   * A change of theme alone only restyles the widget (through data-bsw-theme): its template is not
   * rendered again, so switching the theme of a page of widgets costs them no render.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (!this.hasUpdated || changed.size !== 1 || !changed.has('theme')) return super.shouldUpdate(changed);
    this.applyTheme();
    return false;
  }

  /**
   * Applied through an attribute of the library's own, so "Dark", " dark " and a theme set as a
   * property all take effect: the styles read data-bsw-theme, never the site's theme attribute.
   */
  private applyTheme(): void {
    const theme = readEnum(this, 'theme', this.theme, themes, 'auto');
    if (theme === 'auto') this.removeAttribute(THEME);
    else this.setAttribute(THEME, theme);
  }
}
