// The package as published: `npm pack`, then publint (strict) and Are the Types Wrong (ESM only)
// on the tarball; package.json's CDN fields and exports; and the release step that moves
// [Unreleased] in CHANGELOG.md under the new version. Run after the build (scripts/test.mjs).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { releaseChangelog } from '../../scripts/changelog-release.mjs';
import { pack } from '../../scripts/pack.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('the packed package', () => {
  let work;
  let tarball;
  let files;

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'bsw-pack-'));
    ({ tarball, files } = pack(work));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  const run = (name, args) => {
    const result = spawnSync(bin(name), args, { cwd: work, encoding: 'utf8' });
    return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
  };

  test('publint --strict finds nothing', () => {
    const { code, output } = run('publint', ['--strict', tarball]);
    assert.equal(code, 0, output);
  });

  test('Are the Types Wrong (--profile esm-only) finds nothing', () => {
    // The stylesheet is an entry point for bundlers' CSS handling, not a module with types.
    const { code, output } = run('attw', [tarball, '--profile', 'esm-only', '--exclude-entrypoints', './back-spasm-widgets.css']);
    assert.equal(code, 0, output);
  });

  test('ships no declaration maps, and every source map carries its sources', () => {
    assert.deepEqual(files.filter((file) => file.endsWith('.d.ts.map')), []);
    assert.ok(!files.some((file) => file.startsWith('src/')), 'src/ is not shipped');
    const maps = files.filter((file) => file.endsWith('.js.map'));
    assert.ok(maps.length > 10, `${maps.length} source maps`);
    for (const file of maps) {
      const map = JSON.parse(readFileSync(join(root, file), 'utf8'));
      assert.equal(map.sourcesContent?.length, map.sources.length, `${file}: sourcesContent for every source`);
      assert.ok(map.sourcesContent.every((text) => typeof text === 'string' && text.length > 0), `${file}: no empty source`);
    }
  });

  test('ships the changelog, the stylesheet and the manifest', () => {
    for (const file of ['CHANGELOG.md', 'README.md', 'LICENSE', 'custom-elements.json', 'cdn/back-spasm-widgets.css', 'cdn/integrity.json']) {
      assert.ok(files.includes(file), file);
    }
  });
});

describe('package.json', () => {
  test('npm CDNs serve the self-contained bundle for the bare package URL', () => {
    assert.equal(pkg.jsdelivr, './cdn/back-spasm-widgets.js');
    assert.equal(pkg.unpkg, './cdn/back-spasm-widgets.js');
    assert.ok(existsSync(join(root, pkg.jsdelivr)));
    // Self-contained: no import statement or import() at all (the text of a warning may name one).
    const code = readFileSync(join(root, pkg.jsdelivr), 'utf8');
    assert.doesNotMatch(code, /(?:^|[;}])\s*(?:import\s*(?:[\w$*{},\s]+from\s*)?["']|export\s*[\w$*{},\s]*from\s*["'])/m);
    assert.doesNotMatch(code, /\bimport\s*\(/);
    // The regular expressions find the imports of a file that has them.
    assert.match(readFileSync(join(root, 'cdn/red-flag-checker.js'), 'utf8'), /(?:^|[;}])\s*import\s*(?:[\w$*{},\s]+from\s*)?["']/m);
  });

  test('names the repository, homepage and issue tracker', () => {
    const repository = 'https://github.com/back-spasm-widgets/back-spasm-widgets';
    assert.equal(pkg.repository.type, 'git');
    assert.equal(pkg.repository.url, `git+${repository}.git`);
    assert.equal(pkg.homepage, `${repository}#readme`);
    assert.equal(pkg.bugs.url, `${repository}/issues`);
  });

  test('exports the stylesheet and the element manifest', async () => {
    assert.equal(pkg.exports['./back-spasm-widgets.css'], './cdn/back-spasm-widgets.css');
    assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
    assert.ok(existsSync(join(root, 'cdn/back-spasm-widgets.css')));
    const manifest = await import('back-spasm-widgets/custom-elements.json', { with: { type: 'json' } });
    assert.match(manifest.default.schemaVersion, /^\d+\.\d+\.\d+$/);
    assert.ok(manifest.default.modules.length > 0);
    assert.equal(import.meta.resolve('back-spasm-widgets/back-spasm-widgets.css'), new URL('cdn/back-spasm-widgets.css', `file://${root}`).href);
  });

  test('npm version runs the tests, then releases the changelog, re-pins the README and stages them', () => {
    assert.equal(pkg.scripts.preversion, 'npm test');
    assert.match(pkg.scripts.version, /^node scripts\/changelog-release\.mjs && npm run docs && git add CHANGELOG\.md .*README\.md/);
  });
});

describe('scripts/changelog-release.mjs', () => {
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');

  test('CHANGELOG.md is in Keep a Changelog form, with notes under [Unreleased]', () => {
    assert.match(changelog, /^# Changelog\n/);
    assert.match(changelog, /keepachangelog\.com/);
    assert.match(changelog, /^## \[Unreleased\]\n\n### /m);
    assert.match(changelog, /^## \[0\.1\.0\] - \d{4}-\d{2}-\d{2}$/m);
    assert.match(changelog, /^\[Unreleased\]: https:\/\/github\.com\/back-spasm-widgets\/back-spasm-widgets\/compare\/v\d+\.\d+\.\d+\.\.\.HEAD$/m);
    // Every released version heading has its link.
    for (const [, version] of changelog.matchAll(/^## \[(\d[^\]]*)\]/gm)) {
      assert.match(changelog, new RegExp(`^\\[${version.replace(/\./g, '\\.')}\\]: https://`, 'm'), version);
    }
  });

  test('on a temporary copy: moves [Unreleased] under the new version and date, and starts a fresh one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bsw-release-'));
    try {
      mkdirSync(join(dir, 'src/internal'), { recursive: true });
      cpSync(join(root, 'CHANGELOG.md'), join(dir, 'CHANGELOG.md'));
      cpSync(join(root, 'src/internal/version.ts'), join(dir, 'src/internal/version.ts'));
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'back-spasm-widgets', version: '9.8.7' }));
      const unreleasedNotes = changelog.split(/^## \[Unreleased\]\n/m)[1].split(/^## \[/m)[0];

      const run = () =>
        spawnSync(process.execPath, [join(root, 'scripts/changelog-release.mjs'), '--root', dir, '--date', '2030-01-02'], { encoding: 'utf8' });
      const first = run();
      assert.equal(first.status, 0, first.stderr);
      const released = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
      assert.ok(released.includes(`## [Unreleased]\n\n## [9.8.7] - 2030-01-02\n${unreleasedNotes}## [0.1.0]`), released.slice(0, 600));
      const repo = 'https://github.com/back-spasm-widgets/back-spasm-widgets';
      assert.match(released, new RegExp(`^\\[Unreleased\\]: ${repo}/compare/v9\\.8\\.7\\.\\.\\.HEAD$`, 'm'));
      assert.match(released, new RegExp(`^\\[9\\.8\\.7\\]: ${repo}/compare/v\\d+\\.\\d+\\.\\d+\\.\\.\\.v9\\.8\\.7$`, 'm'));
      assert.equal(released.match(/^## \[Unreleased\]/gm).length, 1);
      assert.match(readFileSync(join(dir, 'src/internal/version.ts'), 'utf8'), /export const VERSION = '9\.8\.7';/);

      // Again with nothing under [Unreleased]: refused, nothing written.
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'back-spasm-widgets', version: '9.8.8' }));
      const second = run();
      assert.equal(second.status, 1);
      assert.match(second.stderr, /\[Unreleased\] section of CHANGELOG\.md is empty/);
      assert.equal(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8'), released);
      assert.ok(readdirSync(dir).includes('CHANGELOG.md'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The real changelog is untouched.
    assert.equal(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), changelog);
  });

  test('refuses a version that already has a heading, and a changelog without [Unreleased]', () => {
    assert.throws(() => releaseChangelog(changelog, '0.1.0', '2030-01-02'), /already has a section for 0\.1\.0/);
    assert.throws(() => releaseChangelog('# Changelog\n', '1.0.0', '2030-01-02'), /no "## \[Unreleased\]" heading/);
    const first = releaseChangelog('# Changelog\n\n## [Unreleased]\n\n- First.\n', '1.0.0', '2030-01-02');
    assert.match(first, /^## \[1\.0\.0\] - 2030-01-02\n\n- First\.\n/m);
    assert.match(first, /^\[1\.0\.0\]: https:\/\/github\.com\/back-spasm-widgets\/back-spasm-widgets\/releases\/tag\/v1\.0\.0$/m);
  });
});
