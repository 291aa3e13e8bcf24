<?php
/**
 * Removes the plugin's options when the plugin is deleted.
 *
 * @package BackSpasmWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

foreach ( array( 'clinic_name', 'clinic_phone', 'booking_url', 'region', 'theme', 'accent' ) as $back_spasm_widgets_field ) {
	delete_option( 'back_spasm_widgets_' . $back_spasm_widgets_field );
	delete_site_option( 'back_spasm_widgets_' . $back_spasm_widgets_field );
}
