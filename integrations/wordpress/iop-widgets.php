<?php
/**
 * Plugin Name:       IOP Widgets
 * Description:       Accessible, translated blocks and shortcodes that explain intensive outpatient programs (IOPs) for substance use disorder treatment. No tracking, no remote calls.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            iop-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       iop-widgets
 *
 * @package IopWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'IOP_WIDGETS_VERSION', '0.1.0' );
define( 'IOP_WIDGETS_FILE', __FILE__ );
define( 'IOP_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'iop_widgets_register_assets', 5 );
add_action( 'init', 'iop_widgets_register_blocks' );
add_action( 'init', 'iop_widgets_register_shortcodes' );
add_action( 'init', 'iop_widgets_register_settings' );
add_action( 'admin_init', 'iop_widgets_register_settings_fields' );
add_action( 'admin_menu', 'iop_widgets_add_settings_page' );
add_action( 'wp_enqueue_scripts', 'iop_widgets_enqueue_for_current_post' );
add_action( 'enqueue_block_editor_assets', 'iop_widgets_enqueue_editor_assets' );
add_action( 'wp_head', 'iop_widgets_print_page_switches', 1 );
add_action( 'wp_footer', 'iop_widgets_print_page_switches', 1 );
add_filter( 'script_loader_tag', 'iop_widgets_module_script_tag', 10, 2 );
add_filter( 'the_content', 'iop_widgets_prepare_shortcodes', 8 );
add_filter( 'widget_text_content', 'iop_widgets_prepare_shortcodes', 8 );
add_filter( 'widget_block_content', 'iop_widgets_prepare_shortcodes', 8 );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'iop_widgets_action_links' );
