import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { giveAge, tap } from './helpers/real-input.js';
import { combinationPolicy, en, levelOrder, policyVersion, questionPolicy } from '../src/content/index.js';
import { emergencyNumbers } from '../src/content/emergency-numbers.js';

/*
 * The demo site, page by page, in an iframe: every widget renders, nothing throws or fails to load,
 * and the snippet builder keeps its preview and its code in step with the form.
 */

const TAGS = ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'] as const;
const WAIT = { timeout: 8000 };

interface LoadedPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  /** Uncaught errors, rejected promises and files that failed to load, in the page. */
  errors: string[];
  /** Content Security Policy violations in the page. */
  violations: string[];
}

/**
 * Loads a page in an iframe and listens for its errors from the moment its document exists.
 * (Listeners put on the frame's window before navigation are cleared by it, so this watches for
 * the new document while it is still being parsed, before its deferred and module scripts run.)
 */
async function loadPage(path: string, width = 1000): Promise<LoadedPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  document.body.append(frame);
  const blank = frame.contentDocument;
  const errors: string[] = [];
  const violations: string[] = [];
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  await new Promise<void>((resolve) => {
    const watch = () => {
      const doc = frame.contentDocument;
      if (!doc || doc === blank || !doc.URL.endsWith(path)) {
        setTimeout(watch, 0);
        return;
      }
      const win = frame.contentWindow!;
      win.addEventListener(
        'error',
        (event: Event) => {
          // ErrorEvent from another realm: check the shape, not the class.
          if ('message' in event) errors.push(`error: ${String((event as ErrorEvent).message)}`);
          else {
            const target = event.target as HTMLScriptElement | HTMLLinkElement;
            errors.push(`failed to load: ${'src' in target ? target.src : target.href}`);
          }
        },
        true,
      );
      win.addEventListener('unhandledrejection', (event) => errors.push(`rejection: ${String(event.reason)}`));
      doc.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
      );
      resolve();
    };
    watch();
  });
  await loaded;
  return { frame, win: frame.contentWindow as Window & typeof globalThis, doc: frame.contentDocument!, errors, violations };
}

function widgetsIn(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>(TAGS.join(','))];
}

/** Every widget on the page has upgraded and drawn its card. */
async function expectAllRendered(page: LoadedPage, expected: number): Promise<void> {
  const widgets = widgetsIn(page.doc);
  expect(widgets.length, 'widgets on the page').to.equal(expected);
  await waitUntil(
    () => widgets.every((widget) => widget.shadowRoot?.querySelector('[part="base"]')?.textContent?.trim()),
    `every widget on ${page.doc.URL} rendered`,
    WAIT,
  );
}

function shadowText(widget: Element | null): string {
  return (widget?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

let current: LoadedPage | null = null;
afterEach(() => {
  current?.frame.remove();
  current = null;
});

const pages: ReadonlyArray<{ path: string; widgets: number }> = [
  { path: '/demo/index.html', widgets: 3 },
  { path: '/demo/builder.html', widgets: 1 },
  { path: '/demo/blog.html', widgets: 3 },
  { path: '/demo/hostile.html', widgets: 3 },
  { path: '/demo/strict-csp.html', widgets: 3 },
  { path: '/demo/es.html', widgets: 3 },
  { path: '/demo/fr.html', widgets: 3 },
  { path: '/demo/classic.html', widgets: 3 },
  { path: '/demo/clinicians.html', widgets: 0 },
];

describe('demo pages', () => {
  for (const { path, widgets } of pages) {
    it(`${path} renders every widget with no error`, async () => {
      current = await loadPage(path);
      await expectAllRendered(current, widgets);
      // A moment for late failures (a language pack, a stylesheet) to show up.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(current.errors).to.deep.equal([]);
      expect(current.violations).to.deep.equal([]);
      const doc = current.doc;
      expect(doc.querySelector('meta[name="viewport"]'), 'viewport meta').to.exist;
      expect(doc.title.trim(), 'title').not.to.equal('');
      expect(doc.querySelector('main'), 'main landmark').to.exist;
      expect(doc.querySelectorAll('h1'), 'one h1').to.have.length(1);
    });
  }

  it('the landing page links to every other demo page', async () => {
    current = await loadPage('/demo/index.html');
    const links = [...current.doc.querySelectorAll<HTMLAnchorElement>('main a[href]')].map((a) => new URL(a.href).pathname);
    for (const { path } of pages.filter((page) => page.path !== '/demo/index.html')) {
      expect(links, `a link to ${path}`).to.include(path);
    }
  });

  it('the Spanish and French pages show the widgets in their language, with 112 for Spain and France', async () => {
    for (const [path, lang, heading] of [
      ['/demo/es.html', 'es', 'Revise su espasmo de espalda'],
      ['/demo/fr.html', 'fr', 'Vérifiez votre spasme du dos'],
    ] as const) {
      current = await loadPage(path);
      await expectAllRendered(current, 3);
      expect(current.doc.documentElement.lang).to.equal(lang);
      const checker = current.doc.querySelector('red-flag-checker')!;
      await waitUntil(() => shadowText(checker).includes(heading), `${lang} checker heading`, WAIT);
      // After the age, chest pain gives the emergency result at once; its call link uses the region's number.
      await giveAge(checker.shadowRoot!);
      checker.shadowRoot!.querySelector<HTMLButtonElement>('[data-name="chest-pain"] button[data-value="yes"]')!.click();
      await waitUntil(() => checker.shadowRoot!.querySelector('[part="action"]'), `${lang} emergency result`, WAIT);
      expect(checker.shadowRoot!.querySelector('[part="action"]')!.getAttribute('href')).to.equal('tel:112');
      expect(current.errors).to.deep.equal([]);
      current.frame.remove();
    }
  });

  it('the classic page loads the classic script without type="module"', async () => {
    current = await loadPage('/demo/classic.html');
    // The test server adds a script of its own to served pages; only the page's scripts count.
    const scripts = [...current.doc.querySelectorAll<HTMLScriptElement>('script[src]')]
      .map((script) => ({ path: new URL(script.src).pathname, type: script.type }))
      .filter((script) => !script.path.startsWith('/__web-dev-server__'));
    expect(scripts).to.deep.equal([{ path: '/cdn/back-spasm-widgets.classic.js', type: '' }]);
  });

  it('the strict-CSP page has the policy, no inline script or style, and reports no violation', async () => {
    current = await loadPage('/demo/strict-csp.html');
    await expectAllRendered(current, 3);
    const doc = current.doc;
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy).to.include("require-trusted-types-for 'script'");
    expect(policy).to.include('trusted-types lit-html');
    expect(doc.querySelectorAll('script:not([src]), style, [style]')).to.have.length(0);
    // Styles still apply under style-src 'self': the widgets' cards have their border.
    const card = doc.querySelector('red-flag-checker')!.shadowRoot!.querySelector('[part="base"]')!;
    expect(current.win.getComputedStyle(card).borderTopStyle).to.equal('solid');
    expect(current.violations).to.deep.equal([]);
  });

  it('the hostile page keeps each widget a full-width card with large touch targets', async () => {
    current = await loadPage('/demo/hostile.html');
    await expectAllRendered(current, 3);
    for (const widget of widgetsIn(current.doc)) {
      const card = widget.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      expect(card.getBoundingClientRect().width, `${widget.localName} width`).to.be.above(300);
      const button = widget.shadowRoot!.querySelector('button');
      if (button) expect(button.getBoundingClientRect().height, `${widget.localName} button`).to.be.at.least(44);
    }
  });
});

describe('the "For clinicians" page', () => {
  it('draws the review sheet of the shipped policy in plain tables, from this site only', async () => {
    current = await loadPage('/demo/clinicians.html');
    const { doc, win } = current;
    await waitUntil(() => doc.body.dataset.ready === 'true', 'sheet drawn', WAIT);
    expect(doc.getElementById('policy-version')!.textContent).to.equal(policyVersion);
    const ids = [...doc.querySelectorAll('#sheet code')].map((code) => code.textContent);
    for (const { id } of [...questionPolicy, ...combinationPolicy]) expect(ids, `names ${id}`).to.include(id);
    for (const id of levelOrder) expect(ids, `names ${id}`).to.include(id);
    const text = doc.getElementById('sheet')!.textContent.replace(/\s+/g, ' ');
    for (const { id } of questionPolicy) expect(text).to.include(en.checker.questions[id].text);
    for (const { label } of en.checker.context.durations) expect(text).to.include(label);

    // Plain tables, each with a row of column headers; each question id heads its row.
    const tables = [...doc.querySelectorAll<HTMLTableElement>('#sheet table')];
    expect(tables.length).to.be.at.least(10);
    for (const table of tables) expect(table.querySelectorAll('thead th[scope="col"]').length, 'column headers').to.be.above(1);
    const questions = tables.find((table) => table.caption?.textContent === 'Questions')!;
    const rowHeads = [...questions.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent);
    expect(rowHeads, 'question ids in asking order').to.deep.equal(questionPolicy.map((question) => question.id));

    // Nothing from another origin, and markup from strings would break the page's Trusted Types policy.
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy).to.include("default-src 'none'").and.to.include("trusted-types 'none'");
    const origins = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin);
    expect(origins.filter((origin) => origin !== win.location.origin)).to.deep.equal([]);
    expect(current.errors).to.deep.equal([]);
    expect(current.violations).to.deep.equal([]);

    // It prints without the navigation or the print button.
    const printRules = [...doc.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => 'media' in rule && (rule as CSSMediaRule).media.mediaText === 'print')
      .map((rule) => rule.cssText)
      .join('\n');
    expect(printRules).to.match(/\.site-nav[^{]*\{[^}]*display: none/);
    expect(printRules).to.include('.no-print');
  });

  it('is linked from every demo page', async () => {
    for (const { path } of pages.filter((page) => page.path !== '/demo/clinicians.html')) {
      const page = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
      const links = [...page.querySelectorAll('nav a[href]')].map((a) => new URL(a.getAttribute('href')!, new URL(path, location.href)).pathname);
      expect(links, `${path} links to it`).to.include('/demo/clinicians.html');
    }
  });
});

describe('snippet builder', () => {
  let doc: Document;
  let win: Window & typeof globalThis;
  let hashes: Record<string, string>;
  let version: string;

  const snippet = () => doc.getElementById('snippet')!.textContent ?? '';
  const preview = () => doc.querySelector<HTMLElement>('#preview > *')!;

  function setField(id: string, value: string, eventType: 'input' | 'change' = 'input'): void {
    const field = doc.getElementById(id) as HTMLInputElement | HTMLSelectElement;
    field.value = value;
    field.dispatchEvent(new win.Event(eventType, { bubbles: true }));
  }

  /** Focuses a field in the builder and types into it with the keyboard, as a site owner would. */
  async function typeInto(id: string, text: string): Promise<void> {
    const field = doc.getElementById(id) as HTMLInputElement;
    field.focus();
    // WebKit's WebDriver drops the second of two identical keys typed in a row ("www" gives "w"),
    // so a doubled letter starts a new burst of typing.
    const bursts = text.split('').reduce<string[]>((all, key, i) => {
      if (i > 0 && key !== text[i - 1]) all[all.length - 1] += key;
      else all.push(key);
      return all;
    }, []);
    for (const burst of bursts) await sendKeys({ type: burst });
  }

  /** Empties a field with the keyboard: Backspace once per character. */
  async function clearField(id: string): Promise<void> {
    const field = doc.getElementById(id) as HTMLInputElement;
    field.focus();
    await sendKeys({ press: 'End' });
    for (let i = field.value.length; i > 0; i--) await sendKeys({ press: 'Backspace' });
  }

  /** Types over everything a field holds, as a site owner does after selecting it all. */
  async function retype(id: string, text: string): Promise<void> {
    (doc.getElementById(id) as HTMLInputElement).select();
    await typeInto(id, text);
  }

  /** A real mouse click on an element of the builder, at its centre (the builder is in an iframe). */
  const tapInBuilder = (element: Element): Promise<void> => tap(element);

  const describedBy = (id: string) =>
    (doc.getElementById(id)!.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((ref) => doc.getElementById(ref)?.textContent?.trim() ?? '')
      .join(' ');

  beforeEach(async () => {
    hashes = (await (await fetch('/cdn/integrity.json')).json()) as Record<string, string>;
    version = ((await (await fetch('/package.json')).json()) as { version: string }).version;
    current = await loadPage('/demo/builder.html');
    doc = current.doc;
    win = current.win;
    // The builder marks itself ready once it has read the version and the file hashes.
    await waitUntil(() => doc.body.dataset.ready === 'true', 'builder ready', WAIT);
    await expectAllRendered(current, 1);
  });

  it('starts with the script tag of the chosen widget, pinned on jsDelivr, with its integrity and crossorigin', () => {
    const base = `https://cdn.jsdelivr.net/npm/back-spasm-widgets@${version}/cdn/`;
    expect((doc.getElementById('cdn-base') as HTMLInputElement).value).to.equal(base);
    expect(doc.querySelector('label[for="cdn-base"]')!.textContent.trim()).to.equal('Where the files are served from');
    expect(snippet()).to.include(
      `<script type="module" src="${base}red-flag-checker.js" integrity="${hashes['red-flag-checker.js']}" crossorigin="anonymous"></script>`,
    );
    expect(snippet()).to.include(
      `<link rel="stylesheet" href="${base}back-spasm-widgets.css" integrity="${hashes['back-spasm-widgets.css']}" crossorigin="anonymous">`,
    );
    expect(snippet()).to.include('<red-flag-checker></red-flag-checker>');
    expect(snippet()).not.to.include('style=');
    expect(snippet()).not.to.include('locales/');
  });

  it('updates the preview and the snippet as the form changes', async () => {
    setField('attr-clinic-name', 'Westside Spine & Co');
    setField('attr-heading', 'Is it serious?');
    expect(preview().getAttribute('clinic-name')).to.equal('Westside Spine & Co');
    await waitUntil(
      () => preview().shadowRoot!.querySelector('[part="heading"]')?.textContent?.trim() === 'Is it serious?',
      'preview heading updated',
      WAIT,
    );
    expect(snippet()).to.include('clinic-name="Westside Spine &amp; Co"');
    expect(snippet()).to.include('heading="Is it serious?"');
    expect(snippet()).to.include(`integrity="${hashes['red-flag-checker.js']}"`);

    setField('color-accent', '#00695c');
    expect(preview().style.getPropertyValue('--bsw-accent')).to.equal('#00695c');
    expect(snippet()).to.include('style="--bsw-accent: #00695c"');
    await tapInBuilder(doc.getElementById('reset-colours')!);
    await waitUntil(() => !snippet().includes('style='), 'colours reset', WAIT);
    expect(snippet()).not.to.include('style=');
    expect(preview().hasAttribute('style')).to.equal(false);
  });

  it('switches widget and language, and passes invalid values through to the widget', async () => {
    setField('element', 'ice-heat-timer', 'change');
    expect(preview().localName).to.equal('ice-heat-timer');
    expect(snippet()).to.include(`ice-heat-timer.js" integrity="${hashes['ice-heat-timer.js']}"`);

    setField('attr-duration', '45');
    expect(preview().getAttribute('duration')).to.equal('45');
    expect(snippet()).to.include('<ice-heat-timer duration="45"></ice-heat-timer>');
    // The widget clamps it, says why, and the builder shows that message.
    await waitUntil(() => doc.getElementById('messages')!.textContent.includes('duration="45"'), 'warning shown', WAIT);

    setField('lang', 'es', 'change');
    expect(preview().getAttribute('lang')).to.equal('es');
    expect(snippet()).to.include(`locales/es.js" integrity="${hashes['locales/es.js']}" crossorigin="anonymous"></script>`);
    await waitUntil(() => shadowText(preview()).includes('Temporizador de hielo y calor'), 'preview in Spanish', WAIT);
  });

  it('reads the widget’s messages without adding a second widget to the page', async () => {
    // What a script on the page sees (a count of widgets, an analytics tag): the preview, and only it.
    const added: string[] = [];
    const observer = new win.MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof win.Element && TAGS.some((tag) => node.matches(`${tag}, :has(${tag})`))) added.push(node.localName);
        }
      }
    });
    observer.observe(doc.body, { childList: true, subtree: true });
    try {
      await typeInto('attr-heading-level', '9');
      await waitUntil(() => doc.getElementById('messages')!.textContent.includes('heading-level="9"'), 'message shown', WAIT);
    } finally {
      observer.disconnect();
    }
    expect(added).to.deep.equal([]);
    expect(widgetsIn(doc)).to.deep.equal([preview()]);
  });

  it('typing a phone number key by key: the preview warns at most once, and the list names the value as typed', async () => {
    const seen: string[] = [];
    const inner = win.console.warn;
    win.console.warn = (...args: unknown[]) => {
      seen.push(String(args[0]));
      inner(...args);
    };
    const typed = '+44 (0)20 7946 0958 ext 1';
    expect(typed).to.have.length(25);
    await typeInto('attr-clinic-phone', typed);
    const messages = doc.getElementById('messages')!;
    // WebKit's WebDriver drops some spaces of a typed burst: the message names what the field holds.
    const field = doc.getElementById('attr-clinic-phone') as HTMLInputElement;
    expect(field.value.replace(/\s/g, '')).to.equal(typed.replace(/\s/g, ''));
    await waitUntil(() => messages.textContent.includes(`clinic-phone="${field.value}" is not a phone number`), 'message for the typed value', WAIT);
    expect(messages.children).to.have.length(1);
    // One from the preview for the first bad prefix, and one from each hidden copy made when typing
    // paused (each key used to log its own).
    const aboutPhone = seen.filter((message) => message.includes('clinic-phone'));
    expect(aboutPhone.length, aboutPhone.join('\n')).to.be.at.most(3);
    await clearField('attr-clinic-phone');
    await typeInto('attr-clinic-phone', '+44 20 7946 0958');
    await waitUntil(() => messages.children.length === 0, 'no message once the number is valid', WAIT);
    expect(doc.getElementById('messages-empty')!.hidden).to.equal(false);
  });

  it('says next to the booking field when an address has no https://, and what the widget reads', async () => {
    const note = doc.getElementById('attr-booking-url-note')!;
    expect(note.textContent).to.equal('');
    await typeInto('attr-booking-url', 'www.sunrise.example/book');
    await waitUntil(() => snippet().includes('booking-url="www.sunrise.example/book"'), 'address typed', WAIT);
    expect(note.textContent).to.equal(
      'This has no https:// at the start, so the widget reads it as https://www.sunrise.example/book. ' +
        'Type the whole address to be sure.',
    );
    expect(describedBy('attr-booking-url')).to.include('reads it as https://www.sunrise.example/book');
    // The snippet keeps what was typed; the widget in the preview says the same in its own words.
    expect(snippet()).to.include('booking-url="www.sunrise.example/book"');
    const messages = doc.getElementById('messages')!;
    await waitUntil(
      () =>
        messages.textContent.includes(
          '<red-flag-checker> booking-url="www.sunrise.example/book" looks like a web address without https://; read as "https://www.sunrise.example/book".',
        ),
      'widget message shown',
      WAIT,
    );
    expect(messages.children.length).to.equal(1);

    // A path on the clinic's own site is fine as it is: no note, no message.
    await retype('attr-booking-url', '/book');
    await waitUntil(() => snippet().includes('booking-url="/book"'), 'path typed', WAIT);
    expect(note.textContent).to.equal('');
    expect(describedBy('attr-booking-url')).not.to.include('https://www.');
    expect(snippet()).to.include('booking-url="/book"');
    await waitUntil(() => messages.children.length === 0, 'widget message gone', WAIT);
    for (const page of ['book.html', 'book']) {
      await retype('attr-booking-url', page);
      await waitUntil(() => snippet().includes(`booking-url="${page}"`), `${page} typed`, WAIT);
      expect(note.textContent, page).to.equal('');
    }

    // The full address: nothing to say.
    await retype('attr-booking-url', 'https://sunrise.example/book');
    await waitUntil(() => snippet().includes('booking-url="https://sunrise.example/book"'), 'address typed', WAIT);
    expect(note.textContent).to.equal('');
    expect(snippet()).to.include('booking-url="https://sunrise.example/book"');
  });

  it('warns next to the accent colour when white button text on it is under 4.5:1, and only then', async () => {
    const warning = doc.getElementById('color-accent-warning')!;
    const accent = doc.getElementById('color-accent')!;
    expect(accent.getAttribute('aria-describedby')!.split(' ')).to.include('color-accent-warning');
    expect(warning.getAttribute('aria-live')).to.equal('polite');
    // The default accent (#0b5cad) gives 6.7:1.
    expect(warning.textContent).to.equal('');

    // A colour is chosen in the browser's own picker, which test input cannot reach: the value is
    // set here as the picker sets it, with the input and change events it fires.

    setField('color-accent', '#4da3ff', 'input');
    expect(warning.textContent).to.equal(
      'White button text on this colour is hard to read: its contrast is 2.6 to 1, and it needs at least 4.5 to 1. Choose a darker colour.',
    );
    expect(describedBy('color-accent')).to.include('hard to read');
    expect(warning.getBoundingClientRect().height).to.be.greaterThan(0);

    // Just under the line (4.48:1) still warns, and never reads as "4.5"; just over (4.54:1) does not.
    setField('color-accent', '#777777', 'change');
    expect(warning.textContent).to.include('its contrast is 4.4 to 1');
    setField('color-accent', '#767676', 'change');
    expect(warning.textContent).to.equal('');
    expect(describedBy('color-accent')).not.to.include('hard to read');

    setField('color-accent', '#ffcc00', 'input');
    expect(warning.textContent).to.include('its contrast is 1.5 to 1');
    await tapInBuilder(doc.getElementById('reset-colours')!);
    await waitUntil(() => warning.textContent === '', 'warning gone after reset', WAIT);
    expect(warning.getBoundingClientRect().height).to.equal(0);
  });

  it('writes the address typed under "Where the files are served from" for a site that serves cdn/ itself', async () => {
    const own = 'https://westside.example/widgets/bsw/';
    await retype('cdn-base', own);
    await waitUntil(() => snippet().includes(`src="${own}red-flag-checker.js"`), 'own address in the snippet', WAIT);
    expect(snippet()).to.include(
      `<script type="module" src="${own}red-flag-checker.js" integrity="${hashes['red-flag-checker.js']}" crossorigin="anonymous"></script>`,
    );
    expect(snippet()).to.include(`<link rel="stylesheet" href="${own}back-spasm-widgets.css" integrity="${hashes['back-spasm-widgets.css']}"`);
    expect(snippet()).not.to.include('cdn.jsdelivr.net');
    expect(doc.getElementById('cdn-base-warning')!.textContent).to.equal('');
    expect(doc.getElementById('cdn-base')!.hasAttribute('aria-invalid')).to.equal(false);

    // Another script file and a language pack come from the same folder.
    setField('script-file', 'classic', 'change');
    setField('lang', 'fr', 'change');
    expect(snippet()).to.include(`<script src="${own}back-spasm-widgets.classic.js" integrity="${hashes['back-spasm-widgets.classic.js']}"`);
    expect(snippet()).to.include(`<script src="${own}locales/fr.classic.js" integrity="${hashes['locales/fr.classic.js']}"`);

    // Emptied, the field goes back to jsDelivr.
    await clearField('cdn-base');
    await waitUntil(() => snippet().includes(`https://cdn.jsdelivr.net/npm/back-spasm-widgets@${version}/cdn/back-spasm-widgets.classic.js`), 'back to jsDelivr', WAIT);
  });

  it('gives what a one-widget file imports in an import map and a preload line, with integrity values, nothing for the all-in-one file, and the pasted code runs with one copy of Lit', async () => {
    const imports = (await (await fetch('/cdn/imports.json')).json()) as Record<string, string[]>;
    const base = `https://cdn.jsdelivr.net/npm/back-spasm-widgets@${version}/cdn/`;
    const preloadsOf = (text: string) => [...text.matchAll(/<link rel="modulepreload"[^>]*>/g)].map((match) => match[0]);
    const cases: [string, string, string[]][] = [
      ['element', 'red-flag-checker.js', imports['red-flag-checker.js']!],
      // The all-in-one file carries everything it needs: nothing to preload.
      ['all', 'back-spasm-widgets.js', []],
    ];
    expect(imports['red-flag-checker.js']!.some((name) => /^shared-[\w-]+\.js$/.test(name)), 'the checker’s file imports a shared chunk').to.equal(true);
    for (const [choice, file, preloaded] of cases) {
      setField('script-file', choice, 'change');
      const text = snippet();
      expect(preloadsOf(text), choice).to.deep.equal(
        preloaded.map((name) => `<link rel="modulepreload" href="${base}${name}" integrity="${hashes[name]}" crossorigin="anonymous">`),
      );
      // Each preload comes before the script that imports it.
      expect(text.lastIndexOf('modulepreload')).to.be.below(text.indexOf(`src="${base}${file}"`));
      // An import map gives the integrity of what the script imports, before any module script.
      const map = /<script type="importmap">(.*?)<\/script>/.exec(text);
      if (preloaded.length === 0) {
        expect(map, `${choice}: no import map`).to.equal(null);
      } else {
        expect(JSON.parse(map![1]!), choice).to.deep.equal({ integrity: Object.fromEntries(preloaded.map((name) => [`${base}${name}`, hashes[name]])) });
        expect(map!.index).to.be.below(text.indexOf('<script type="module"'));
      }

      // The code as pasted, served from this site's copy of cdn/: the widget runs, with Lit once.
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<!doctype html><html lang="en"><body>${text.split(base).join('/cdn/')}</body></html>`;
      document.body.append(frame);
      await loaded;
      try {
        const pasted = frame.contentDocument!;
        await waitUntil(() => pasted.querySelector('red-flag-checker')?.shadowRoot?.childElementCount, 'pasted widget rendered', WAIT);
        expect((frame.contentWindow as Window & { litHtmlVersions?: string[] }).litHtmlVersions, choice).to.have.length(1);
      } finally {
        frame.remove();
      }
    }
    // The other one-widget files preload the same shared chunk.
    setField('script-file', 'element', 'change');
    for (const tag of ['ice-heat-timer', 'prevention-checklist']) {
      setField('element', tag, 'change');
      expect(preloadsOf(snippet()), tag).to.deep.equal(
        imports[`${tag}.js`]!.map((name) => `<link rel="modulepreload" href="${base}${name}" integrity="${hashes[name]}" crossorigin="anonymous">`),
      );
      expect(preloadsOf(snippet()), tag).to.have.length.above(0);
    }
    setField('script-file', 'classic', 'change');
    expect(preloadsOf(snippet())).to.have.length(0);
  });

  it('refuses a base address that is not https:// or does not end with /, says why, and keeps jsDelivr', async () => {
    const jsdelivr = `https://cdn.jsdelivr.net/npm/back-spasm-widgets@${version}/cdn/`;
    const field = doc.getElementById('cdn-base')!;
    const warning = doc.getElementById('cdn-base-warning')!;
    expect(field.getAttribute('aria-describedby')!.split(' ')).to.include('cdn-base-warning');
    expect(warning.getAttribute('aria-live')).to.equal('polite');

    await retype('cdn-base', 'http://westside.example/widgets/');
    await waitUntil(() => warning.textContent.includes('must start with https://'), 'http refused', WAIT);
    expect(warning.textContent).to.include(`Until then, the code uses ${jsdelivr}.`);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy('cdn-base')).to.include('must start with https://');
    expect(snippet()).not.to.include('westside.example/widgets');
    expect(snippet()).to.include(`src="${jsdelivr}red-flag-checker.js"`);
    expect(warning.getBoundingClientRect().height).to.be.greaterThan(0);

    await retype('cdn-base', 'https://westside.example/widgets');
    await waitUntil(() => warning.textContent.includes('must end with /'), 'no trailing slash refused', WAIT);
    expect(snippet()).not.to.include('westside.example/widgets');

    await typeInto('cdn-base', '/');
    await waitUntil(() => warning.textContent === '', 'accepted once it ends with /', WAIT);
    expect(field.hasAttribute('aria-invalid')).to.equal(false);
    expect(snippet()).to.include('src="https://westside.example/widgets/red-flag-checker.js"');
  });

  it('takes a test address on this computer or a path on the clinic’s own site, and says where the code will work', async () => {
    const field = doc.getElementById('cdn-base')!;
    const warning = doc.getElementById('cdn-base-warning')!;
    const local =
      'This address works only on the computer that serves the files: use it for testing, and type your site’s https:// address before you publish the code.';
    const samesite = 'A path with no site name works only on the site that holds the files: pasted into another site, the code will not load.';
    const folder =
      ' Without / at the start, it is read from each page’s own folder, so it works only on pages in that folder: start it with / to use it on every page.';
    const accepted: [string, string][] = [
      ['http://localhost:8080/cdn/', local],
      ['http://127.0.0.1/bsw/', local],
      ['https://localhost/bsw/', local],
      ['/wp-content/bsw/', samesite],
      ['assets/', samesite + folder],
      ['../cdn/', samesite + folder],
    ];
    for (const [typed, words] of accepted) {
      await retype('cdn-base', typed);
      await waitUntil(() => snippet().includes(`src="${typed}red-flag-checker.js"`), `${typed} in the snippet`, WAIT);
      expect(snippet(), typed).to.include(`<link rel="stylesheet" href="${typed}back-spasm-widgets.css"`);
      expect(snippet(), typed).not.to.include('cdn.jsdelivr.net');
      expect(warning.textContent, typed).to.equal(words);
      expect(describedBy('cdn-base'), typed).to.include(words);
      expect(warning.getBoundingClientRect().height, typed).to.be.greaterThan(0);
      // Usable as it stands: not marked as a mistake.
      expect(field.hasAttribute('aria-invalid'), typed).to.equal(false);
      expect((field as HTMLInputElement).matches(':invalid'), typed).to.equal(false);
    }

    // Emptied, the field goes back to jsDelivr with nothing to say.
    await clearField('cdn-base');
    await waitUntil(() => warning.textContent === '', 'no warning once empty', WAIT);
    expect(field.hasAttribute('aria-invalid')).to.equal(false);
    expect(warning.getBoundingClientRect().height).to.equal(0);
    expect(snippet()).to.include(`src="https://cdn.jsdelivr.net/npm/back-spasm-widgets@${version}/cdn/red-flag-checker.js"`);
  });

  it('still refuses other http:// addresses, a site name without https:// and garbage, and says why', async () => {
    const jsdelivr = `https://cdn.jsdelivr.net/npm/back-spasm-widgets@${version}/cdn/`;
    const field = doc.getElementById('cdn-base')!;
    const warning = doc.getElementById('cdn-base-warning')!;

    const refused: [string, string][] = [
      ['http://westside.example/bsw/', 'The address must start with https://: browsers block scripts from other addresses on secure pages.'],
      ['http://localhost.westside.example/bsw/', 'The address must start with https://: browsers block scripts from other addresses on secure pages.'],
      ['ftp://localhost/bsw/', 'The address must start with https://: browsers block scripts from other addresses on secure pages.'],
      ['westside.example/bsw/', 'This looks like a web address with no https:// at the start: type it whole, such as https://westside.example/bsw/.'],
      ['localhost/bsw/', 'This looks like a web address with no https:// at the start: type it whole, such as http://localhost/bsw/.'],
      ['//westside.example/bsw/', 'This is not a whole web address: it starts with https:// and ends with /.'],
      ['my widgets/', 'This is not a whole web address: it starts with https:// and ends with /.'],
      ['/wp-content/bsw', 'The address must end with / (the folder that holds red-flag-checker.js and the other files).'],
      ['http://localhost/bsw', 'The address must end with / (the folder that holds red-flag-checker.js and the other files).'],
    ];
    for (const [typed, reason] of refused) {
      await retype('cdn-base', typed);
      const said = `${reason} Until then, the code uses ${jsdelivr}.`;
      await waitUntil(() => warning.textContent === said, `${typed} refused`, WAIT);
      expect(field.getAttribute('aria-invalid'), typed).to.equal('true');
      expect(snippet(), typed).to.include(`src="${jsdelivr}red-flag-checker.js"`);
      expect(snippet(), typed).not.to.include(`"${typed}`);
    }
  });

  it('asks for the country, from the widget’s table, and writes region="CO" once Colombia is chosen with the keyboard', async () => {
    const field = doc.getElementById('attr-region') as HTMLSelectElement;
    expect(doc.querySelector('label[for="attr-region"]')!.textContent.trim()).to.match(/^Country\s+region$/);
    const options = [...field.options];
    expect(options[0]!.value).to.equal('');
    expect(options[0]!.textContent).to.equal('Not set');
    expect(options.slice(1).map((option) => option.value).sort()).to.deep.equal([...emergencyNumbers().keys()].sort());
    expect(options.find((option) => option.value === 'CO')!.textContent).to.equal('Colombia (123)');
    const names = options.slice(1).map((option) => option.textContent ?? '');
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(describedBy('attr-region')).to.include('emergency number');
    expect(describedBy('attr-emergency-number')).to.include('country above').and.include('or your local emergency number');
    expect(snippet()).not.to.include('region=');

    // Typed on the focused select, as a keyboard user picks an option.
    field.focus();
    await sendKeys({ type: 'Colombia' });
    await waitUntil(() => snippet().includes('region="CO"'), 'region in the snippet', WAIT);
    expect(field.value).to.equal('CO');
    expect(snippet()).to.include('<red-flag-checker region="CO"></red-flag-checker>');
    expect(preview().getAttribute('region')).to.equal('CO');
    await waitUntil(
      () => preview().shadowRoot?.querySelector('.emergency-first a[href^="tel:"]')?.getAttribute('href') === 'tel:123',
      'preview calls 123',
      WAIT,
    );
    expect(preview().shadowRoot!.querySelector('.emergency-first a')!.textContent.trim()).to.equal('123');

    // Back to "Not set": no region attribute, and the preview's number is a guess again.
    await sendKeys({ press: 'Home' });
    await waitUntil(() => !snippet().includes('region='), 'region gone from the snippet', WAIT);
    expect(preview().hasAttribute('region')).to.equal(false);
    await waitUntil(
      () => preview().shadowRoot?.querySelector('.emergency-first a')?.textContent.trim() === '911, or your local emergency number',
      'preview guesses 911 again',
      WAIT,
    );
  });

  /** Chooses a widget in the Widget menu with the keyboard, as a site owner would, and waits for its code. */
  async function chooseWidget(key: 'ArrowDown' | 'Home' | 'End', tag: string): Promise<void> {
    doc.getElementById('element')!.focus();
    await sendKeys({ press: key });
    await waitUntil(() => snippet().includes(`<${tag}`) && preview().localName === tag, `${tag} chosen`, WAIT);
  }

  it('keeps what was typed for each widget when the Widget menu is switched away and back', async () => {
    await typeInto('attr-clinic-name', 'Westside Spine');
    await typeInto('attr-clinic-phone', '+1 604 555 0100');
    await typeInto('attr-booking-url', 'https://westside.example/book');
    await typeInto('attr-heading', 'Is it serious?');
    const clinic = ['clinic-name="Westside Spine"', 'clinic-phone="+1 604 555 0100"', 'booking-url="https://westside.example/book"', 'heading="Is it serious?"'];
    // WebKit's WebDriver may drop a space of a typed burst: compare with what the fields hold.
    const held = () => ['clinic-name', 'clinic-phone', 'booking-url', 'heading'].map((name) => `${name}="${(doc.getElementById(`attr-${name}`) as HTMLInputElement).value}"`);
    expect(held().map((text) => text.replace(/\s/g, ''))).to.deep.equal(clinic.map((text) => text.replace(/\s/g, '')));
    const typedForChecker = held();
    for (const attribute of typedForChecker) expect(snippet()).to.include(attribute);

    await chooseWidget('ArrowDown', 'ice-heat-timer');
    await typeInto('attr-duration', '10');
    await waitUntil(() => snippet().includes('<ice-heat-timer duration="10"></ice-heat-timer>'), 'timer code', WAIT);

    // The checklist has a heading of its own: the checker's is not carried over.
    await chooseWidget('End', 'prevention-checklist');
    expect((doc.getElementById('attr-heading') as HTMLInputElement).value).to.equal('');
    expect(snippet()).to.include('<prevention-checklist></prevention-checklist>');

    await chooseWidget('Home', 'red-flag-checker');
    expect(held()).to.deep.equal(typedForChecker);
    for (const attribute of typedForChecker) expect(snippet(), attribute).to.include(attribute);
    expect(preview().getAttribute('clinic-phone')).to.equal((doc.getElementById('attr-clinic-phone') as HTMLInputElement).value);
    const heading = (doc.getElementById('attr-heading') as HTMLInputElement).value;
    await waitUntil(() => preview().shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim() === heading, 'preview heading kept', WAIT);

    // The code the Copy button copies (or selects) is the code on screen, clinic and all.
    await tapInBuilder(doc.getElementById('copy')!);
    await waitUntil(() => doc.getElementById('copy-status')!.textContent.trim() !== '', 'copy status shown', WAIT);
    const copied = doc.getElementById('copy-status')!.textContent.includes('selected') ? String(win.getSelection()) : await navigator.clipboard.readText().catch(() => snippet());
    for (const attribute of typedForChecker) expect(copied, attribute).to.include(attribute);

    await chooseWidget('ArrowDown', 'ice-heat-timer');
    expect((doc.getElementById('attr-duration') as HTMLInputElement).value).to.equal('10');
    expect(snippet()).to.include('<ice-heat-timer duration="10"></ice-heat-timer>');
  });

  it('says beside the code, politely, when the checker has no clinic phone, and only then', async () => {
    const warning = doc.getElementById('snippet-warning')!;
    expect(warning.getAttribute('aria-live')).to.equal('polite');
    expect(warning.closest('section')).to.equal(doc.getElementById('snippet')!.closest('section'));
    const noPhone = 'This code has no clinic phone number, so the checker’s results will have no button to call your clinic. Type the number under “Clinic phone number”.';
    expect(warning.textContent).to.equal(noPhone);
    expect(warning.getBoundingClientRect().height).to.be.greaterThan(0);

    await typeInto('attr-clinic-phone', '604 555 0100');
    await waitUntil(() => snippet().includes('clinic-phone='), 'phone in the code', WAIT);
    expect(warning.textContent).to.equal('');
    expect(warning.getBoundingClientRect().height).to.equal(0);

    // The timer has no phone to give: nothing to say. Back on the checker, the number is still there.
    await chooseWidget('ArrowDown', 'ice-heat-timer');
    expect(warning.textContent).to.equal('');
    await chooseWidget('Home', 'red-flag-checker');
    expect(snippet()).to.include('clinic-phone=');
    expect(warning.textContent).to.equal('');

    // Spaces alone are no number: the code has none, and the warning comes back.
    await clearField('attr-clinic-phone');
    await typeInto('attr-clinic-phone', ' ');
    await waitUntil(() => warning.textContent === noPhone, 'warning back', WAIT);
    expect(snippet()).not.to.include('clinic-phone=');
    expect(warning.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('copies the snippet, or selects it, and says so politely', async () => {
    await tapInBuilder(doc.getElementById('copy')!);
    const status = doc.getElementById('copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    await waitUntil(() => status.textContent.trim() !== '', 'copy status shown', WAIT);
  });
});
