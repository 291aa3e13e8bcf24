<?php
/**
 * Plugin Name:       Back spasm widgets
 * Plugin URI:        https://github.com/back-spasm-widgets/back-spasm-widgets
 * Description:       A red-flag checker, an ice and heat timer and a prevention checklist for people with back spasms, as blocks and shortcodes. Private: answers never leave the page.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            back-spasm-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       back-spasm-widgets
 * Domain Path:       /languages
 *
 * @package BackSpasmWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The library version whose files are in assets/<version>/. */
define( 'BACK_SPASM_WIDGETS_VERSION', '0.1.0' );
define( 'BACK_SPASM_WIDGETS_FILE', __FILE__ );
define( 'BACK_SPASM_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once BACK_SPASM_WIDGETS_DIR . 'includes/fields.php';
require_once BACK_SPASM_WIDGETS_DIR . 'includes/settings.php';
require_once BACK_SPASM_WIDGETS_DIR . 'includes/assets.php';
require_once BACK_SPASM_WIDGETS_DIR . 'includes/render.php';
