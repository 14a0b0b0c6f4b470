<?php
/**
 * Deletes the plugin the way the Plugins screen does (delete_plugins runs uninstall.php)
 * and checks that its option is gone. Usage: php uninstall.php <wordpress dir>
 */

$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_set_current_user( 1 );

$plugin = 'iop-widgets/iop-widgets.php';
$before = get_option( 'iop_widgets_options', null );
deactivate_plugins( $plugin );
WP_Filesystem();
$deleted = delete_plugins( array( $plugin ) );
wp_cache_flush();
$after = get_option( 'iop_widgets_options', null );
echo ( is_array( $before ) && null === $after && true === $deleted && ! file_exists( WP_PLUGIN_DIR . '/iop-widgets' ) ? 'ok' : 'not ok' )
	. " - deleting the plugin runs uninstall.php, which removes its option\n";
