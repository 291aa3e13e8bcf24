// End-to-end tests of the WordPress plugin in a real WordPress (Debian's packages) and Chromium:
// `npm run test:wordpress`. Starts a private WordPress with the plugin installed from its zip,
// runs every *.test.mjs here (each exports a list of { name, run(site) }), and ends with a
// "N passed, N failed" line. Screenshots go to wordpress/build/screenshots/.
/* global console, performance, process -- Node, and the browser in page.evaluate() */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startWordPress } from '../../scripts/wordpress-server.mjs';
import { makeSite } from './site.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const only = process.argv[2];
let passed = 0;
let failed = 0;
const report = (name, error) => {
  if (error) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(error?.stack ?? error).split('\n').slice(0, 8).join('\n  ')}`);
  } else {
    passed++;
    console.log(`ok - ${name}`);
  }
};

// php -l on every PHP file of the plugin.
const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
for (const file of walk(join(root, 'wordpress/back-spasm-widgets')).filter((f) => f.endsWith('.php'))) {
  try {
    execFileSync('php', ['-l', file], { stdio: 'pipe' });
    report(`php -l ${relative(root, file)}`);
  } catch (error) {
    report(`php -l ${relative(root, file)}`, error.stdout?.toString() || error);
  }
}

const started = performance.now();
const wordpress = await startWordPress();
console.log(`# WordPress started in ${((performance.now() - started) / 1000).toFixed(1)} s at ${wordpress.url}`);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const site = makeSite(wordpress, browser);
  const files = readdirSync(here).filter((n) => n.endsWith('.test.mjs')).sort();
  for (const file of files) {
    const { default: tests } = await import(pathToFileURL(join(here, file)).href);
    for (const test of tests) {
      const name = `${file.replace('.test.mjs', '')}: ${test.name}`;
      if (only && !name.includes(only)) continue;
      try {
        await test.run(site);
        report(name);
      } catch (error) {
        report(name, error);
        await site.failed(name);
      } finally {
        await site.closeAll();
      }
    }
  }
  // The plugin's own PHP warnings, notices or errors, if any, in WordPress's debug log.
  const log = await site.pluginLog();
  report('no PHP warning or error from the plugin in debug.log', log ? new Error(log) : undefined);
} finally {
  await browser.close();
  await wordpress.stop();
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
