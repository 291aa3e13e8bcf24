<?php
/**
 * The widgets and their attributes: one list for the blocks, the shortcodes and the editor.
 *
 * @package BackSpasmWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Each widget's attributes, by the element's attribute name. A field has a label, a control
 * (text, tel, url, number, select) and, for select, its choices; an empty value means "not set".
 *
 * @return array<string, array<string, array>>
 */
function back_spasm_widgets_fields() {
	$theme    = array(
		'label'   => __( 'Colours', 'back-spasm-widgets' ),
		'control' => 'select',
		'choices' => array(
			''      => __( 'Site setting', 'back-spasm-widgets' ),
			'auto'  => __( "Follow the visitor's device", 'back-spasm-widgets' ),
			'light' => __( 'Light', 'back-spasm-widgets' ),
			'dark'  => __( 'Dark', 'back-spasm-widgets' ),
		),
	);
	$lang     = array(
		'label'   => __( 'Language', 'back-spasm-widgets' ),
		'control' => 'select',
		'choices' => array(
			''   => __( "The page's language", 'back-spasm-widgets' ),
			'en' => 'English',
			'es' => 'Español',
			'fr' => 'Français',
		),
	);
	$heading  = array(
		'label'   => __( 'Heading', 'back-spasm-widgets' ),
		'control' => 'text',
		'help'    => __( 'Leave empty for the widget’s own heading.', 'back-spasm-widgets' ),
	);
	$levels   = function ( $from, $to ) {
		$choices = array( '' => __( 'Default (2)', 'back-spasm-widgets' ) );
		for ( $i = $from; $i <= $to; $i++ ) {
			/* translators: %d: a heading level, such as 2 for h2. */
			$choices[ (string) $i ] = sprintf( __( 'Heading %d', 'back-spasm-widgets' ), $i );
		}
		return array(
			'label'   => __( 'Heading level', 'back-spasm-widgets' ),
			'control' => 'select',
			'choices' => $choices,
		);
	};
	$settings = __( 'Leave empty to use Settings → Back spasm widgets.', 'back-spasm-widgets' );

	return array(
		'red-flag-checker'     => array(
			'clinic-name'      => array(
				'label'   => __( "Clinic's name", 'back-spasm-widgets' ),
				'control' => 'text',
				'help'    => $settings,
			),
			'clinic-phone'     => array(
				'label'   => __( "Clinic's phone", 'back-spasm-widgets' ),
				'control' => 'tel',
				'help'    => $settings,
			),
			'booking-url'      => array(
				'label'   => __( 'Booking link', 'back-spasm-widgets' ),
				'control' => 'url',
				'help'    => $settings,
			),
			'region'           => array(
				'label'   => __( 'Country (two-letter code, such as GB)', 'back-spasm-widgets' ),
				'control' => 'text',
				'help'    => __( 'Gives the emergency number. Leave empty to use the site setting.', 'back-spasm-widgets' ),
			),
			'emergency-number' => array(
				'label'   => __( 'Emergency number', 'back-spasm-widgets' ),
				'control' => 'tel',
				'help'    => __( 'Leave empty for the number of the country.', 'back-spasm-widgets' ),
			),
			'heading'          => $heading,
			'heading-level'    => $levels( 1, 6 ),
			'theme'            => $theme,
			'lang'             => $lang,
		),
		'ice-heat-timer'       => array(
			'duration'      => array(
				'label'   => __( 'Session length in minutes (5 to 20)', 'back-spasm-widgets' ),
				'control' => 'number',
				'help'    => __( 'Leave empty for 15 minutes.', 'back-spasm-widgets' ),
			),
			'mode'          => array(
				'label'   => __( 'Ice or heat', 'back-spasm-widgets' ),
				'control' => 'select',
				'choices' => array(
					''     => __( 'From when the spasm started', 'back-spasm-widgets' ),
					'ice'  => __( 'Ice', 'back-spasm-widgets' ),
					'heat' => __( 'Heat', 'back-spasm-widgets' ),
				),
			),
			'started'       => array(
				'label'   => __( 'When the spasm started', 'back-spasm-widgets' ),
				'control' => 'datetime-local',
				'help'    => __( 'Usually left empty: the visitor says when.', 'back-spasm-widgets' ),
			),
			'sound'         => array(
				'label'   => __( 'Chime at the end', 'back-spasm-widgets' ),
				'control' => 'select',
				'choices' => array(
					''    => __( 'On', 'back-spasm-widgets' ),
					'off' => __( 'Off', 'back-spasm-widgets' ),
				),
			),
			'heading'       => $heading,
			'heading-level' => $levels( 1, 5 ),
			'theme'         => $theme,
			'lang'          => $lang,
		),
		'prevention-checklist' => array(
			'categories'    => array(
				'label'   => __( 'Groups to show', 'back-spasm-widgets' ),
				'control' => 'text',
				'help'    => __( 'Leave empty for all, or list some, separated by commas: posture, movement, lifting, nutrition, weight, stress-sleep, footwear, smoking.', 'back-spasm-widgets' ),
			),
			'heading'       => $heading,
			'heading-level' => $levels( 2, 6 ),
			'theme'         => $theme,
			'lang'          => $lang,
		),
	);
}

/**
 * The block attribute name of an element attribute: clinic-name → clinicName.
 *
 * @param string $name The element's attribute name.
 * @return string
 */
function back_spasm_widgets_block_key( $name ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
}
