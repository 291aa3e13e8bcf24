// `npm test`: build, check the published entry points in Node, then run every browser test.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

const chromium = ensureChromium();
try {
  run(process.execPath, ['scripts/build.mjs']);
  run(process.execPath, ['--test', 'tests/node/']);
  run(`${root}node_modules/.bin/wtr`, ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
    CHROME_PATH: chromium,
  });
} catch (error) {
  process.exitCode = typeof error.status === 'number' ? error.status : 1;
}
