// The package as it is published, for the checks that use it (publint and attw, the framework type
// fixtures, the example apps): `npm pack` of the current dist/ and cdn/ (run `npm run build`
// first), and an install of that tarball into a folder of its own.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Packs the package into `dir`; returns the tarball's path and the packed files' paths. */
export function pack(dir) {
  for (const built of ['dist/index.js', 'cdn/back-spasm-widgets.js']) {
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first.`);
  }
  // --ignore-scripts: packing here must never start a build.
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(output);
  return { tarball: join(dir, info.filename), files: info.files.map((file) => file.path) };
}

/**
 * A node_modules in `dir` as an install would lay it out: the unpacked tarball as the package, and a
 * link to each of this repository's installed packages (scopes linked whole). Returns the
 * installed package's folder.
 */
export function installPacked(dir, tarball) {
  const modules = join(dir, 'node_modules');
  const own = join(modules, pkg.name);
  mkdirSync(own, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', own, '--strip-components=1']);
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry.startsWith('.') || entry === pkg.name) continue;
    symlinkSync(join(root, 'node_modules', entry), join(modules, entry), 'dir');
  }
  return own;
}
