// Finds the browsers the test suite runs in. Browsers come from the operating system's packages,
// never from a download by a test tool. A missing one is installed with apt-get when running as
// root; otherwise the exact command to run is printed.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const chromiumCandidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter(Boolean);

export function findChromium() {
  return chromiumCandidates.find((path) => existsSync(path));
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Returns the path of a Chromium executable, installing Debian's package when allowed. */
export function ensureChromium() {
  let path = findChromium();
  if (path) return path;
  const command = 'apt-get update && apt-get install -y chromium';
  if (!isRoot) {
    console.error(`No Chromium found (looked at ${chromiumCandidates.join(', ')}).`);
    console.error(`Install it with:\n  sudo sh -c '${command}'\nor set CHROME_PATH to a Chromium or Chrome executable.`);
    process.exit(1);
  }
  console.log(`No Chromium found; installing it: ${command}`);
  execFileSync('sh', ['-c', `${command} >/dev/null`], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  path = findChromium();
  if (!path) {
    console.error('apt-get finished but no Chromium executable was found.');
    process.exit(1);
  }
  return path;
}
