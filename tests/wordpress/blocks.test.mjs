// An administrator and an Author add each block in the block editor, fill its settings, and see
// the real widget in the editor and on the published page.
import assert from 'node:assert/strict';
import { attributesOf, phone } from './site.mjs';

/** What each block's settings are filled with, and what the visitor then sees. */
const cases = [
  {
    tag: 'red-flag-checker',
    title: 'Red-flag checker',
    fill: { "Clinic's name": 'Westside Spine', "Clinic's phone": '+44 20 7946 0000', 'Booking link': 'https://westside.example/book', 'Country (two-letter code, such as GB)': 'GB', Heading: 'Is it urgent?' },
    attributes: { 'clinic-name': 'Westside Spine', 'clinic-phone': '+44 20 7946 0000', 'booking-url': 'https://westside.example/book', region: 'GB', heading: 'Is it urgent?' },
    // GB gives 999, so the first screen says so.
    sees: ['Is it urgent?', 'call 999 now'],
  },
  {
    tag: 'ice-heat-timer',
    title: 'Ice and heat timer',
    fill: { 'Session length in minutes (5 to 20)': '20', Heading: 'Cool it down', 'Ice or heat': 'heat' },
    attributes: { duration: '20', heading: 'Cool it down', mode: 'heat' },
    sees: ['Cool it down', '20:00'],
  },
  {
    tag: 'prevention-checklist',
    title: 'Prevention checklist',
    fill: { 'Groups to show': 'lifting', Heading: 'Every day', Colours: 'dark' },
    attributes: { categories: 'lifting', heading: 'Every day', theme: 'dark' },
    sees: ['Every day', 'lift'],
  },
];

async function fillSettings(site, page, fill) {
  const sidebar = await site.sidebar(page);
  for (const [label, value] of Object.entries(fill)) {
    const field = sidebar.getByLabel(label, { exact: true });
    if ((await field.evaluate((el) => el.localName)) === 'select') await field.selectOption(value);
    else await field.fill(value);
  }
}

async function seesInShadow(locator, texts) {
  for (const text of texts) await locator.getByText(text, { exact: false }).first().waitFor();
}

function addsEachBlock(role) {
  return {
    name: `${role === 'admin' ? 'an administrator' : 'an Author'} adds each block, fills its settings, and sees the widget in the editor and on the page`,
    async run(site) {
      await site.clearOptions();
      const page = await site.page(role);
      await site.newPost(page);
      await site.title(page, `Widgets by ${role}`);
      for (const c of cases) {
        await site.insertBlock(page, c.title);
        await fillSettings(site, page, c.fill);
        // The editor's preview is the real widget, rendered from the saved settings.
        const preview = page.locator(`.editor-styles-wrapper ${c.tag}[heading="${c.attributes.heading}"]`);
        await seesInShadow(preview, c.sees);
        if (role === 'admin' && c.tag === 'red-flag-checker') await site.screenshot(page, 'editor-block-settings');
      }
      const link = await site.publish(page);
      const visitor = await site.page(null);
      await site.visit(visitor, link);
      for (const c of cases) {
        const attributes = await attributesOf(visitor, c.tag);
        for (const [name, value] of Object.entries(c.attributes)) assert.equal(attributes[name], value, `${c.tag} ${name}`);
        await seesInShadow(visitor.locator(c.tag), c.sees);
      }
      assert.deepEqual(visitor.errors, []);
      if (role === 'admin') {
        await site.screenshot(visitor, 'front-desktop');
        const small = await site.page(null, phone);
        await site.visit(small, link);
        await site.screenshot(small, 'front-phone');
        for (const c of cases) {
          await visitor.locator(c.tag).screenshot({ path: site.shot(`front-desktop-${c.tag}`) });
          await small.locator(c.tag).screenshot({ path: site.shot(`front-phone-${c.tag}`) });
        }
      }
    },
  };
}

export default [addsEachBlock('admin'), addsEachBlock('author')];
