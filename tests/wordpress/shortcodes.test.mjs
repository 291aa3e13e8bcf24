// The shortcodes: an Author uses them (and still cannot add a script), the classic editor's
// Visual tab keeps them, and wpautop never wraps or breaks what they print.
/* global window -- Node, and the browser in page.evaluate() */
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { attributesOf } from './site.mjs';

/** The post's content as the page serves it, between the content block's tags. */
async function contentHtml(page) {
  return page.locator('.wp-block-post-content, .entry-content').first().innerHTML();
}

/** Every <p> in the content is closed, and no widget sits inside a <p> of its own. */
function assertNoStrayParagraphs(html) {
  const opened = (html.match(/<p[\s>]/g) ?? []).length;
  const closed = (html.match(/<\/p>/g) ?? []).length;
  assert.equal(opened, closed, `balanced <p> tags in ${html}`);
  assert.doesNotMatch(html, /<p>\s*<(red-flag-checker|ice-heat-timer|prevention-checklist)/, 'no <p> opened before a widget');
  assert.doesNotMatch(html, /<\/(red-flag-checker|ice-heat-timer|prevention-checklist)>\s*(<br\s*\/?>\s*)?<\/p>/, 'no </p> after a widget');
  assert.doesNotMatch(html, /<p>\s*<\/p>/, 'no empty paragraph');
}

export default [
  {
    name: 'an Author adds the shortcodes and a script in the block editor: the widgets show, the script does not',
    async run(site) {
      await site.clearOptions();
      const page = await site.page('author');
      await site.newPost(page);
      await site.title(page, 'Shortcodes by an Author');
      await site.insertBlock(page, 'Shortcode');
      await page.getByLabel('Shortcode text').fill('[red-flag-checker clinic-name="Westside Spine" region="FR" heading="Check it"]');
      await site.insertBlock(page, 'Shortcode');
      await page.getByLabel('Shortcode text').last().fill('[ice-heat-timer duration="10"]\n[prevention-checklist categories="posture"]');
      await site.insertBlock(page, 'Custom HTML');
      await page.getByLabel('HTML').last().fill('<script>window.bswInjected = 1</script><img src="x" onerror="window.bswInjected = 2">');
      const link = await site.publish(page);

      const visitor = await site.page(null);
      await site.visit(visitor, link);
      const checker = await attributesOf(visitor, 'red-flag-checker');
      assert.equal(checker['clinic-name'], 'Westside Spine');
      assert.equal(checker.region, 'FR');
      await visitor.locator('red-flag-checker').getByText('call 112 now').waitFor();
      assert.equal((await attributesOf(visitor, 'ice-heat-timer')).duration, '10');
      await visitor.locator('ice-heat-timer').getByText('10:00').first().waitFor();
      assert.equal((await attributesOf(visitor, 'prevention-checklist')).categories, 'posture');
      assert.equal(await visitor.evaluate(() => window.bswInjected), undefined, 'the Author\'s script did not run');
      const html = await contentHtml(visitor);
      assert.doesNotMatch(html, /<script|onerror/, 'the Author\'s script and handler were removed');
      assertNoStrayParagraphs(html);
    },
  },
  {
    name: 'the classic editor\'s Visual tab keeps the shortcodes, and the page shows the widgets',
    async run(site) {
      // Posts with a "classic" field open in the classic editor (as with the Classic Editor plugin).
      const mu = join(site.wp, 'wp-content/mu-plugins');
      mkdirSync(mu, { recursive: true });
      writeFileSync(
        join(mu, 'classic-editor-for-tests.php'),
        "<?php\nadd_filter( 'use_block_editor_for_post', function ( $use, $post ) { return get_post_meta( $post->ID, 'classic', true ) ? false : $use; }, 10, 2 );\n",
      );
      const { id, link } = await site.post({ title: 'Classic', content: 'Before the widgets.', meta: { classic: '1' } });
      const page = await site.page('admin');
      await page.goto(`${site.url}/wp-admin/post.php?post=${id}&action=edit`);
      await page.click('#content-tmce');
      const body = page.frameLocator('#content_ifr').locator('body');
      await body.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('[red-flag-checker clinic-name="Westside Spine" region="GB"]');
      await page.keyboard.press('Enter');
      await page.keyboard.type('[prevention-checklist categories="lifting,footwear"]');
      await page.keyboard.press('Enter');
      await page.keyboard.type('After the widgets.');
      // Text, then Visual again: the round trip through the editor's HTML keeps them.
      await page.click('#content-html');
      await page.click('#content-tmce');
      await Promise.all([page.waitForURL(/message=/), page.click('#publish')]);
      const saved = await site.php(`echo get_post_field( 'post_content', ${id} );`);
      assert.match(saved, /\[red-flag-checker clinic-name="Westside Spine" region="GB"\]/);
      assert.match(saved, /\[prevention-checklist categories="lifting,footwear"\]/);

      const visitor = await site.page(null);
      await site.visit(visitor, link);
      const checker = await attributesOf(visitor, 'red-flag-checker');
      assert.equal(checker['clinic-name'], 'Westside Spine');
      await visitor.locator('red-flag-checker').getByText('call 999 now').waitFor();
      assert.equal((await attributesOf(visitor, 'prevention-checklist')).categories, 'lifting,footwear');
      const html = await contentHtml(visitor);
      assertNoStrayParagraphs(html);
      assert.match(html, /<p>Before the widgets\.<\/p>/);
      assert.match(html, /<p>After the widgets\.<\/p>/);
    },
  },
  {
    name: 'wpautop leaves the shortcodes\' output whole: on their own lines, between paragraphs, and inside a sentence',
    async run(site) {
      const { link } = await site.post({
        title: 'Autop',
        content:
          'A first paragraph.\n\n[prevention-checklist]\n\n[ice-heat-timer]\n[red-flag-checker]\n\nA sentence with [red-flag-checker heading="Inline"] inside it.\n\nThe end.',
      });
      const visitor = await site.page(null);
      await site.visit(visitor, link);
      const html = await contentHtml(visitor);
      assertNoStrayParagraphs(html.replace(/<p>A sentence with <red-flag-checker[^>]*><\/red-flag-checker> inside it\.<\/p>/, ''));
      assert.match(html, /<p>A sentence with <red-flag-checker[^>]*heading="Inline"[^>]*><\/red-flag-checker> inside it\.<\/p>/);
      assert.equal(await visitor.locator('prevention-checklist, ice-heat-timer, red-flag-checker').count(), 4);
      // <prevention-checklist> is not read as a paragraph: the text after it is not inside it.
      assert.equal(await visitor.locator('prevention-checklist').evaluate((el) => el.textContent), '');
      assert.equal(await visitor.locator('p', { hasText: 'The end.' }).evaluate((el) => el.parentElement.localName), 'div');
    },
  },
];
