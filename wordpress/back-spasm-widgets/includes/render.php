<?php
/**
 * The three dynamic blocks and the three shortcodes, which print the same element.
 *
 * @package BackSpasmWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The element's markup for the values a block or shortcode gives: every value it leaves empty
 * comes from the settings; every value is escaped.
 *
 * @param string $tag     red-flag-checker, ice-heat-timer or prevention-checklist.
 * @param array  $given   Element attribute name => value.
 * @param string $wrapper Extra attributes from the block wrapper (already escaped), or ''.
 * @return string
 */
function back_spasm_widgets_element( $tag, array $given, $wrapper = '' ) {
	$fields = back_spasm_widgets_fields();
	if ( ! isset( $fields[ $tag ] ) ) {
		return '';
	}
	$defaults = array( 'theme' => back_spasm_widgets_option( 'theme' ) );
	if ( 'red-flag-checker' === $tag ) {
		$defaults += array(
			'clinic-name'  => back_spasm_widgets_option( 'clinic_name' ),
			'clinic-phone' => back_spasm_widgets_option( 'clinic_phone' ),
			'booking-url'  => back_spasm_widgets_option( 'booking_url' ),
			'region'       => back_spasm_widgets_option( 'region' ),
		);
	}
	$html = '';
	foreach ( array_keys( $fields[ $tag ] ) as $name ) {
		$value = isset( $given[ $name ] ) && is_scalar( $given[ $name ] ) ? trim( (string) $given[ $name ] ) : '';
		if ( '' === $value && isset( $defaults[ $name ] ) ) {
			$value = $defaults[ $name ];
		}
		if ( 'booking-url' === $name ) {
			$value = esc_url( $value, array( 'http', 'https' ) );
		} else {
			$value = esc_attr( $value );
		}
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . $value . '"';
		}
	}
	$accent = back_spasm_widgets_option( 'accent' );
	if ( $accent && sanitize_hex_color( $accent ) ) {
		$html .= ' style="' . esc_attr( '--bsw-accent:' . $accent ) . '"';
	}
	back_spasm_widgets_enqueue();
	return '<' . $tag . ( $wrapper ? ' ' . $wrapper : '' ) . $html . '></' . $tag . '>';
}

add_action(
	'init',
	function () {
		foreach ( array_keys( back_spasm_widgets_fields() ) as $tag ) {
			register_block_type(
				BACK_SPASM_WIDGETS_DIR . 'blocks/' . $tag,
				array(
					'render_callback' => function ( $attributes ) use ( $tag ) {
						$given = array();
						foreach ( array_keys( back_spasm_widgets_fields()[ $tag ] ) as $name ) {
							$key = back_spasm_widgets_block_key( $name );
							if ( isset( $attributes[ $key ] ) ) {
								$given[ $name ] = $attributes[ $key ];
							}
						}
						return back_spasm_widgets_element( $tag, $given, get_block_wrapper_attributes() );
					},
				)
			);
			add_shortcode(
				$tag,
				function ( $atts ) use ( $tag ) {
					return back_spasm_widgets_element( $tag, is_array( $atts ) ? $atts : array() );
				}
			);
		}
	}
);

/*
 * wpautop (on the_content at priority 10, and in the Shortcode block) joins shortcodes on
 * adjacent lines into one paragraph with <br />, which shortcode_unautop cannot take apart. Before
 * either runs (priority 8, before the blocks render), a line holding only one of these shortcodes
 * becomes a paragraph of its own, which shortcode_unautop then unwraps; the shortcode itself runs
 * after both (priority 11), so what it prints is never reformatted.
 */
add_filter(
	'the_content',
	function ( $content ) {
		if ( ! is_string( $content ) || false === strpos( $content, '[' ) ) {
			return $content;
		}
		return preg_replace( '/^[ \t]*(\[(?:red-flag-checker|ice-heat-timer|prevention-checklist)(?:[\s\/][^\]]*)?\])[ \t]*\r?$/m', "\n$1\n", $content );
	},
	8
);
