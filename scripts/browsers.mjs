// Finds the browsers the test suite runs in. Browsers come from Debian's packages, never from a
// download by a test tool. Missing ones are installed with one apt-get call when running as root;
// otherwise the exact command to run is printed.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const firstExisting = (paths) => paths.filter(Boolean).find((path) => existsSync(path));

// MiniBrowser lives under the multiarch library folder (x86_64-linux-gnu, aarch64-linux-gnu, ...).
function miniBrowserCandidates() {
  const found = [process.env.WEBKIT_MINIBROWSER_PATH];
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    let entries;
    try {
      entries = readdirSync(lib);
    } catch {
      continue;
    }
    for (const dir of ['', ...entries.filter((entry) => entry.endsWith('-linux-gnu')).map((e) => `${e}/`)]) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) found.push(`${lib}/${dir}${api}/MiniBrowser`);
    }
  }
  return found;
}

/**
 * Each engine: the executables it needs (first existing candidate wins) and the Debian packages
 * that provide them. An environment variable overrides each path.
 */
export const ENGINES = {
  chromium: {
    label: 'Chromium',
    needs: {
      browser: () => [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    },
    packages: { browser: 'chromium' },
  },
  firefox: {
    label: 'Firefox',
    needs: {
      browser: () => [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
    },
    packages: { browser: 'firefox-esr' },
  },
  webkit: {
    label: 'WebKit',
    needs: {
      driver: () => [process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver'],
      browser: miniBrowserCandidates,
      xvfb: () => [process.env.XVFB_PATH, '/usr/bin/Xvfb'],
    },
    // MiniBrowser comes with libwebkit2gtk-4.1-0, a dependency of webkit2gtk-driver.
    packages: { driver: 'webkit2gtk-driver', browser: 'webkit2gtk-driver', xvfb: 'xvfb' },
  },
};

export const ENGINE_NAMES = Object.keys(ENGINES);

/** Parses a comma list such as "firefox,webkit"; unknown names stop the run with the valid ones. */
export function parseBrowserList(value) {
  if (!value || !value.trim()) return [...ENGINE_NAMES];
  const names = [...new Set(value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean))];
  const unknown = names.filter((name) => !ENGINES[name]);
  if (unknown.length > 0 || names.length === 0) {
    console.error(`Unknown browser ${unknown.map((n) => `"${n}"`).join(', ')}; choose from: ${ENGINE_NAMES.join(', ')}.`);
    process.exit(2);
  }
  return names;
}

/** The executables of one engine, e.g. { browser: '/usr/bin/chromium' }, or null when one is missing. */
export function findEngine(name) {
  const paths = {};
  for (const [role, candidates] of Object.entries(ENGINES[name].needs)) {
    const path = firstExisting(candidates());
    if (!path) return null;
    paths[role] = path;
  }
  return paths;
}

export function findChromium() {
  return findEngine('chromium')?.browser;
}

function missingPackages(names) {
  const packages = new Set();
  for (const name of names) {
    for (const [role, candidates] of Object.entries(ENGINES[name].needs)) {
      if (!firstExisting(candidates())) packages.add(ENGINES[name].packages[role]);
    }
  }
  return [...packages];
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Makes sure every named engine can start, installing the missing Debian packages in one apt-get
 * call when running as root. Returns { name: paths } for each engine.
 */
export function ensureEngines(names) {
  const packages = missingPackages(names);
  if (packages.length > 0) {
    const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
    if (!isRoot) {
      console.error(`Missing browser packages for ${names.join(', ')}: ${packages.join(', ')}.`);
      console.error(`Install them with:\n  sudo sh -c '${command}'`);
      console.error('or set CHROME_PATH / FIREFOX_PATH / WEBKIT_WEBDRIVER_PATH to an installed executable.');
      process.exit(1);
    }
    console.log(`Installing missing browser packages: ${command}`);
    execFileSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${packages.join(' ')} >/dev/null`], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  const found = {};
  for (const name of names) {
    found[name] = findEngine(name);
    if (!found[name]) {
      const looked = Object.values(ENGINES[name].needs).flatMap((candidates) => candidates().filter(Boolean));
      console.error(`${ENGINES[name].label}: apt-get finished but an executable is still missing (looked at ${looked.join(', ')}).`);
      process.exit(1);
    }
  }
  return found;
}

/** Kept for callers that only need Chromium. */
export function ensureChromium() {
  return ensureEngines(['chromium']).chromium.browser;
}

// `node scripts/browsers.mjs [chromium,firefox,webkit]` installs what is missing and prints the paths.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const found = ensureEngines(parseBrowserList(process.argv[2] ?? process.env.BROWSERS));
  if (!process.env.CI) {
    for (const [name, paths] of Object.entries(found)) console.log(`${ENGINES[name].label}: ${Object.values(paths).join(', ')}`);
  }
}
