// Browser tests. `npm test` (scripts/test.mjs) runs this config once per engine, one engine after
// another, setting BROWSERS to that engine (and, for WebKit, starting the WebDriver server it
// needs). Run directly it tests in Chromium:
//   npx wtr --config web-test-runner.config.mjs --files 'tests/define.test.ts'
//   BROWSERS=firefox npx wtr --config web-test-runner.config.mjs
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { ENGINES, findEngine, parseBrowserList } from './scripts/browsers.mjs';
import { resultsReporter } from './scripts/results-reporter.mjs';
import { touchPlugin } from './scripts/touch-plugin.mjs';
import { forcedColorsPlugin } from './scripts/forced-colors-plugin.mjs';
import { defaultReporter } from '@web/test-runner';
import { readFile } from 'node:fs/promises';

const engines = parseBrowserList(process.env.BROWSERS || 'chromium');

function pathsFor(name) {
  const paths = findEngine(name);
  if (!paths) {
    throw new Error(`${ENGINES[name].label} is not installed; \`BROWSERS=${name} npm test\` installs it or names the command.`);
  }
  return paths;
}

// Puppeteer drives Firefox over WebDriver BiDi, whose key table lacks the name "Space" that
// sendKeys({ press: 'Space' }) uses in Chromium and WebKit; this passes the space character instead.
const bidiKeyNames = { Space: ' ' };
const bound = (target) =>
  new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
function withWebDriverKeyNames(launcher) {
  const getPage = launcher.getPage.bind(launcher);
  launcher.getPage = (sessionId) => {
    const page = getPage(sessionId);
    const keyboard = page.keyboard;
    const translated = Object.create(null);
    for (const method of ['press', 'down', 'up']) {
      translated[method] = (key, ...rest) => keyboard[method](bidiKeyNames[key] ?? key, ...rest);
    }
    return new Proxy(page, {
      get(object, property) {
        if (property === 'keyboard') return new Proxy(bound(keyboard), { get: (k, p) => translated[p] ?? k[p] });
        const value = Reflect.get(object, property, object);
        return typeof value === 'function' ? value.bind(object) : value;
      },
    });
  };
  return launcher;
}

// WebKitWebDriver rejects a browserName it does not expect, and without one the runner has no
// label to print.
class WebKitLauncher extends WebdriverLauncher {
  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }
}

const named = (name, launcher) => Object.assign(launcher, { name });

const launchers = {
  chromium: () =>
    named('Chromium', chromeLauncher({
      launchOptions: {
        executablePath: pathsFor('chromium').browser,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    })),
  firefox: () =>
    withWebDriverKeyNames(puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: pathsFor('firefox').browser,
        headless: true,
        extraPrefsFirefox: {
          // The suite must never reach the network; these keep Firefox's own services quiet too.
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
        },
      },
    })),
  webkit: () => {
    pathsFor('webkit');
    const port = Number(process.env.WEBKIT_WEBDRIVER_PORT);
    if (!port) {
      throw new Error('WebKit needs a running WebKitWebDriver: run `BROWSERS=webkit npm test`, which starts it.');
    }
    return new WebKitLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      // WebDriver's own retries would run a test file twice after a slow start.
      connectionRetryCount: 0,
      connectionRetryTimeout: 120000,
      capabilities: {
        'webkitgtk:browserOptions': {
          binary: findEngine('webkit').browser,
          // MiniBrowser has no headless mode; it runs on the Xvfb display scripts/test.mjs starts.
          args: ['--automation'],
        },
      },
    });
  },
};

// One test file at a time in every engine: a page in the background gets no animation frames and
// no focus, which makes fixture(), focus and keyboard tests wait or fail on a busy 2-core machine.
const concurrency = 1;

// Coverage of src/ is measured in Chromium only (V8's native coverage); scripts/test.mjs passes
// --coverage to the Chromium run (COVERAGE=0 skips it). Only files the tests load are counted.
const coverageConfig = {
  include: ['src/**/*.ts'],
  exclude: ['node_modules/**', 'tests/**'],
  report: true,
  reportDir: 'coverage',
  reporters: ['lcov', 'text-summary'],
  threshold: { lines: 90, statements: 90, functions: 85, branches: 85 },
};

// TypeScript sources are compiled for the browsers; the built files under /cdn/ (and /tampered/) are
// served byte for byte, as a site serves them, so their integrity values hold.
function servingBuiltFilesAsIs(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (/^\/(?:cdn|tampered)\//.test(context.path) ? undefined : transform(context));
  return plugin;
}

// `/tampered/<name>/<file>` serves cdn/<file>, and when <file> is the one named (`shared` names the
// shared chunk), one changed byte's worth more: what a compromised CDN would serve. The tests of
// Subresource Integrity expect the browsers to refuse it wherever the docs say they do.
async function tamperedFiles(context, next) {
  const match = /^\/tampered\/([\w.-]+)\/([\w.-]+\.js)$/.exec(context.path);
  if (!match) return next();
  const [, name, file] = match;
  const body = await readFile(new URL(`./cdn/${file}`, import.meta.url), 'utf8').catch(() => null);
  if (body === null) return next();
  const changed = file === name || (name === 'shared' && /^shared-[\w-]+\.js$/.test(file));
  context.set('cache-control', 'no-store');
  context.type = 'text/javascript';
  context.body = changed ? `${body}\n;globalThis.tampered = (globalThis.tampered ?? 0) + 1;\n` : body;
}

const reporters = [defaultReporter()];
if (process.env.WTR_RESULTS_FILE) reporters.push(resultsReporter(process.env.WTR_RESULTS_FILE));

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  concurrency,
  concurrentBrowsers: 1,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 10000 } },
  coverageConfig,
  reporters,
  // Tests run against Lit's development build, which checks more; its notice says nothing useful here.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  middleware: [tamperedFiles],
  plugins: [
    servingBuiltFilesAsIs(esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' })),
    // The accessibility tree, with the names the browser computes (Chromium's protocol only).
    a11ySnapshotPlugin(),
    // Real touch taps (send-touch), through Chromium's protocol.
    touchPlugin(),
    // Forced colours on or off (forced-colors), through Chromium's protocol.
    forcedColorsPlugin(),
  ],
  browsers: engines.map((name) => launchers[name]()),
};
