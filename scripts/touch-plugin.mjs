// A server command for the browser tests: real touch taps through the browser's input pipeline.
//
//   await executeServerCommand('send-touch', { position: [x, y], taps: 2, apartMs: 60 });
//
// Each tap is a touch start then a touch end at the point (page coordinates, as sendMouse takes
// them); the taps start `apartMs` after one another, timed here beside the browser rather than
// from the page, so a command's round trip does not widen the gap. Chromium only: it goes through
// the DevTools protocol (Input.dispatchTouchEvent). Other engines answer with an error saying so.

const emulating = new WeakSet();
const sessions = new WeakMap();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function readPayload(payload) {
  const position = payload?.position;
  if (!Array.isArray(position) || position.length !== 2 || !position.every(Number.isInteger)) {
    throw new Error('send-touch: give a position as an [x, y] tuple of integers.');
  }
  const taps = payload.taps ?? 1;
  const apartMs = payload.apartMs ?? 0;
  if (!Number.isInteger(taps) || taps < 1 || taps > 10) throw new Error('send-touch: taps must be an integer from 1 to 10.');
  if (typeof apartMs !== 'number' || apartMs < 0) throw new Error('send-touch: apartMs must be a number of milliseconds, 0 or more.');
  return { x: position[0], y: position[1], taps, apartMs };
}

/** The page's DevTools protocol session, or null where the browser has none (Firefox, WebKit). */
async function protocolOf(session) {
  if (session.browser.type !== 'puppeteer') return null;
  const page = session.browser.getPage(session.id);
  if (!sessions.has(page)) {
    sessions.set(page, await page.createCDPSession().catch(() => null));
  }
  return sessions.get(page);
}

export function touchPlugin() {
  return {
    name: 'send-touch-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'send-touch') return undefined;
      const { x, y, taps, apartMs } = readPayload(payload);
      const client = await protocolOf(session);
      if (!client) {
        throw new Error(`send-touch needs the DevTools protocol (Chromium); not supported for ${session.browser.name ?? session.browser.type}.`);
      }
      // A touch device to the page: touch and pointer events of type "touch", and the tap's click.
      if (!emulating.has(client)) {
        await client.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
        emulating.add(client);
      }
      const point = { x, y, radiusX: 1, radiusY: 1, force: 0.5, id: 1 };
      let next = performance.now();
      for (let tap = 0; tap < taps; tap++) {
        const wait = next - performance.now();
        if (wait > 0) await sleep(wait);
        next = performance.now() + apartMs;
        await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
        await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      }
      return true;
    },
  };
}
