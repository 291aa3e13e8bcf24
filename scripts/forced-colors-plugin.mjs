// A server command for the browser tests: forced colours (a high-contrast theme) on or off.
//
//   await executeServerCommand('forced-colors', { active: true });
//
// The runner's emulateMedia passes only colour scheme, reduced motion and media type on, and
// Puppeteer's emulateMediaFeatures refuses forced-colors, so this sets it through the DevTools
// protocol (Emulation.setEmulatedMedia). Chromium only: Firefox turns forced colours on only from
// a preference read at launch, for every page of the run, and WebKit's driver has no such command;
// other engines answer with an error saying so.

const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (typeof payload?.active !== 'boolean') throw new Error('forced-colors: give { active: true } or { active: false }.');
      const page = session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : null;
      if (page && !sessions.has(page)) sessions.set(page, await page.createCDPSession().catch(() => null));
      const client = page ? sessions.get(page) : null;
      if (!client) {
        throw new Error(`forced-colors needs the DevTools protocol (Chromium); not supported for ${session.browser.name ?? session.browser.type}.`);
      }
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
