// Every value a block or a shortcode gives reaches the element as text, escaped: quotes, markup,
// a script, a javascript: link and 10 KB values, from an administrator (whose posts WordPress
// does not filter) and from an Author (whose posts it does).
/* global window -- Node, and the browser in page.evaluate() */
import assert from 'node:assert/strict';
import { attributesOf, block } from './site.mjs';

const script = '"><script>window.bswXss = 1</script><img src=x onerror="window.bswXss = 2">';
const quotes = `He said "stop" & it's <fine>`;
const long = 'Westside Spine '.repeat(700).slice(0, 10240);

async function assertSafe(page, expected) {
  assert.equal(await page.evaluate(() => window.bswXss), undefined, 'no script ran');
  assert.equal(await page.locator('.wp-block-post-content script, .wp-block-post-content img').count(), 0, 'no element was injected');
  assert.equal(await page.locator('red-flag-checker').count(), 1);
  const attributes = await attributesOf(page, 'red-flag-checker');
  for (const [name, value] of Object.entries(expected)) assert.equal(attributes[name], value, name);
  assert.equal(attributes['booking-url'], undefined, 'a javascript: booking link is dropped');
  // The widget still works with such values: it shows its first screen and the long heading.
  await page.locator('red-flag-checker').getByText('Question 1 of').waitFor();
}

export default [
  {
    name: 'an administrator\'s block: quotes, <script>, javascript: and 10 KB values stay text, on the page and in the editor',
    async run(site) {
      await site.clearOptions();
      const attributes = { heading: script, clinicName: quotes, bookingUrl: 'javascript:alert(1)', clinicPhone: long, emergencyNumber: 'javascript:alert(1)' };
      const { id, link } = await site.post({ title: 'Hostile block', content: block('red-flag-checker', attributes) });
      const visitor = await site.page(null);
      await site.visit(visitor, link);
      await assertSafe(visitor, { heading: script, 'clinic-name': quotes, 'clinic-phone': long, 'emergency-number': 'javascript:alert(1)' });
      await visitor.locator('red-flag-checker').getByText(script).first().waitFor();

      // The editor's preview renders the same values through the block renderer.
      const admin = await site.page('admin');
      await admin.goto(`${site.url}/wp-admin/post.php?post=${id}&action=edit`);
      const preview = admin.locator('.editor-styles-wrapper red-flag-checker');
      await preview.getByText('Question 1 of').waitFor();
      assert.equal(await preview.getAttribute('heading'), script);
      assert.equal(await preview.getAttribute('clinic-phone'), long);
      assert.equal(await preview.getAttribute('booking-url'), null);
      assert.equal(await admin.evaluate(() => window.bswXss), undefined, 'no script ran in the editor');
    },
  },
  {
    name: 'an administrator\'s shortcode: quotes, <script>, javascript: and 10 KB values stay text',
    async run(site) {
      await site.clearOptions();
      const markup = '<script>window.bswXss = 1</script><img src=x onerror="window.bswXss = 2">';
      const { link } = await site.post({
        title: 'Hostile shortcode',
        content: `[red-flag-checker heading='${markup}' clinic-name='He said "stop" & it&#039;s <fine>' booking-url="javascript:alert(1)" clinic-phone="${long}"]`,
      });
      const visitor = await site.page(null);
      await site.visit(visitor, link);
      await assertSafe(visitor, { heading: markup, 'clinic-name': quotes, 'clinic-phone': long });
    },
  },
  {
    name: 'a shortcode value that tries to close the attribute (">) runs nothing',
    async run(site) {
      await site.clearOptions();
      // WordPress itself does not read this as a shortcode's value (wptexturize changes its
      // quotes first): whatever reaches the element, nothing runs and nothing is injected.
      const { link } = await site.post({ title: 'Break out', content: `[red-flag-checker heading='${script}' clinic-phone="${long}"]` });
      const visitor = await site.page(null);
      await site.visit(visitor, link);
      await assertSafe(visitor, {});
    },
  },
  {
    name: 'an Author\'s block and shortcode with the same values: nothing runs, and the widget still shows',
    async run(site) {
      await site.clearOptions();
      for (const content of [
        block('red-flag-checker', { heading: script, clinicName: quotes, bookingUrl: 'javascript:alert(1)', clinicPhone: long }),
        `[red-flag-checker heading='${script}' clinic-name="${quotes.replace(/"/g, '&quot;')}" booking-url="javascript:alert(1)" clinic-phone="${long}"]`,
      ]) {
        const { link } = await site.post({ title: 'Hostile by an Author', role: 'author', content });
        const visitor = await site.page(null);
        await site.visit(visitor, link);
        // WordPress filters an Author's markup first: what remains is still only text.
        await assertSafe(visitor, { 'clinic-phone': long });
        const heading = await visitor.locator('red-flag-checker').getAttribute('heading');
        assert.doesNotMatch(heading ?? '', /<script/i);
      }
    },
  },
];
