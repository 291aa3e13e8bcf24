// What a page loads: nothing of the plugin's without a widget; with one, the plugin's own
// module with its integrity (and the classic bundle as a nomodule fallback), the language pack of
// the site's language, and nothing from another host.
/* global Buffer, URL, document, fetch -- Node, and the browser in page.evaluate() */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { block } from './site.mjs';

const cdn = join(dirname(fileURLToPath(import.meta.url)), '../../cdn');
const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

const plugin = '/wp-content/plugins/back-spasm-widgets/';

export default [
  {
    name: 'the installed plugin holds the cdn/ files unchanged, without source maps, in assets/<version>/',
    async run(site) {
      const { version } = JSON.parse(readFileSync(join(cdn, '../package.json'), 'utf8'));
      const assets = join(site.wp, 'wp-content/plugins/back-spasm-widgets/assets', version);
      const expected = walk(cdn).map((f) => relative(cdn, f)).filter((f) => !f.endsWith('.map')).sort();
      assert.deepEqual(walk(assets).map((f) => relative(assets, f)).sort(), expected);
      for (const file of expected) assert.ok(readFileSync(join(cdn, file)).equals(readFileSync(join(assets, file))), file);
      const header = readFileSync(join(site.wp, 'wp-content/plugins/back-spasm-widgets/back-spasm-widgets.php'), 'utf8');
      assert.match(header, new RegExp(`^ \\* Version:\\s+${version.replace(/\./g, '\\.')}$`, 'm'));
      assert.match(header, /^ \* Requires at least: 6\.1$/m);
      assert.match(header, /^ \* Requires PHP:\s+7\.4$/m);
      assert.match(header, /^ \* Text Domain:\s+back-spasm-widgets$/m);
    },
  },
  {
    name: 'a page without a widget loads none of the plugin\'s files',
    async run(site) {
      const { link } = await site.post({ title: 'No widgets', content: '<!-- wp:paragraph --><p>Stretch gently.</p><!-- /wp:paragraph -->\n\nA [gallery] of text.' });
      const visitor = await site.page(null);
      await visitor.goto(link);
      await visitor.getByText('Stretch gently.').waitFor();
      await visitor.waitForLoadState('networkidle');
      assert.deepEqual(visitor.requests.filter((url) => url.includes(plugin)), []);
      assert.doesNotMatch(await visitor.content(), /back-spasm-widgets/);
      // The home page, which lists posts, loads none either when none of them has a widget.
      const home = await site.page(null);
      await site.php("foreach ( get_posts( array( 'numberposts' => -1 ) ) as $p ) { if ( has_shortcode( $p->post_content, 'red-flag-checker' ) || has_shortcode( $p->post_content, 'ice-heat-timer' ) || has_shortcode( $p->post_content, 'prevention-checklist' ) || false !== strpos( $p->post_content, 'wp:back-spasm-widgets/' ) ) { wp_update_post( array( 'ID' => $p->ID, 'post_status' => 'draft' ) ); } }");
      await home.goto(site.url + '/');
      await home.waitForLoadState('networkidle');
      assert.deepEqual(home.requests.filter((url) => url.includes(plugin)), []);
    },
  },
  {
    name: 'a widget page loads the plugin\'s own module with its integrity, no ?ver=, and makes no request to another host',
    async run(site) {
      const { link } = await site.post({ title: 'One of each', content: `${block('red-flag-checker')}\n${block('ice-heat-timer')}\n${block('prevention-checklist')}` });
      const visitor = await site.page(null);
      await site.visit(visitor, link);
      await visitor.waitForLoadState('networkidle');
      const origin = new URL(site.url).origin;
      const elsewhere = visitor.requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
      assert.deepEqual(elsewhere, []);
      const ours = visitor.requests.filter((url) => url.includes(plugin)).map((url) => url.slice(url.indexOf(plugin) + plugin.length));
      // Chromium runs the module and skips the nomodule fallback.
      assert.deepEqual(ours.sort(), ['assets/0.1.0/back-spasm-widgets.css', 'assets/0.1.0/back-spasm-widgets.js']);
      const tags = await visitor.evaluate(() =>
        [...document.querySelectorAll('script[src*="back-spasm-widgets"], link[href*="back-spasm-widgets"]')].map((el) => ({
          src: el.getAttribute('src') ?? el.getAttribute('href'),
          type: el.getAttribute('type'),
          nomodule: el.hasAttribute('nomodule'),
          integrity: el.getAttribute('integrity'),
          crossorigin: el.getAttribute('crossorigin'),
        })),
      );
      assert.equal(tags.length, 3, JSON.stringify(tags));
      for (const tag of tags) {
        assert.doesNotMatch(tag.src, /\?/, 'no query string');
        assert.equal(tag.crossorigin, 'anonymous');
        const body = Buffer.from(await (await fetch(new URL(tag.src, site.url))).arrayBuffer());
        assert.equal(tag.integrity, `sha384-${createHash('sha384').update(body).digest('base64')}`, tag.src);
      }
      assert.deepEqual(
        tags.map((t) => [t.src.split('/').pop(), t.type, t.nomodule]),
        [
          ['back-spasm-widgets.css', null, false],
          ['back-spasm-widgets.js', 'module', false],
          ['back-spasm-widgets.classic.js', null, true],
        ],
      );
      assert.equal(await visitor.locator('script[type="importmap"]').count(), 0, 'no import map of the plugin\'s own');
      assert.deepEqual(visitor.errors, []);
    },
  },
  {
    name: 'a site in Spanish or French loads that language pack, and the widgets speak it',
    async run(site) {
      const { link } = await site.post({ title: 'Idioma', content: `${block('red-flag-checker')}\n[prevention-checklist]` });
      try {
        for (const [locale, pack, heading] of [
          ['es_ES', 'es', 'Revise su espasmo de espalda'],
          ['fr_FR', 'fr', 'Vérifiez votre spasme du dos'],
        ]) {
          await site.php(`update_option( 'WPLANG', '${locale}' );`);
          const visitor = await site.page(null);
          await site.visit(visitor, link);
          await visitor.waitForLoadState('networkidle');
          const ours = visitor.requests.filter((url) => url.includes(plugin)).map((url) => url.split('/assets/0.1.0/')[1]);
          assert.deepEqual(ours.sort(), ['back-spasm-widgets.css', 'back-spasm-widgets.js', `locales/${pack}.js`], locale);
          await visitor.locator('red-flag-checker').getByText(heading).waitFor();
          assert.equal(await visitor.locator('red-flag-checker').getByText('Check your back spasm').count(), 0);
        }
        await site.php(`update_option( 'WPLANG', '' );`);
        const visitor = await site.page(null);
        await site.visit(visitor, link);
        await visitor.waitForLoadState('networkidle');
        assert.deepEqual(visitor.requests.filter((url) => url.includes('/locales/')), [], 'English needs no pack');
      } finally {
        await site.php(`update_option( 'WPLANG', '' );`);
      }
      // Every regional locale of the two languages (WordPress has es_MX, fr_CA, fr_BE, ...).
      const packs = JSON.parse(await site.php("echo wp_json_encode( array_map( 'back_spasm_widgets_pack', array( 'es_MX', 'es_AR', 'es', 'fr_CA', 'fr_BE', 'en_GB', 'en_US', 'et', 'esp', 'frr', '' ) ) );"));
      assert.deepEqual(packs, ['es', 'es', 'es', 'fr', 'fr', '', '', '', '', '', '']);
    },
  },
];
