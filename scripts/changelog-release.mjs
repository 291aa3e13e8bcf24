// The "version" step of `npm version <patch|minor|major>`: npm has written the new version to
// package.json; this moves the notes under "## [Unreleased]" in CHANGELOG.md to a heading for that
// version and today's date, starts a fresh empty [Unreleased] section, updates the compare links
// at the bottom, and sets the VERSION constant in src/internal/version.ts to match. npm then
// commits and tags (the "version" script stages both files).
//
//   node scripts/changelog-release.mjs                 version from package.json, today's date (UTC)
//   node scripts/changelog-release.mjs --root DIR --date 2026-12-24
//
// It refuses (exit 1, nothing written) when [Unreleased] is missing or empty, or when the version
// already has a heading.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPOSITORY = 'https://github.com/back-spasm-widgets/back-spasm-widgets';

/**
 * The changelog with [Unreleased] released as `version` on `date`.
 * @param {string} text CHANGELOG.md
 * @param {string} version e.g. 0.2.0
 * @param {string} date YYYY-MM-DD
 * @returns {string}
 */
export function releaseChangelog(text, version, date) {
  const heading = /^## \[Unreleased\][^\n]*\n/m;
  const match = heading.exec(text);
  if (!match) throw new Error('CHANGELOG.md has no "## [Unreleased]" heading.');
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`^## \\[${escaped}\\]`, 'm').test(text)) {
    throw new Error(`CHANGELOG.md already has a section for ${version}.`);
  }
  const start = match.index + match[0].length;
  const next = text.slice(start).search(/^## \[/m);
  const end = next === -1 ? text.length : start + next;
  const notes = text.slice(start, end).replace(/^\[[^\]]+\]: .*$/gm, '').trim();
  if (notes === '') throw new Error('The [Unreleased] section of CHANGELOG.md is empty: say what changed first.');

  const previous = /^## \[(\d[^\]]*)\]/m.exec(text.slice(end))?.[1] ?? null;
  let result = `${text.slice(0, match.index)}## [Unreleased]\n\n## [${version}] - ${date}\n${text.slice(start)}`;

  // Link references: [Unreleased] compares the new tag with HEAD; the new version gets its own line.
  const unreleasedLink = `[Unreleased]: ${REPOSITORY}/compare/v${version}...HEAD`;
  const versionLink = previous
    ? `[${version}]: ${REPOSITORY}/compare/v${previous}...v${version}`
    : `[${version}]: ${REPOSITORY}/releases/tag/v${version}`;
  if (/^\[Unreleased\]: .*$/m.test(result)) {
    result = result.replace(/^\[Unreleased\]: .*$/m, `${unreleasedLink}\n${versionLink}`);
  } else {
    result = `${result.trimEnd()}\n\n${unreleasedLink}\n${versionLink}\n`;
  }
  return result;
}

/** src/internal/version.ts with its VERSION constant set to `version`. */
export function releaseVersionModule(text, version) {
  const pattern = /export const VERSION = '[^']*';/;
  if (!pattern.test(text)) throw new Error('src/internal/version.ts has no VERSION constant.');
  return text.replace(pattern, `export const VERSION = '${version}';`);
}

function main() {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
      date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    },
  });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new Error(`--date ${values.date}: use YYYY-MM-DD.`);
  const { version } = JSON.parse(readFileSync(join(values.root, 'package.json'), 'utf8'));
  const changelogPath = join(values.root, 'CHANGELOG.md');
  const versionPath = join(values.root, 'src/internal/version.ts');
  const changelog = releaseChangelog(readFileSync(changelogPath, 'utf8'), version, values.date);
  const versionModule = existsSync(versionPath) ? releaseVersionModule(readFileSync(versionPath, 'utf8'), version) : null;
  writeFileSync(changelogPath, changelog);
  if (versionModule !== null) writeFileSync(versionPath, versionModule);
  console.log(`CHANGELOG.md: [Unreleased] is now [${version}] - ${values.date}.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
