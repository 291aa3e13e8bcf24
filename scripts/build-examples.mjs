// Builds the example apps (examples/react, examples/vue) against the package as it is published:
// `npm pack` makes the tarball from the current dist/ and cdn/ (run `npm run build` first), the
// tarball is unpacked into the app's own node_modules/back-spasm-widgets, and every other
// dependency (lit, react, vue, vite and its plugins) is linked from this repository's node_modules.
// So the apps import `back-spasm-widgets` through its "exports", with exactly the files a user
// installs. Each app is built with Vite into .examples/<app>/ (index.html and assets/), which the
// browser test tests/examples.test.ts loads.
// With --typecheck (and when the package exports the app's framework types, back-spasm-widgets/react
// or back-spasm-widgets/vue), each app is first type-checked there too: tsc, or vue-tsc for Vue.
//   node scripts/build-examples.mjs                both apps
//   node scripts/build-examples.mjs react          one
//   node scripts/build-examples.mjs --typecheck    type-check, then build
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { installPacked, pack } from './pack.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const APPS = ['react', 'vue'];
export const outDirOf = (app) => join(root, '.examples', app);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const checkers = { react: 'typescript/bin/tsc', vue: 'vue-tsc/bin/vue-tsc.js' };

/** Type-checks an installed app with its tsconfig.json; throws with the compiler's messages. */
function typecheck(app, appDir) {
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', checkers[app]), '-p', appDir], {
      cwd: appDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    throw new Error(`examples/${app} does not type-check:\n${error.stdout ?? ''}${error.stderr ?? ''}`, { cause: error });
  }
}

/**
 * Builds the apps; returns, for each, where it went, whether it was type-checked, and the modules of
 * back-spasm-widgets that went into it (paths inside the unpacked package).
 */
export async function buildExamples(apps = APPS, { quiet = false, typecheck: check = false } = {}) {
  const { build } = await import(pathToFileURL(join(root, 'node_modules/vite/dist/node/index.js')).href);
  const work = mkdtempSync(join(tmpdir(), 'bsw-examples-'));
  try {
    const { tarball } = pack(work);
    const results = {};
    for (const app of apps) {
      if (!APPS.includes(app)) throw new Error(`no example app "${app}" (there are: ${APPS.join(', ')})`);
      const started = performance.now();
      const appDir = join(work, app);
      cpSync(join(root, 'examples', app), appDir, {
        recursive: true,
        filter: (source) => !/[\\/](node_modules|dist)$/.test(source),
      });
      installPacked(appDir, tarball);
      const installed = JSON.parse(readFileSync(join(appDir, 'node_modules', pkg.name, 'package.json'), 'utf8'));
      const typechecked = check && Boolean(installed.exports?.[`./${app}`]);
      if (typechecked) typecheck(app, appDir);
      const outDir = outDirOf(app);
      const output = await build({
        root: appDir,
        configFile: join(appDir, 'vite.config.ts'),
        logLevel: quiet ? 'silent' : 'warn',
        build: { outDir, emptyOutDir: true },
      });
      const bundles = [output].flat().flatMap((result) => result.output);
      const packageDir = join(appDir, 'node_modules', pkg.name) + '/';
      const modules = new Set();
      for (const chunk of bundles) {
        for (const id of chunk.moduleIds ?? Object.keys(chunk.modules ?? {})) {
          const path = id.replace(/^\0/, '').replace(/\?.*$/, '');
          if (path.startsWith(packageDir)) modules.add(path.slice(packageDir.length));
          else if (path.startsWith(root) && !path.startsWith(join(root, 'node_modules'))) modules.add(path);
        }
      }
      results[app] = { outDir, typechecked, modules: [...modules].sort(), seconds: (performance.now() - started) / 1000 };
      if (!quiet) {
        const checked = typechecked ? 'type-checked, ' : '';
        console.log(`examples/${app} -> .examples/${app}/ (${checked}${results[app].seconds.toFixed(1)} s)`);
      }
    }
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const apps = args.filter((arg) => !arg.startsWith('--'));
  try {
    await buildExamples(apps.length ? apps : APPS, { typecheck: args.includes('--typecheck') });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
