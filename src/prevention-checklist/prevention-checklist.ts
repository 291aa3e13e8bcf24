import { ifDefined } from 'lit/directives/if-defined.js';
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { checklist as englishChecklist } from '../content/en/checklist.js';
import { fill } from '../content/fill.js';
import type { ChecklistContent } from '../content/checklist-types.js';
import { readInteger, readText } from '../internal/attributes.js';
import { banner, bannerStyles } from '../internal/banner.js';
import { BswElement } from '../internal/base.js';
import { baseLanguage, intlLocale, localeSection } from '../internal/locale.js';
import { sourcesStyles } from '../internal/sources.js';
import { createStore, type Store } from '../internal/storage.js';
import { baseStyles, hostStyles } from '../internal/styles.js';
import { warnOnce } from '../internal/warn.js';
import { afterNextPaint, inTurn } from '../internal/yield.js';
import {
  categoryIds,
  doneToday,
  emptyState,
  habitGroups,
  habitIds,
  isTicked,
  localCalendar,
  mergeStates,
  onDay,
  parseState,
  readCustomItems,
  sameState,
  setTicked,
  type ChecklistCategoryId,
  type ChecklistState,
  type CustomItem,
  type DayKey,
} from '../prevention/index.js';
import { habitTemplate, type ShownItem } from './habit.js';
import { readableText, readCategories } from './host-input.js';
import { dayWriter } from './dates.js';
import { historyTemplate } from './history.js';
import { checklistStyles } from './prevention-checklist.styles.js';

/**
 * How many categories the first render shows: with the heading, progress and history, about a
 * phone's first screen. The rest follow once that has painted (see `partial`).
 */
const FIRST_GROUPS = 2;

/** Detail of the `checklist-change` event. */
export interface ChecklistChangeDetail {
  /** The item's id: a habit id such as "water", or the id of a site's own item. */
  readonly id: string;
  /** Whether the item is now ticked. */
  readonly checked: boolean;
  /** How many of the items shown are ticked today, after this change. */
  readonly doneToday: number;
}

export type ChecklistChangeEvent = CustomEvent<ChecklistChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'checklist-change': ChecklistChangeEvent;
  }
}

/**
 * Storage format of the ticks, streak and history; raise it when the stored shape changes.
 * Format 2 adds the marks, counts and runs that let tabs merge what they save (see state.ts);
 * format 1 data (today's ticks, the history and the streak only) is read and moved to format 2.
 */
const STORAGE_VERSION = 2;
/** The day is checked again at least this often, so a change of time zone is noticed within a minute. */
const DAY_CHECK_MS = 60_000;
/** Name of the element a site uses for its own items. */
const CUSTOM_ITEM_TAG = 'bsw-item';

interface ShownGroup {
  readonly key: string;
  readonly legend: string;
  readonly items: readonly ShownItem[];
}

/**
 * Everyday habits that help prevent back spasms, grouped in categories, each with a "why" and its sources.
 * Ticks are saved on this device only and clear at local midnight; a streak and the last 7 days show progress.
 * A site adds its own items with `<bsw-item>` children (`<bsw-item id="book-visit">Book your next visit</bsw-item>`):
 * their text is shown, as plain text, in a "Your clinic's suggestions" group; the children themselves are not shown.
 *
 * @summary Daily habits that help prevent back spasms: tick what you did today, keep a streak, print a paper copy.
 *
 * @attr categories - Comma-separated category ids to show (posture, movement, lifting, nutrition, weight, stress-sleep, footwear, smoking). Default: all.
 * @attr heading - The widget's heading text. Default: "Prevent the next spasm".
 * @attr heading-level - The heading's level, 1 to 5 (default 2); "Your streak" and "Last 7 days" sit one level below. Higher values are clamped to 5.
 * @attr lang - The widget's language: `en` built in, `es` and `fr` with their language packs. Default: the nearest ancestor's `lang`.
 * @attr theme - `auto` (default: follows the device's light or dark setting), `light` or `dark`.
 *
 * @prop {string | readonly string[] | null} categories - Comma-separated category ids to show (posture, movement, lifting, nutrition, weight, stress-sleep, footwear, smoking), or an array of them. Default: all.
 * @prop {string | null} heading - The widget's heading text. Default: "Prevent the next spasm".
 * @prop {number | string | null} headingLevel - The heading's level, 1 to 5 (default 2), as text or a number; "Your streak" and "Last 7 days" sit one level below. Higher values are clamped to 5.
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} checklist-change - An item was ticked or unticked. Detail: `{ id, checked, doneToday }`.
 *
 * @csspart base - The card around the whole widget.
 * @csspart heading - The heading.
 * @csspart progress - Today's progress text and bar.
 * @csspart streak - The streak and the last 7 days.
 * @csspart history - The list of the last 7 days.
 * @csspart category - Each group of checkboxes (a fieldset).
 * @csspart item - Each habit: a box with its checkbox, label and "why".
 * @csspart why - The "why it helps" disclosure of each habit.
 * @csspart sources - The sources of a habit's "why", a disclosure inside it.
 * @csspart banner - The "all done today" banner, once every item shown is ticked.
 * @csspart print-button - The button that prints a paper checklist.
 *
 * @tagname prevention-checklist
 *
 * @cssproperty --bsw-accent - Accent colour: progress bar, each habit's box and checkbox, links.
 * @cssproperty --bsw-accent-text - Colour of the tick on the accent colour.
 * @cssproperty --bsw-success - Colour of days with ticks in the 7-day history, and of the "all done today" banner.
 * @cssproperty --bsw-success-text - Text on the success colour: the mark of a day with ticks, the banner's word.
 * @cssproperty --bsw-surface - Background of the card.
 * @cssproperty --bsw-surface-alt - Background of the streak panel and the empty progress bar.
 * @cssproperty --bsw-border - Border colour.
 * @cssproperty --bsw-text - Text colour (default: inherited from the page).
 * @cssproperty --bsw-muted - Colour of secondary text.
 * @cssproperty --bsw-focus - Focus ring colour.
 * @cssproperty --bsw-radius - Corner radius.
 * @cssproperty --bsw-spacing - Base spacing.
 * @cssproperty --bsw-font-size - Base font size.
 * @cssproperty --bsw-max-width - Maximum width of the widget.
 */
export class PreventionChecklist extends BswElement {
  static override styles = [hostStyles, baseStyles, bannerStyles, sourcesStyles, checklistStyles];

  static override properties = {
    categories: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    today: { state: true },
    saved: { state: true },
    customItems: { state: true },
    announcement: { state: true },
    memoryOnly: { state: true },
  };

  // Set as properties, values need not be text: an array of category ids means the same as the
  // comma-separated attribute, numbers and booleans are read as their text, and other values are
  // ignored with one warning (see readCategoryList and the shared attribute readers).
  categories: string | readonly string[] | null = null;

  heading: string | null = null;

  headingLevel: string | number | null = null;

  /** The local calendar date shown: read again before every render and at every tick. */
  private today: DayKey = localCalendar.dayOf(Date.now());

  private saved: ChecklistState = emptyState(this.today);

  private customItems: readonly CustomItem[] = [];

  private announcement = '';

  private memoryOnly = false;

  private shownCategories: readonly ChecklistCategoryId[] = categoryIds;
  private level = 2;
  /** The site's heading; empty for the default wording. */
  private headingText = '';
  private store: Store<ChecklistState> | null = null;
  private stopListening: (() => void) | null = null;
  private childWatcher: MutationObserver | null = null;
  private nextDayTimer: ReturnType<typeof setTimeout> | undefined;
  /** The document and window whose events tell that the page is shown again. */
  private shownBy: { document: Document; window: Window } | null = null;
  /**
   * True while only the first screen is rendered: the first render in a browser shows the heading,
   * intro, progress, history and the first FIRST_GROUPS categories; the rest follow in one update
   * after the page has painted (renderRest). Every later update renders everything at once, so
   * nothing after the first render waits on a frame.
   */
  private partial = false;
  /** The update that renders the rest; null once it has. */
  private rest: Promise<void> | null = null;

  protected override connected(): void {
    this.store ??= createStore({
      name: 'prevention-checklist',
      version: STORAGE_VERSION,
      validate: parseState,
      // Format 1 has no marks; parseState reads it from its ticks, history and streak.
      migrate: (version, data) => (version === 1 ? parseState(data) : null),
    });
    this.readSaved(this.store);
    this.stopListening = this.store.subscribe((value) => this.receive(value));
    this.readSiteItems();
    this.childWatcher = new MutationObserver(() => this.readSiteItems());
    this.childWatcher.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['id', 'data-id', 'hidden', 'aria-hidden'],
    });
    const doc = this.ownerDocument;
    const view = doc.defaultView ?? window;
    this.shownBy = { document: doc, window: view };
    doc.addEventListener('visibilitychange', this.checkDay);
    view.addEventListener('pageshow', this.checkDay);
    view.addEventListener('focus', this.checkDay);
    view.addEventListener('beforeprint', this.renderAll);
    this.checkDay();
    // The content writes the history's dates for the tags dates.ts covers, with no formatter. Any
    // other tag needs Intl's, and the first date formatter of a page loads the browser's date data
    // (over 100 ms on a phone): for such a tag it is built here, in the turn of the first
    // connection, and the first render follows in a task of its own (see inTurn).
    if (!this.hasUpdated) {
      const content = localeSection(this, 'checklist', englishChecklist);
      dayWriter(this.dateLocale(content), content.dates);
    }
  }

  protected override disconnected(): void {
    this.stopListening?.();
    this.stopListening = null;
    this.childWatcher?.disconnect();
    this.childWatcher = null;
    this.shownBy?.document.removeEventListener('visibilitychange', this.checkDay);
    this.shownBy?.window.removeEventListener('pageshow', this.checkDay);
    this.shownBy?.window.removeEventListener('focus', this.checkDay);
    this.shownBy?.window.removeEventListener('beforeprint', this.renderAll);
    this.shownBy = null;
    clearTimeout(this.nextDayTimer);
  }

  /**
   * Reads the saved state again, on every connection: the element may have been moved, and another
   * checklist or tab may have ticked since. (When nothing can be stored, the store keeps the page's
   * value in memory, shared by every checklist on the page.)
   */
  private readSaved(store: Store<ChecklistState>): void {
    const today = localCalendar.dayOf(Date.now());
    this.showDay(store.load() ?? emptyState(today), today);
    this.memoryOnly = store.memoryOnly;
  }

  /**
   * Another tab (or another checklist on the page) saved: its state is merged with this one's, never
   * taken instead of it, so ticks made at the same moment in both are kept. When the merged state
   * holds something the saved one lacks, it is saved back, so that every copy ends up the same.
   * Null means the saved data was cleared: the checklist starts again.
   */
  private receive(value: ChecklistState | null): void {
    const store = this.store;
    const today = localCalendar.dayOf(Date.now());
    if (value === null) {
      this.showDay(emptyState(today), today);
    } else {
      const merged = onDay(mergeStates(value, this.saved), today);
      this.showDay(merged, today);
      if (store && !sameState(merged, value)) store.save(merged);
    }
    this.memoryOnly = store?.memoryOnly ?? true;
  }

  /**
   * Shows `state` on `today`. When the day has changed and that took today's ticks away, it says so
   * to screen readers.
   */
  private showDay(state: ChecklistState, today: DayKey): void {
    if (today !== this.today) {
      const hadTicks = onDay(this.saved, this.today).ticked.length > 0;
      if (hadTicks && onDay(state, today).ticked.length === 0) this.announcement = this.text.ui.newDay;
      this.today = today;
    }
    this.saved = onDay(state, today);
  }

  /** The wording in the visitor's language. */
  private text: ChecklistContent = englishChecklist;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.text = localeSection(this, 'checklist', englishChecklist);
    // Whatever asked for this render, it shows the visitor's date as it is now.
    this.showDay(this.saved, localCalendar.dayOf(Date.now()));
    if (changed.has('categories')) this.readCategories();
    if (changed.has('headingLevel')) {
      this.level = readInteger(this, 'heading-level', this.headingLevel, { min: 1, max: 5, fallback: 2 });
    }
    if (changed.has('heading')) this.headingText = readText(this, 'heading', this.heading, '');
  }

  /**
   * Ticks clear at local midnight. The day is checked whenever the page is shown again (after a
   * laptop sleeps, timers run late, but the page is shown again), when it gets focus, and on a timer
   * set for the next local midnight but never more than a minute ahead, so that a change of time
   * zone moves midnight within a minute.
   */
  private readonly checkDay = (): void => {
    this.showDay(this.saved, localCalendar.dayOf(Date.now()));
    this.scheduleDayCheck();
  };

  private scheduleDayCheck(): void {
    clearTimeout(this.nextDayTimer);
    const now = Date.now();
    const untilMidnight = localCalendar.nextDayStart(now) - now;
    this.nextDayTimer = setTimeout(this.checkDay, Math.max(0, Math.min(untilMidnight, DAY_CHECK_MS)));
  }

  private readCategories(): void {
    this.shownCategories = readCategories(this, this.categories);
  }

  /** A site's own items: `<bsw-item>` children, read as plain text: the text a reader of the page sees in them. */
  private readSiteItems(): void {
    const written = Array.from(this.children)
      .filter((child) => child.localName === CUSTOM_ITEM_TAG)
      .map((child) => ({ id: child.getAttribute('data-id') ?? child.getAttribute('id'), text: readableText(child) }));
    const { items, problems } = readCustomItems(written, habitIds);
    for (const problem of problems) {
      warnOnce(`custom:${problem}`, `<prevention-checklist> ${problem}.`, this);
    }
    const unchanged =
      items.length === this.customItems.length &&
      items.every((item, index) => item.id === this.customItems[index]?.id && item.label === this.customItems[index]?.label);
    if (!unchanged) this.customItems = items;
  }

  private groups(content: ChecklistContent): ShownGroup[] {
    const groups: ShownGroup[] = habitGroups
      .filter((group) => this.shownCategories.includes(group.id))
      .map((group) => ({
        key: group.id,
        legend: content.categories[group.id],
        items: group.items.map((id) => ({ id, ...content.items[id] })),
      }));
    if (this.customItems.length > 0) {
      groups.push({ key: 'custom', legend: content.ui.customCategory, items: this.customItems });
    }
    return groups;
  }

  /**
   * A tick or untick. It belongs to the visitor's local date at this moment. The change is made to
   * the latest saved state (another tab may have saved since this one last heard), merged with this
   * checklist's own, and the result is saved: nothing another tab saved is overwritten. The store
   * passes the save to the other checklists on the page.
   */
  private toggle(item: ShownItem, event: Event, shownIds: readonly string[]): void {
    const checked = (event.target as HTMLInputElement).checked;
    const now = Date.now();
    const today = localCalendar.dayOf(now);
    const store = this.store;
    const latest = store?.load() ?? null;
    const base = latest ? mergeStates(latest, this.saved) : this.saved;
    const next = setTicked(onDay(base, today), item.id, checked, today, now);
    this.showDay(next, today);
    store?.save(next);
    this.memoryOnly = store?.memoryOnly ?? true;
    const done = doneToday(next, shownIds, today);
    const ui = this.text.ui;
    this.announcement =
      done === shownIds.length ? ui.allDone : fill(ui.progress, { done, total: shownIds.length });
    this.dispatchEvent(
      new CustomEvent<ChecklistChangeDetail>('checklist-change', {
        detail: { id: item.id, checked, doneToday: done },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /**
   * Which habits show their "why": a disclosure button per habit (lighter than a details element,
   * and a checklist has some twenty), whose text is built only when it is opened.
   */
  private readonly whyOpen = new Set<string>();

  private toggleWhy(id: string): void {
    if (!this.whyOpen.delete(id)) this.whyOpen.add(id);
    this.requestUpdate();
  }

  private print(): void {
    window.print();
  }

  /**
   * The language for dates and plurals: the page's own tag ("en-GB" writes "21 November"), unless the
   * wording fell back to English, so that English sentences never hold dates in another language.
   */
  private dateLocale(content: ChecklistContent): string {
    const locale = intlLocale(this);
    return content === englishChecklist && baseLanguage(locale) !== 'en' ? 'en' : locale;
  }

  /** Printing shows every category: if the rest is not rendered yet, it is rendered now. */
  private readonly renderAll = (): void => {
    if (!this.partial) return;
    this.partial = false;
    this.requestUpdate();
    this.performUpdate();
  };

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (this.partial) this.rest = this.renderRest();
  }

  /** The categories after the first screen, in one update, once the first screen has painted. */
  private async renderRest(): Promise<void> {
    try {
      await afterNextPaint(this.ownerDocument.defaultView);
      // In turn with the other widgets' first renders, as one of them.
      await inTurn(() => {
        if (!this.partial) return;
        this.partial = false;
        this.requestUpdate();
        this.performUpdate();
      });
    } finally {
      this.partial = false;
      this.rest = null;
    }
  }

  /** `updateComplete` waits for the rest of the first render too. */
  protected override owedRender(): Promise<void> | null {
    return this.rest;
  }

  override render() {
    const content = this.text;
    const ui = content.ui;
    const lang = this.dateLocale(content);
    const groups = this.groups(content);
    const shownIds = groups.flatMap((group) => group.items.map((item) => item.id));
    const done = doneToday(this.saved, shownIds, this.today);
    const heading = this.headingText || content.heading;
    const progressText = fill(ui.progress, { done, total: shownIds.length });
    // Only a first render in a browser, with more than one category after the first screen, leaves
    // the rest for the next update; the server renders everything (its markup costs no script time).
    this.partial = !isServer && !this.hasUpdated && groups.length > FIRST_GROUPS + 1;
    const rendered = this.partial ? groups.slice(0, FIRST_GROUPS) : groups;
    let index = 0;

    return html`
      <section class="card ${this.partial ? 'filling' : ''}" part="base" lang=${ifDefined(this.contentLang)} aria-labelledby="heading">
        <div id="heading" class="heading" role="heading" aria-level=${this.level} part="heading">${heading}</div>
        <p class="intro">${content.intro}</p>

        <div class="progress" part="progress">
          <label for="progress">${progressText}</label>
          <progress id="progress" max=${shownIds.length} .value=${done}></progress>
        </div>

        ${historyTemplate(this.saved, this.today, content, lang, this.level + 1)}

        ${rendered.map(
          (group) => html`
            <fieldset part="category" data-category=${group.key}>
              <legend>${group.legend}</legend>
              <ul class="items" role="list">
                ${group.items.map((item) =>
                  habitTemplate({
                    item,
                    elementId: `item-${index++}`,
                    ticked: isTicked(this.saved, item.id, this.today),
                    whyOpen: this.whyOpen.has(item.id),
                    ui,
                    onTick: (event) => this.toggle(item, event, shownIds),
                    onWhy: () => this.toggleWhy(item.id),
                  }),
                )}
              </ul>
            </fieldset>
          `,
        )}

        ${this.partial
          ? nothing
          : html`${shownIds.length > 0 && done === shownIds.length
                ? banner({ tone: 'success', label: ui.allDoneLabel, content: html`<p class="banner-text">${ui.allDoneText}</p>` })
                : nothing}

              <p class="storage muted">${this.memoryOnly ? ui.memoryOnly : ui.savedLocally}</p>
              <div class="footer">
                <p class="disclaimer muted">${content.disclaimer}</p>
                <button type="button" part="print-button" @click=${this.print}>${ui.print}</button>
              </div>`}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }
}
