// What the WordPress tests share: logged-in pages, posts made from PHP, the block editor's
// steps in WordPress 6.1, and the requests a page makes.
/* global Buffer, customElements, document, window -- Node, and the browser in page.evaluate() */
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { users } from '../../scripts/wordpress-server.mjs';

const shots = join(dirname(fileURLToPath(import.meta.url)), '../../wordpress/build/screenshots');
export const desktop = { viewport: { width: 1280, height: 900 } };
export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const tags = ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'];

export function makeSite(wordpress, browser) {
  const states = {};
  let open = [];
  const site = {
    url: wordpress.url,
    php: wordpress.php,
    wp: wordpress.wp,

    /** A new page, logged in as 'admin' or 'author', or a visitor's (null). Records its requests. */
    async page(role = null, options = desktop) {
      if (role && !states[role]) {
        const context = await browser.newContext(desktop);
        const page = await context.newPage();
        await page.goto(`${site.url}/wp-login.php`);
        await page.fill('#user_login', users[role].login);
        await page.fill('#user_pass', users[role].password);
        await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
        states[role] = await context.storageState();
        await context.close();
      }
      const context = await browser.newContext({ ...options, storageState: role ? states[role] : undefined });
      open.push(context);
      const page = await context.newPage();
      page.requests = [];
      page.on('request', (request) => page.requests.push(request.url()));
      page.errors = [];
      page.on('pageerror', (error) => page.errors.push(String(error)));
      page.on('console', (message) => message.type() === 'error' && page.errors.push(message.text()));
      return page;
    },

    /** Screenshots of every open page, after a failure. */
    async failed(name) {
      let n = 0;
      for (const context of open) {
        for (const page of context.pages()) {
          await site.screenshot(page, `failed-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}-${n++}`).catch(() => {});
        }
      }
    },

    async closeAll() {
      await Promise.all(open.map((context) => context.close()));
      open = [];
    },

    /** Makes a post from PHP as the given user (kses applies as for that user); returns its id and address. */
    async post({ content, title = 'A post', role = 'admin', type = 'post', meta = {} }) {
      const out = await site.php(`
$user = get_user_by( 'login', ${JSON.stringify(users[role].login)} );
wp_set_current_user( $user->ID );
$id = wp_insert_post( wp_slash( array( 'post_title' => ${JSON.stringify(title)}, 'post_status' => 'publish', 'post_type' => ${JSON.stringify(type)}, 'post_author' => $user->ID, 'post_content' => ${phpString(content)}, 'meta_input' => ${phpArray(meta)} ) ), true );
if ( is_wp_error( $id ) ) { echo $id->get_error_message(); exit( 1 ); }
echo wp_json_encode( array( 'id' => $id, 'link' => get_permalink( $id ) ) );`);
      return JSON.parse(out);
    },

    /** Sets the plugin's settings (option suffix => value, unsanitized as an admin would type them is not needed here). */
    async options(values) {
      await site.php(
        Object.entries(values)
          .map(([key, value]) => `update_option( 'back_spasm_widgets_${key}', ${phpString(value)} );`)
          .join('\n'),
      );
    },
    async clearOptions() {
      await site.php(`foreach ( array( 'clinic_name', 'clinic_phone', 'booking_url', 'region', 'theme', 'accent' ) as $k ) { delete_option( 'back_spasm_widgets_' . $k ); }`);
    },

    /** Opens a page and waits until every widget on it has rendered (shadow content present). */
    async visit(page, url) {
      await page.goto(url);
      await page.waitForFunction(
        (names) =>
          [...document.querySelectorAll(names.join(','))].every(
            (el) => customElements.get(el.localName) && el.shadowRoot && el.shadowRoot.textContent.trim() !== '' && !el.hasAttribute('data-bsw-pending'),
          ),
        tags,
      );
    },

    /** The path of a screenshot file. */
    shot(name) {
      mkdirSync(shots, { recursive: true });
      return join(shots, `${name}.png`);
    },

    async screenshot(page, name, options = {}) {
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: join(shots, `${name}.png`), ...options });
    },

    /** The block editor of WordPress 6.1: a new post, ready for typing. */
    async newPost(page, type = 'post') {
      await page.goto(`${site.url}/wp-admin/post-new.php${type === 'post' ? '' : `?post_type=${type}`}`);
      await page.locator('.edit-post-layout').waitFor();
      await page.waitForFunction(() => window.wp?.data?.select('core/editor').getCurrentPostId());
      // No welcome guide, whatever the stored preference.
      await page.evaluate(() => {
        const edit = window.wp.data.select('core/edit-post');
        if (edit.isFeatureActive('welcomeGuide')) window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      });
    },

    async title(page, text) {
      await page.getByRole('textbox', { name: 'Add title' }).fill(text);
    },

    /** Adds a block through the inserter, searching for its title. */
    async insertBlock(page, title) {
      const toggle = page.getByRole('button', { name: 'Toggle block inserter' });
      if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
      await page.locator('.block-editor-inserter__search input[type=search]').fill(title);
      await page.locator('.block-editor-inserter__main-area [role=option]').filter({ hasText: title }).first().click();
      if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
    },

    /** The selected block's settings, opened with the Settings button if closed. */
    async sidebar(page) {
      const settings = page.getByRole('button', { name: 'Settings', exact: true });
      if ((await settings.getAttribute('aria-pressed')) !== 'true') await settings.click();
      await page.locator('.edit-post-sidebar__panel-tab', { hasText: 'Block' }).click();
      return page.locator('.interface-complementary-area.edit-post-sidebar');
    },

    /** Publishes the post being edited; returns its address. */
    async publish(page) {
      await page.getByRole('button', { name: 'Publish', exact: true }).first().click();
      const panel = page.locator('.editor-post-publish-panel');
      await panel.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.waitForFunction(() => {
        const editor = window.wp.data.select('core/editor');
        return editor.isCurrentPostPublished() && !editor.isSavingPost();
      });
      return page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
    },

    /** WordPress's debug log lines that name the plugin. */
    async pluginLog() {
      const file = join(wordpress.wp, 'debug.log');
      if (!existsSync(file)) return '';
      return readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.includes('back-spasm-widgets'))
        .join('\n');
    },
  };
  return site;
}

/** A PHP string literal for any text (nowdoc cannot hold every text; base64 can). */
export function phpString(text) {
  return `base64_decode( '${Buffer.from(String(text), 'utf8').toString('base64')}' )`;
}
function phpArray(object) {
  return `array( ${Object.entries(object)
    .map(([k, v]) => `${phpString(k)} => ${phpString(v)}`)
    .join(', ')} )`;
}

/** Block markup as the editor saves it (attributes as JSON in the comment). */
export function block(tag, attributes = {}) {
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return `<!-- wp:back-spasm-widgets/${tag} ${json} /-->`;
}

/** The element's attributes, as the browser parsed them. */
export async function attributesOf(page, selector) {
  return page.locator(selector).first().evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
}
