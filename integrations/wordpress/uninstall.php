<?php
/**
 * Removes everything the plugin stored: its one option (on every site of a network).
 *
 * @package IopWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'iop_widgets_options' );
if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $iop_widgets_site_id ) {
		delete_blog_option( $iop_widgets_site_id, 'iop_widgets_options' );
	}
}
