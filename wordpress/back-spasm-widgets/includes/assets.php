<?php
/**
 * Loads the widgets' own files, from this plugin, only where a widget is: the self-contained
 * module with its integrity, the classic bundle for browsers without modules, and the language
 * pack of the site's language.
 *
 * @package BackSpasmWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The address of a file in assets/<version>/.
 *
 * @param string $file Path inside the library's cdn/ folder.
 * @return string
 */
function back_spasm_widgets_asset_url( $file ) {
	return plugins_url( 'assets/' . BACK_SPASM_WIDGETS_VERSION . '/' . $file, BACK_SPASM_WIDGETS_FILE );
}

/**
 * The SHA-384 integrity of a file, from the library's integrity.json; '' if unknown.
 *
 * @param string $file Path inside the library's cdn/ folder.
 * @return string
 */
function back_spasm_widgets_integrity( $file ) {
	static $integrity = null;
	if ( null === $integrity ) {
		$path      = BACK_SPASM_WIDGETS_DIR . 'assets/' . BACK_SPASM_WIDGETS_VERSION . '/integrity.json';
		$json      = is_readable( $path ) ? json_decode( (string) file_get_contents( $path ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$integrity = is_array( $json ) ? $json : array();
	}
	return isset( $integrity[ $file ] ) && is_string( $integrity[ $file ] ) ? $integrity[ $file ] : '';
}

/**
 * The language pack for a locale: 'es' for es_*, 'fr' for fr_*, else '' (English is built in).
 *
 * @param string $locale A WordPress locale, such as es_MX.
 * @return string
 */
function back_spasm_widgets_pack( $locale ) {
	$language = strtolower( substr( (string) $locale, 0, 2 ) );
	return in_array( $language, array( 'es', 'fr' ), true ) && ( 2 === strlen( $locale ) || '_' === substr( $locale, 2, 1 ) || '-' === substr( $locale, 2, 1 ) ) ? $language : '';
}

add_action(
	'init',
	function () {
		// A null version: no ?ver= on the address, whose folder already names the version.
		wp_register_script( 'back-spasm-widgets', back_spasm_widgets_asset_url( 'back-spasm-widgets.js' ), array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
		wp_register_style( 'back-spasm-widgets', back_spasm_widgets_asset_url( 'back-spasm-widgets.css' ), array(), null ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
	}
);

/**
 * A script tag for one of the library's files.
 *
 * @param string $file   Path inside the library's cdn/ folder.
 * @param string $type   'module' or 'nomodule'.
 * @return string
 */
function back_spasm_widgets_script_tag( $file, $type ) {
	$integrity = back_spasm_widgets_integrity( $file );
	return sprintf(
		'<script %s src="%s"%s crossorigin="anonymous"></script>' . "\n",
		'module' === $type ? 'type="module"' : 'nomodule defer',
		esc_url( back_spasm_widgets_asset_url( $file ) ),
		$integrity ? ' integrity="' . esc_attr( $integrity ) . '"' : ''
	);
}

add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		if ( 'back-spasm-widgets' !== $handle ) {
			return $tag;
		}
		$tags = back_spasm_widgets_script_tag( 'back-spasm-widgets.js', 'module' )
			. back_spasm_widgets_script_tag( 'back-spasm-widgets.classic.js', 'nomodule' );
		$pack = back_spasm_widgets_pack( is_admin() ? determine_locale() : get_locale() );
		if ( $pack ) {
			$tags .= back_spasm_widgets_script_tag( 'locales/' . $pack . '.js', 'module' )
				. back_spasm_widgets_script_tag( 'locales/' . $pack . '.classic.js', 'nomodule' );
		}
		return $tags;
	},
	10,
	2
);

add_filter(
	'style_loader_tag',
	function ( $tag, $handle ) {
		if ( 'back-spasm-widgets' !== $handle ) {
			return $tag;
		}
		$integrity = back_spasm_widgets_integrity( 'back-spasm-widgets.css' );
		return sprintf(
			'<link rel="stylesheet" id="back-spasm-widgets-css" href="%s"%s crossorigin="anonymous">' . "\n",
			esc_url( back_spasm_widgets_asset_url( 'back-spasm-widgets.css' ) ),
			$integrity ? ' integrity="' . esc_attr( $integrity ) . '"' : ''
		);
	},
	10,
	2
);

/** Loads the widgets on this page: called by each block and shortcode as it renders. */
function back_spasm_widgets_enqueue() {
	wp_enqueue_script( 'back-spasm-widgets' );
	wp_enqueue_style( 'back-spasm-widgets' );
}

// Editors that show the content in an iframe (the site editor, and every editor in later
// WordPress versions) load the content's scripts through this hook.
add_action(
	'enqueue_block_assets',
	function () {
		if ( is_admin() ) {
			back_spasm_widgets_enqueue();
		}
	}
);

add_action(
	'enqueue_block_editor_assets',
	function () {
		back_spasm_widgets_enqueue();
		wp_enqueue_script(
			'back-spasm-widgets-editor',
			plugins_url( 'editor.js', BACK_SPASM_WIDGETS_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render' ),
			BACK_SPASM_WIDGETS_VERSION,
			true
		);
		$fields = array();
		foreach ( back_spasm_widgets_fields() as $tag => $attributes ) {
			foreach ( $attributes as $name => $field ) {
				$field['key']     = back_spasm_widgets_block_key( $name );
				$field['name']    = $name;
				$fields[ $tag ][] = $field;
			}
		}
		wp_add_inline_script(
			'back-spasm-widgets-editor',
			'window.backSpasmWidgetsFields = ' . wp_json_encode( $fields ) . ';',
			'before'
		);
	}
);
