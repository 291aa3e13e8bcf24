import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import sinon from 'sinon';
import '../src/ice-heat-timer/index.js';
import '../src/prevention-checklist/index.js';
import '../src/red-flag-checker/index.js';

describe('many widgets on one page', () => {
  it('render in turns, letting the page run other tasks before the last one has rendered', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const reference = document.createElement('red-flag-checker');
      container.append(reference);
      await (reference as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      const renderedHeight = reference.getBoundingClientRect().height;
      reference.remove();
      expect(renderedHeight).to.be.above(400);
      const widgets = Array.from({ length: 100 }, () => document.createElement('red-flag-checker'));
      container.append(...widgets);
      // A task queued now, behind the widgets' first renders: it must not wait for all of them.
      let renderedWhenPageRan = -1;
      let waitingWithoutSpace = -1;
      const pageTask = new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          renderedWhenPageRan = widgets.filter((widget) => widget.hasUpdated).length;
          // A widget still waiting for its turn keeps the space it will need (a rendered checker's
          // first screen): the page does not jump.
          const reserved = renderedHeight - 1;
          waitingWithoutSpace = widgets.filter(
            (widget) => !widget.hasUpdated && widget.getBoundingClientRect().height < reserved,
          ).length;
          channel.port1.close();
          resolve();
        };
        channel.port2.postMessage(null);
      });
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      await pageTask;
      expect(widgets.every((widget) => widget.shadowRoot?.querySelector('[part="base"]'))).to.equal(true);
      expect(renderedWhenPageRan, 'widgets rendered before the page got a turn').to.be.below(widgets.length);
      expect(waitingWithoutSpace, 'waiting widgets without their space').to.equal(0);
      expect(widgets.filter((widget) => widget.hasAttribute('data-bsw-pending'))).to.deep.equal([]);
    } finally {
      container.remove();
    }
  });
});

describe('a first connection', () => {
  it('does only what keeps the page steady in the task that connects the tags; storage and styles follow in turns', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const getItem = sinon.spy(Storage.prototype, 'getItem');
    try {
      const tags = ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'];
      const widgets = Array.from({ length: 30 }, (_, index) => document.createElement(tags[index % 3]!) as LitElement);
      container.append(...widgets);
      // In this same task: each keeps its space (the host's rules alone), nothing is read or rendered.
      const now = widgets.map((widget) => ({
        pending: widget.hasAttribute('data-bsw-pending'),
        sheets: widget.shadowRoot?.adoptedStyleSheets.length,
        children: widget.shadowRoot?.childNodes.length,
        tall: widget.getBoundingClientRect().height > 400,
      }));
      expect(now.filter((widget) => !(widget.pending && widget.sheets === 1 && widget.children === 0 && widget.tall))).to.deep.equal([]);
      expect(getItem.callCount, 'storage read while connecting').to.equal(0);
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      for (const widget of widgets) {
        expect(widget.shadowRoot!.adoptedStyleSheets.length, widget.localName).to.be.above(1);
        expect(widget.shadowRoot!.querySelector('[part="base"]'), widget.localName).to.exist;
        expect(widget.hasAttribute('data-bsw-pending')).to.equal(false);
      }
      expect(getItem.called, 'what the widgets stored is read in their turns').to.equal(true);
    } finally {
      getItem.restore();
      container.remove();
    }
  });

  it('leaves nothing behind when the widget is removed before its turn, and completes when it is added again', async () => {
    const el = document.createElement('ice-heat-timer') as LitElement;
    const warn = sinon.stub(console, 'warn');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      document.body.append(el);
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.hasUpdated, 'no render while removed').to.equal(false);
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="primary-button"]')).to.exist;
      expect(warn.called).to.equal(false);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      warn.restore();
      el.remove();
    }
  });
});
