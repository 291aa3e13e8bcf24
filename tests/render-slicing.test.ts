import { expect } from '@open-wc/testing';
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
