// Starts what WebKit tests need: a virtual X display (MiniBrowser has no headless mode) and
// WebKitWebDriver on a free port. Both are stopped by the returned stop(), and at the latest when
// this process exits, so no stray server outlives a run.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const children = new Set();

function killAll(signal = 'SIGTERM') {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        // Each server runs in its own process group, so its helpers (MiniBrowser, WebKit's web
        // processes) go with it.
        process.kill(-child.pid, signal);
      } catch {
        try {
          child.kill(signal);
        } catch {
          // already gone
        }
      }
    }
  }
  children.clear();
}

process.on('exit', () => killAll('SIGKILL'));

function track(child) {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

function collect(stream) {
  let text = '';
  stream?.on('data', (chunk) => {
    text = (text + chunk).slice(-4000);
  });
  return () => text.trim();
}

/** Starts Xvfb on the first free display; resolves with ":N" once it accepts connections. */
function startXvfb(xvfbPath) {
  return new Promise((resolve, reject) => {
    // -displayfd makes Xvfb pick a free display and write its number once it is ready.
    const child = track(
      spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
        detached: true,
      }),
    );
    const stderr = collect(child.stderr);
    let out = '';
    const timer = setTimeout(() => fail(new Error('Xvfb did not become ready within 20 s')), 20000);
    const fail = (error) => {
      clearTimeout(timer);
      reject(new Error(`${error.message}\n${stderr()}`));
    };
    child.on('error', fail);
    child.on('exit', (code, signal) => fail(new Error(`Xvfb exited (${signal ?? code}) before it was ready`)));
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve({ child, display: `:${out.trim()}` });
      }
    });
  });
}

async function waitForDriver(url, child, stderr, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`WebKitWebDriver exited (${child.signalCode ?? child.exitCode}) before it was ready\n${stderr()}`);
    }
    try {
      const response = await fetch(`${url}/status`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) {
        const body = await response.json().catch(() => ({}));
        if (body?.value?.ready !== false) return;
      }
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver did not answer on ${url} within ${timeoutMs / 1000} s\n${stderr()}`);
}

/**
 * Starts Xvfb and WebKitWebDriver. Resolves with { display, port, stop }.
 * A port taken between choosing and binding is retried with another one.
 */
export async function startWebKitDriver({ driver, xvfb }) {
  const stop = async () => {
    const running = [...children];
    killAll();
    await Promise.race([
      Promise.all(running.map((child) => (child.exitCode !== null || child.signalCode !== null ? null : new Promise((r) => child.once('exit', r))))),
      sleep(5000),
    ]);
  };

  try {
    const { display } = await startXvfb(xvfb);
    let lastError;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const child = track(
        spawn(driver, [`--port=${port}`], {
          stdio: ['ignore', 'ignore', 'pipe'],
          detached: true,
          env: { ...process.env, DISPLAY: display },
        }),
      );
      const stderr = collect(child.stderr);
      try {
        await waitForDriver(`http://127.0.0.1:${port}`, child, stderr);
        // log(): the server's last output, for a run that stopped part-way
        return { display, port, stop, log: stderr };
      } catch (error) {
        lastError = error;
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    throw lastError;
  } catch (error) {
    await stop();
    throw error;
  }
}
