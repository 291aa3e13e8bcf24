import { expect, waitUntil } from '@open-wc/testing';
import { giveAge, tap } from './helpers/real-input.js';

/*
 * The one-widget module bundles share one chunk (Lit and the library's shared code): a page with
 * two or three of them downloads and evaluates it once. These pages are pasted as the snippet
 * builder and the docs write them: an import map with the shared chunk's integrity, the chunk
 * preloaded, then the module scripts; and as a site may paste them, script tags alone. The
 * all-in-one bundle carries everything itself.
 */

interface LitWindow extends Window {
  litHtmlVersions?: string[];
  logged?: string[];
}

const TAGS = ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'] as const;
let integrity: Record<string, string>;
let imports: Record<string, string[]>;

before(async () => {
  integrity = (await (await fetch('/cdn/integrity.json')).json()) as Record<string, string>;
  imports = (await (await fetch('/cdn/imports.json')).json()) as Record<string, string[]>;
});

/**
 * The tags a snippet pastes for `file`: for a one-widget file, the import map that gives the shared
 * chunk's integrity and the line that preloads it; then the script.
 */
function snippet(file: string, preload: boolean): string {
  const attributes = (name: string) => ` integrity="${integrity[name]}" crossorigin="anonymous"`;
  const shared = imports[file] ?? [];
  const map = { integrity: Object.fromEntries(shared.map((name) => [`/cdn/${name}`, integrity[name]])) };
  const links = preload
    ? [
        ...(shared.length > 0 ? [`<script type="importmap">${JSON.stringify(map)}</script>`] : []),
        ...shared.map((name) => `<link rel="modulepreload" href="/cdn/${name}"${attributes(name)}>`),
      ]
    : [];
  return [...links, `<script type="module" src="/cdn/${file}"${attributes(file)}></script>`].join('\n');
}

async function page(files: string[], tags: readonly string[], preload: boolean): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  // The page counts the warnings and errors the widgets log.
  const listener = `<script>window.logged = []; for (const level of ['warn', 'error']) { const original = console[level]; console[level] = (...args) => { window.logged.push(args.join(' ')); original.apply(console, args); }; }</script>`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${listener}${files.map((file) => snippet(file, preload)).join('\n')}</head>
<body>${tags.map((tag) => `<${tag}></${tag}>`).join('\n')}</body></html>`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => tags.every((tag) => doc.querySelector(tag)?.shadowRoot?.childElementCount), 'every widget rendered', { timeout: 10_000 });
  return frame;
}

const sharedChunks = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /^\/cdn\/shared-[\w-]+\.js$/.test(path));

const mixes: [string, string[], readonly string[]][] = [
  ['two one-widget bundles', ['red-flag-checker.js', 'ice-heat-timer.js'], ['red-flag-checker', 'ice-heat-timer']],
  ['the three one-widget bundles', ['red-flag-checker.js', 'ice-heat-timer.js', 'prevention-checklist.js'], TAGS],
];

describe('module bundles on one page share one copy of Lit', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    localStorage.removeItem('back-spasm-widgets:prevention-checklist');
  });

  it('lists, for each one-widget file, the shared files it imports, each with an integrity value', () => {
    const modules = ['red-flag-checker.js', 'ice-heat-timer.js', 'prevention-checklist.js'];
    for (const file of modules) {
      const shared = (imports[file] ?? []).filter((name) => name.startsWith('shared-'));
      expect(shared, `${file} imports one shared chunk`).to.have.length(1);
      for (const name of imports[file]!) expect(integrity[name], name).to.match(/^sha384-/);
    }
    // Each carries its own code and imports only the shared chunk: one line to preload.
    for (const file of modules) expect(imports[file], file).to.have.length(1);
    // The all-in-one file, the language packs and the classic script are self-contained.
    for (const file of ['back-spasm-widgets.js', 'locales/es.js', 'locales/fr.js', 'back-spasm-widgets.classic.js']) {
      expect(imports[file], file).to.equal(undefined);
    }
  });

  it('the all-in-one bundle alone runs Lit once and fetches no shared chunk', async () => {
    frame = await page(['back-spasm-widgets.js'], TAGS, true);
    const win = frame.contentWindow as LitWindow & typeof globalThis;
    expect(win.litHtmlVersions, 'copies of Lit that ran').to.have.length(1);
    expect(win.logged, 'warnings and errors').to.deep.equal([]);
    expect(sharedChunks(win), 'shared chunk requests').to.deep.equal([]);
  });

  it('the all-in-one bundle beside a one-widget bundle: every widget works, with no warning (each carries its own Lit)', async () => {
    frame = await page(['back-spasm-widgets.js', 'red-flag-checker.js'], TAGS, true);
    const win = frame.contentWindow as LitWindow & typeof globalThis;
    expect(win.litHtmlVersions, 'copies of Lit that ran').to.have.length(2);
    expect(win.logged, 'warnings and errors').to.deep.equal([]);
    const checker = frame.contentDocument!.querySelector('red-flag-checker')!.shadowRoot!;
    await giveAge(checker);
    await tap(checker.querySelector<HTMLButtonElement>('[data-name="chest-pain"] button[data-value="yes"]')!);
    await waitUntil(() => checker.querySelector('[part="action"]'), 'emergency result shown');
  });

  for (const preload of [true, false]) {
    for (const [mix, files, tags] of mixes) {
      it(`${mix}, ${preload ? 'with the import map and the shared files preloaded' : 'from script tags alone'}: Lit evaluated once, the shared chunk fetched once`, async () => {
        frame = await page(files, tags, preload);
        const win = frame.contentWindow as LitWindow & typeof globalThis;
        expect(win.litHtmlVersions, 'copies of Lit that ran').to.have.length(1);
        expect(win.logged, 'warnings and errors').to.deep.equal([]);
        // Firefox, with a cold cache, may fetch a module a second time when an import asks for it
        // while its modulepreload is still loading (seen on a fresh machine); it still evaluates it
        // once, as the Lit count above shows. Every other case fetches the chunk once.
        const firefoxPreload = preload && navigator.userAgent.includes('Firefox/');
        expect(sharedChunks(win).length, 'shared chunk requests').to.be.within(1, firefoxPreload ? 2 : 1);
        // The widgets work: a real tap on chest pain "Yes" gives the emergency call.
        if (tags.includes('red-flag-checker')) {
          const checker = frame.contentDocument!.querySelector('red-flag-checker')!.shadowRoot!;
          await giveAge(checker);
          await tap(checker.querySelector<HTMLButtonElement>('[data-name="chest-pain"] button[data-value="yes"]')!);
          await waitUntil(() => checker.querySelector('[part="action"]'), 'emergency result shown');
          expect(checker.querySelector('[part="action"]')!.getAttribute('href')).to.equal('tel:911');
        }
      });
    }
  }
});
