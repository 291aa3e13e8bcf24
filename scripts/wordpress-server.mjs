// Starts a private WordPress on 127.0.0.1 from Debian's packages (wordpress, php-cli, php-mysql,
// mariadb-server): its own MariaDB on a socket, WordPress installed with wp_install() from PHP, an
// administrator and an Author, and the plugin installed from wordpress/build/back-spasm-widgets.zip
// and activated the way Plugins → Add New → Upload does it. Every process runs in a process
// group of its own, and stop() ends each group.
//
//   node scripts/wordpress-server.mjs     prints the address and runs until Ctrl+C
//   import { startWordPress } from ...    for the tests: { url, php(code), stop() }
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const users = {
  admin: { login: 'admin', password: 'admin-password' },
  author: { login: 'author', password: 'author-password' },
};

const which = (names) => names.find((name) => existsSync(name)) ?? names.at(-1);
const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => done(port));
    });
  });

/** Starts a detached process (its own process group), remembered so stop() can end it. */
function start(groups, command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], ...options });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  groups.push(child);
  child.log = () => stderr;
  return child;
}

async function until(what, check, ms = 60000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`WordPress server: ${what} did not happen in ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * @param {{ zip?: string, locale?: string }} [options]
 */
export async function startWordPress({ zip = join(root, 'wordpress/build/back-spasm-widgets.zip'), locale = '' } = {}) {
  const began = performance.now();
  if (!existsSync(zip)) throw new Error(`${zip} is missing: run npm run wordpress:zip`);
  if (!existsSync('/usr/share/wordpress/wp-settings.php')) {
    throw new Error('Debian\'s wordpress package is missing: apt-get install wordpress php-cli php-mysql php-xml php-mbstring php-intl mariadb-server');
  }
  const dir = mkdtempSync(join(tmpdir(), 'bsw-wp-'));
  const groups = [];
  const stop = async () => {
    for (const child of groups.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        continue;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
    }
    if (!process.env.BSW_WP_KEEP) rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The database: a MariaDB of its own, on a socket only, with no grant tables to set up.
    const socket = join(dir, 'db.sock');
    const user = userInfo().username;
    const installDb = which(['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db']);
    const mariadbd = which(['/usr/sbin/mariadbd', '/usr/sbin/mysqld']);
    const copying = Promise.resolve().then(() => cpSync('/usr/share/wordpress', join(dir, 'wp'), { recursive: true, dereference: true }));
    await run(installDb, ['--no-defaults', `--datadir=${join(dir, 'db')}`, `--user=${user}`, '--skip-test-db', '--auth-root-authentication-method=normal'], { maxBuffer: 1 << 24 });
    const db = start(groups, mariadbd, [
      '--no-defaults', `--datadir=${join(dir, 'db')}`, `--socket=${socket}`, '--skip-networking', '--skip-grant-tables',
      `--pid-file=${join(dir, 'db.pid')}`, `--user=${user}`, '--innodb-buffer-pool-size=32M', '--innodb-log-file-size=8M',
    ]);
    await until('MariaDB start', async () => {
      if (db.exitCode !== null) throw new Error(`MariaDB stopped: ${db.log()}`);
      await run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress']);
      return true;
    });
    await copying;

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const wp = join(dir, 'wp');
    writeFileSync(
      join(wp, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'FS_METHOD', 'direct' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', __DIR__ . '/debug.log' );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );

    /** Runs PHP with WordPress loaded (as no user: call wp_set_current_user first); returns its output. */
    const php = async (code, { installing = false } = {}) => {
      const file = join(dir, `run-${process.hrtime.bigint()}.php`);
      writeFileSync(
        file,
        `<?php\n${installing ? "define( 'WP_INSTALLING', true );\n" : ''}$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';\nrequire '${wp}/wp-load.php';\n${code}\n`,
      );
      try {
        const { stdout } = await run('php', [file], { cwd: wp, maxBuffer: 1 << 26 });
        return stdout;
      } catch (error) {
        throw new Error(`PHP failed: ${error.stdout}\n${error.stderr}`, { cause: error });
      } finally {
        rmSync(file, { force: true });
      }
    };

    await php(
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$r = wp_install( 'Westside Spine', '${users.admin.login}', 'admin@example.test', false, '', '${users.admin.password}', ${JSON.stringify(locale)} );
if ( is_wp_error( $r ) ) { echo $r->get_error_message(); exit( 1 ); }`,
      { installing: true },
    );
    const installed = await php(`
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
$author = wp_insert_user( array( 'user_login' => '${users.author.login}', 'user_pass' => '${users.author.password}', 'user_email' => 'author@example.test', 'role' => 'author' ) );
if ( is_wp_error( $author ) ) { echo $author->get_error_message(); exit( 1 ); }
foreach ( array( 1, $author ) as $id ) {
	// No welcome guide in the block editor.
	update_user_meta( $id, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
}
${locale ? `update_option( 'WPLANG', ${JSON.stringify(locale)} );` : ''}
wp_set_current_user( 1 );
WP_Filesystem();
$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$result = $upgrader->install( ${JSON.stringify(resolve(zip))} );
if ( true !== $result ) { echo 'install failed: '; print_r( is_wp_error( $result ) ? $result->get_error_messages() : $upgrader->skin->get_upgrade_messages() ); exit( 1 ); }
$active = activate_plugin( 'back-spasm-widgets/back-spasm-widgets.php' );
if ( is_wp_error( $active ) ) { echo $active->get_error_message(); exit( 1 ); }
echo 'ok';`);
    if (installed.trim() !== 'ok') throw new Error(`Plugin install: ${installed}`);

    const server = start(groups, 'php', ['-S', `127.0.0.1:${port}`, '-t', wp], {
      cwd: wp,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    await until('the PHP server start', async () => {
      if (server.exitCode !== null) throw new Error(`php -S stopped: ${server.log()}`);
      const response = await fetch(`${url}/wp-login.php`);
      return response.ok;
    });
    return { url, dir, wp, php, stop, seconds: (performance.now() - began) / 1000 };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const site = await startWordPress({ locale: process.env.BSW_WP_LOCALE ?? '' });
  console.log(`WordPress: ${site.url}/wp-admin/ (started in ${site.seconds.toFixed(1)} s)`);
  console.log(`  administrator: ${users.admin.login} / ${users.admin.password}`);
  console.log(`  author:        ${users.author.login} / ${users.author.password}`);
  console.log('Ctrl+C stops it.');
  const quit = async () => {
    await site.stop();
    process.exit(0);
  };
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
}
