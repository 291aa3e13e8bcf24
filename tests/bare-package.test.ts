import { expect, waitUntil } from '@open-wc/testing';
import { addModule, loadFrame } from './helpers/frames.js';

/*
 * The bare package URL (https://cdn.jsdelivr.net/npm/back-spasm-widgets@VERSION, or unpkg's): an
 * npm CDN serves the file named by package.json's "jsdelivr" (or "unpkg") field. That file, loaded
 * as a module script in a page with the three tags and nothing else (no import map, no other
 * script), must define and render all three widgets.
 */

const TAGS = ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'] as const;

interface PackageJson {
  jsdelivr?: string;
  unpkg?: string;
}

let frame: HTMLIFrameElement | null = null;
afterEach(() => {
  frame?.remove();
  frame = null;
});

describe('the bare package URL', () => {
  it('package.json names the same self-contained file for jsDelivr and unpkg', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as PackageJson;
    expect(pkg.jsdelivr, 'jsdelivr').to.be.a('string');
    expect(pkg.unpkg, 'unpkg').to.equal(pkg.jsdelivr);
  });

  it('loads all three widgets in a page with nothing else', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as PackageJson;
    // The CDN serves the file at the package's root, as package.json names it.
    const file = new URL(pkg.jsdelivr!, new URL('/package.json', location.href));
    expect((await fetch(file)).ok, `${file.pathname} is served`).to.equal(true);

    frame = await loadFrame('/tests/fixtures/bare-package.html', 1000, 1600);
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    // No script, import map, stylesheet or style of the page's own (the test server adds its
    // web-socket script to every page it serves).
    const own = [...doc.querySelectorAll<HTMLElement>('script, link, style')].filter(
      (element) => !(element instanceof win.HTMLScriptElement && element.src.includes('/__web-dev-server__')),
    );
    expect(own.map((element) => element.outerHTML), 'nothing else on the page').to.deep.equal([]);
    for (const tag of TAGS) expect(win.customElements.get(tag), `${tag} before the script`).to.equal(undefined);

    const errors: string[] = [];
    win.addEventListener('error', (event) => errors.push(String(event.message)));
    win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    await addModule(doc, file.pathname);

    const widgets = TAGS.map((tag) => doc.querySelector<HTMLElement>(tag)!);
    await waitUntil(
      () => widgets.every((widget) => widget.shadowRoot?.querySelector('[part="base"]')?.textContent?.trim()),
      'all three widgets rendered',
      { timeout: 8000 },
    );
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.be.a('function');
    expect(errors).to.deep.equal([]);
  });
});
