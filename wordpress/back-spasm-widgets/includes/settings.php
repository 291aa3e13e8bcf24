<?php
/**
 * Settings → Back spasm widgets: the clinic's details and the colours every widget starts from.
 *
 * @package BackSpasmWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The settings: option suffix => label, input, sanitize callback and help.
 *
 * @return array<string, array>
 */
function back_spasm_widgets_settings() {
	return array(
		'clinic_name'  => array(
			'label'    => __( "Clinic's name", 'back-spasm-widgets' ),
			'type'     => 'text',
			'sanitize' => 'back_spasm_widgets_sanitize_text',
			'help'     => __( 'Shown in the call and booking actions of the red-flag checker.', 'back-spasm-widgets' ),
		),
		'clinic_phone' => array(
			'label'    => __( "Clinic's phone", 'back-spasm-widgets' ),
			'type'     => 'tel',
			'sanitize' => 'back_spasm_widgets_sanitize_phone',
			'help'     => __( 'With the country code, such as +1 604 555 0100.', 'back-spasm-widgets' ),
		),
		'booking_url'  => array(
			'label'    => __( 'Booking link', 'back-spasm-widgets' ),
			'type'     => 'url',
			'sanitize' => 'back_spasm_widgets_sanitize_url',
			'help'     => __( 'The page where a visitor books an appointment (http or https).', 'back-spasm-widgets' ),
		),
		'region'       => array(
			'label'    => __( 'Country', 'back-spasm-widgets' ),
			'type'     => 'text',
			'sanitize' => 'back_spasm_widgets_sanitize_region',
			'help'     => __( 'Two-letter code, such as GB, US or FR. It gives the emergency number the checker shows.', 'back-spasm-widgets' ),
		),
		'theme'        => array(
			'label'    => __( 'Colours', 'back-spasm-widgets' ),
			'type'     => 'theme',
			'sanitize' => 'back_spasm_widgets_sanitize_theme',
			'help'     => '',
		),
		'accent'       => array(
			'label'    => __( 'Accent colour', 'back-spasm-widgets' ),
			'type'     => 'color',
			'sanitize' => 'back_spasm_widgets_sanitize_accent',
			'help'     => __( 'Buttons, links and progress. Leave empty for the widgets’ own.', 'back-spasm-widgets' ),
		),
	);
}

/**
 * One saved setting, '' when not set.
 *
 * @param string $key Option suffix, such as clinic_name.
 * @return string
 */
function back_spasm_widgets_option( $key ) {
	$value = get_option( 'back_spasm_widgets_' . $key, '' );
	return is_string( $value ) ? $value : '';
}

/**
 * Sanitizes the clinic's name.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function back_spasm_widgets_sanitize_text( $value ) {
	return is_string( $value ) ? sanitize_text_field( $value ) : '';
}

/**
 * Sanitizes the phone number: digits, spaces, +, (, ), - and . only.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function back_spasm_widgets_sanitize_phone( $value ) {
	if ( ! is_string( $value ) ) {
		return '';
	}
	return trim( preg_replace( '/[^0-9+().\- ]/', '', sanitize_text_field( $value ) ) );
}

/**
 * Sanitizes the booking link: an http or https address, else ''.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function back_spasm_widgets_sanitize_url( $value ) {
	return is_string( $value ) ? esc_url_raw( trim( $value ), array( 'http', 'https' ) ) : '';
}

/**
 * Sanitizes the country: an ISO 3166 two-letter code in capitals, else ''.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function back_spasm_widgets_sanitize_region( $value ) {
	$value = is_string( $value ) ? strtoupper( trim( $value ) ) : '';
	if ( '' !== $value && ! preg_match( '/^[A-Z]{2}$/', $value ) ) {
		add_settings_error( 'back_spasm_widgets_region', 'region', __( 'The country must be a two-letter code, such as GB.', 'back-spasm-widgets' ) );
		return back_spasm_widgets_option( 'region' );
	}
	return $value;
}

/**
 * Sanitizes the colours: auto, light or dark.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function back_spasm_widgets_sanitize_theme( $value ) {
	return in_array( $value, array( 'auto', 'light', 'dark' ), true ) ? $value : 'auto';
}

/**
 * Sanitizes the accent colour: #rgb or #rrggbb, else ''.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function back_spasm_widgets_sanitize_accent( $value ) {
	$value = is_string( $value ) ? sanitize_hex_color( trim( $value ) ) : '';
	return $value ? $value : '';
}

add_action(
	'admin_init',
	function () {
		add_settings_section( 'back_spasm_widgets_clinic', __( 'Your clinic', 'back-spasm-widgets' ), '__return_false', 'back-spasm-widgets' );
		foreach ( back_spasm_widgets_settings() as $key => $field ) {
			$option = 'back_spasm_widgets_' . $key;
			register_setting(
				'back_spasm_widgets',
				$option,
				array(
					'type'              => 'string',
					'sanitize_callback' => $field['sanitize'],
					'default'           => '',
				)
			);
			add_settings_field(
				$option,
				$field['label'],
				'back_spasm_widgets_field',
				'back-spasm-widgets',
				'back_spasm_widgets_clinic',
				array(
					'label_for' => $option,
					'key'       => $key,
					'field'     => $field,
				)
			);
		}
	}
);

/**
 * Prints one settings field.
 *
 * @param array $args The field's key and description.
 */
function back_spasm_widgets_field( $args ) {
	$id    = 'back_spasm_widgets_' . $args['key'];
	$value = back_spasm_widgets_option( $args['key'] );
	$field = $args['field'];
	if ( 'theme' === $field['type'] ) {
		$choices = array(
			'auto'  => __( "Follow the visitor's device (light or dark)", 'back-spasm-widgets' ),
			'light' => __( 'Light', 'back-spasm-widgets' ),
			'dark'  => __( 'Dark', 'back-spasm-widgets' ),
		);
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $id ) . '">';
		foreach ( $choices as $choice => $label ) {
			echo '<option value="' . esc_attr( $choice ) . '"' . selected( $value ? $value : 'auto', $choice, false ) . '>' . esc_html( $label ) . '</option>';
		}
		echo '</select>';
	} elseif ( 'color' === $field['type'] ) {
		// A text field, so that "no accent colour" can be saved; the pattern guides the entry.
		echo '<input type="text" class="regular-text" id="' . esc_attr( $id ) . '" name="' . esc_attr( $id ) . '" value="' . esc_attr( $value ) . '" placeholder="#00695c" pattern="#([0-9a-fA-F]{3}){1,2}">';
	} else {
		$extra = 'text' === $field['type'] && 'region' === $args['key'] ? ' maxlength="2" size="4" pattern="[A-Za-z]{2}" autocomplete="country"' : ' class="regular-text"';
		echo '<input type="' . esc_attr( $field['type'] ) . '" id="' . esc_attr( $id ) . '" name="' . esc_attr( $id ) . '" value="' . esc_attr( $value ) . '"' . $extra . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $extra is a fixed string.
	}
	if ( $field['help'] ) {
		echo '<p class="description">' . esc_html( $field['help'] ) . '</p>';
	}
}

add_action(
	'admin_menu',
	function () {
		add_options_page(
			__( 'Back spasm widgets', 'back-spasm-widgets' ),
			__( 'Back spasm widgets', 'back-spasm-widgets' ),
			'manage_options',
			'back-spasm-widgets',
			'back_spasm_widgets_settings_page'
		);
	}
);

/** Prints the settings page. */
function back_spasm_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'Every widget on the site starts from these values. A value set in a block or a shortcode takes their place there.', 'back-spasm-widgets' ) . '</p>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'back_spasm_widgets' );
	do_settings_sections( 'back-spasm-widgets' );
	submit_button();
	echo '</form></div>';
}

add_filter(
	'plugin_action_links_' . plugin_basename( BACK_SPASM_WIDGETS_FILE ),
	function ( $links ) {
		array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=back-spasm-widgets' ) ) . '">' . esc_html__( 'Settings', 'back-spasm-widgets' ) . '</a>' );
		return $links;
	}
);
