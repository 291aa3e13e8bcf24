import { expect, waitUntil } from '@open-wc/testing';
import { es } from '../src/content/es.js';
import { fr } from '../src/content/fr.js';
import { loadFrame } from './helpers/frames.js';

interface RecordingWindow extends Window {
  warnings: string[];
  errors: string[];
}

const tags = ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'] as const;
const sections = { 'red-flag-checker': 'checker', 'ice-heat-timer': 'timer', 'prevention-checklist': 'checklist' } as const;

async function headings(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument as Document;
  const heading = (tag: string) => doc.querySelector(tag)?.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim();
  await waitUntil(() => tags.every((tag) => heading(tag)), 'widgets rendered');
  return (tag: (typeof tags)[number]) => heading(tag);
}

describe('language packs on a page', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('a pack pasted after the widgets translates them, with no warning', async () => {
    frame = await loadFrame('/tests/fixtures/pack-after.html');
    const heading = await headings(frame);
    await waitUntil(() => tags.every((tag) => heading(tag) === es[sections[tag]].heading), 'Spanish shown');
    const win = frame.contentWindow as RecordingWindow;
    expect(win.warnings).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it('a classic-script pack works with the classic bundle', async () => {
    frame = await loadFrame('/tests/fixtures/pack-classic.html');
    const heading = await headings(frame);
    await waitUntil(() => tags.every((tag) => heading(tag) === fr[sections[tag]].heading), 'French shown');
    const win = frame.contentWindow as RecordingWindow;
    expect(win.warnings).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });
});
