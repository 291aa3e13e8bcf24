// Settings → Back spasm widgets: what an administrator saves there reaches every widget that
// leaves a value empty; each field is sanitized; only administrators see the page.
/* global Option, document, getComputedStyle -- Node, and the browser in page.evaluate() */
import assert from 'node:assert/strict';
import { attributesOf, block } from './site.mjs';

const page = (site) => `${site.url}/wp-admin/options-general.php?page=back-spasm-widgets`;

async function save(site, admin, values) {
  await admin.goto(page(site));
  for (const [label, value] of Object.entries(values)) {
    const field = admin.getByLabel(label, { exact: true });
    if ((await field.evaluate((el) => el.localName)) === 'select') await field.selectOption(value);
    else await field.fill(value);
  }
  await Promise.all([admin.waitForURL(/settings-updated=true/), admin.getByRole('button', { name: 'Save Changes' }).click()]);
}

export default [
  {
    name: 'the settings page\'s values reach widgets that set nothing, and a value a block sets wins there',
    async run(site) {
      await site.clearOptions();
      const admin = await site.page('admin');
      await admin.goto(`${site.url}/wp-admin/`);
      await admin.locator('#menu-settings').hover();
      await admin.locator('#menu-settings a', { hasText: 'Back spasm widgets' }).click();
      await admin.getByRole('heading', { name: 'Back spasm widgets' }).waitFor();
      await save(site, admin, {
        "Clinic's name": 'Eastside Back Clinic',
        "Clinic's phone": '+61 2 5550 1234',
        'Booking link': 'https://eastside.example/book',
        Country: 'au',
        Colours: 'dark',
        'Accent colour': '#8a2be2',
      });
      await admin.getByText('Settings saved.').waitFor();
      await site.screenshot(admin, 'settings-page');
      assert.equal(await admin.getByLabel('Country', { exact: true }).inputValue(), 'AU');

      const { link } = await site.post({
        title: 'Settings',
        content: `${block('red-flag-checker')}\n${block('red-flag-checker', { region: 'NZ', clinicName: '', heading: 'Set here' })}\n<!-- wp:shortcode -->\n[ice-heat-timer]\n[prevention-checklist]\n<!-- /wp:shortcode -->`,
      });
      const visitor = await site.page(null);
      await site.visit(visitor, link);
      const [plain, own] = await visitor.locator('red-flag-checker').all();
      const attributes = await plain.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
      assert.equal(attributes['clinic-name'], 'Eastside Back Clinic');
      assert.equal(attributes['clinic-phone'], '+61 2 5550 1234');
      assert.equal(attributes['booking-url'], 'https://eastside.example/book');
      assert.equal(attributes.region, 'AU');
      assert.equal(attributes.theme, 'dark');
      await plain.getByText('call 000 now').waitFor();
      // The block's own country wins; its empty clinic name does not erase the setting.
      await own.getByText('call 111 now').waitFor();
      assert.equal(await own.getAttribute('clinic-name'), 'Eastside Back Clinic');
      for (const tag of ['ice-heat-timer', 'prevention-checklist']) {
        assert.equal((await attributesOf(visitor, tag)).theme, 'dark', tag);
      }
      const accents = await visitor.evaluate(() =>
        [...document.querySelectorAll('red-flag-checker, ice-heat-timer, prevention-checklist')].map((el) => getComputedStyle(el).getPropertyValue('--bsw-accent').trim()),
      );
      assert.deepEqual(accents, Array(4).fill('#8a2be2'));
      await visitor.locator('prevention-checklist').screenshot({ path: site.shot('front-settings-dark-accent') });
    },
  },
  {
    name: 'each setting is sanitized: a javascript: booking link, a country that is not a code, a colour that is not one',
    async run(site) {
      await site.clearOptions();
      const admin = await site.page('admin');
      await save(site, admin, { "Clinic's name": 'Westside', Country: 'GB', 'Accent colour': '#00695c' });
      await admin.goto(page(site));
      // The browser's own checks (pattern, type=url) are bypassed, as a hand-made request would.
      await admin.evaluate(() => {
        document.querySelector('form').setAttribute('novalidate', '');
        document.querySelector('#back_spasm_widgets_region').removeAttribute('maxlength');
      });
      await admin.getByLabel("Clinic's name", { exact: true }).fill('  <b>West</b>side  ');
      await admin.getByLabel("Clinic's phone", { exact: true }).fill('+44 <script>20</script> 7946');
      await admin.getByLabel('Booking link', { exact: true }).fill('javascript:alert(1)');
      await admin.getByLabel('Country', { exact: true }).fill('Britain');
      await admin.getByLabel('Colours', { exact: true }).selectOption('dark');
      await admin.evaluate(() => {
        const theme = document.querySelector('#back_spasm_widgets_theme');
        theme.add(new Option('x', 'purple'));
        theme.value = 'purple';
      });
      await admin.getByLabel('Accent colour', { exact: true }).fill('red;background:url(x)');
      await Promise.all([admin.waitForURL(/settings-updated=true/), admin.getByRole('button', { name: 'Save Changes' }).click()]);
      await admin.getByText('The country must be a two-letter code, such as GB.').waitFor();
      const saved = JSON.parse(
        await site.php(`echo wp_json_encode( array_map( function ( $k ) { return back_spasm_widgets_option( $k ); }, array( 'clinic_name' => 'clinic_name', 'clinic_phone' => 'clinic_phone', 'booking_url' => 'booking_url', 'region' => 'region', 'theme' => 'theme', 'accent' => 'accent' ) ) );`),
      );
      assert.deepEqual(saved, { clinic_name: 'Westside', clinic_phone: '+44 7946', booking_url: '', region: 'GB', theme: 'auto', accent: '' });
    },
  },
  {
    name: 'an Author cannot open the settings page',
    async run(site) {
      const author = await site.page('author');
      const response = await author.goto(page(site));
      assert.equal(response.status(), 403);
      assert.equal(await author.locator('#back_spasm_widgets_clinic_name').count(), 0);
      assert.equal(await author.locator('#menu-settings').count(), 0);
    },
  },
  {
    name: 'uninstalling the plugin removes its settings',
    async run(site) {
      await site.options({ clinic_name: 'Westside', clinic_phone: '+1 604 555 0100', booking_url: 'https://westside.example/book', region: 'CA', theme: 'dark', accent: '#00695c' });
      const count = "global $wpdb; echo (int) $wpdb->get_var( \"SELECT COUNT(*) FROM $wpdb->options WHERE option_name LIKE 'back\\\\_spasm\\\\_widgets\\\\_%'\" );";
      assert.equal(await site.php(count), '6');
      await site.php("require_once ABSPATH . 'wp-admin/includes/plugin.php'; uninstall_plugin( 'back-spasm-widgets/back-spasm-widgets.php' );");
      assert.equal(await site.php(count), '0');
    },
  },
];
