<?php
/**
 * The library's script-tag bundle, served from this plugin's own folder (bundle/),
 * loaded as a module only on pages that show a widget.
 *
 * @package IopWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the bundle, its optional space-reserving stylesheet and the editor script.
 */
function iop_widgets_register_assets() {
	$base = plugins_url( 'bundle/', IOP_WIDGETS_FILE );
	wp_register_script( 'iop-widgets', $base . 'iop-widgets.js', array(), IOP_WIDGETS_VERSION, false );
	if ( file_exists( IOP_WIDGETS_DIR . '/bundle/iop-widgets.css' ) ) {
		wp_register_style( 'iop-widgets', $base . 'iop-widgets.css', array(), IOP_WIDGETS_VERSION );
	}
	wp_register_script(
		'iop-widgets-editor',
		plugins_url( 'assets/editor.js', IOP_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n' ),
		IOP_WIDGETS_VERSION,
		true
	);
}

/**
 * Enqueues the bundle (and stylesheet). Called when a widget renders; scripts
 * enqueued after the head are printed in the footer.
 */
function iop_widgets_enqueue_assets() {
	if ( is_admin() && ! wp_doing_ajax() ) {
		return;
	}
	wp_enqueue_script( 'iop-widgets' );
	if ( wp_style_is( 'iop-widgets', 'registered' ) ) {
		wp_enqueue_style( 'iop-widgets' );
	}
}

/**
 * In the head already when the page's own content uses a widget (so the stylesheet
 * reserves space before the content is drawn).
 */
function iop_widgets_enqueue_for_current_post() {
	if ( ! is_singular() ) {
		return;
	}
	$post = get_post();
	if ( $post && iop_widgets_content_uses_widgets( $post->post_content ) ) {
		iop_widgets_enqueue_assets();
	}
}

/**
 * Whether content contains one of this plugin's blocks or shortcodes.
 *
 * @param string $content Post content.
 * @return bool
 */
function iop_widgets_content_uses_widgets( $content ) {
	if ( false !== strpos( $content, '<!-- wp:iop-widgets/' ) ) {
		return true;
	}
	foreach ( iop_widgets_definitions() as $definition ) {
		if ( false !== strpos( $content, '[' . $definition['tag'] ) ) {
			return true;
		}
	}
	return false;
}

/**
 * The editor: block controls, plus the bundle itself so previews show the real widgets.
 */
function iop_widgets_enqueue_editor_assets() {
	wp_enqueue_script( 'iop-widgets' );
	if ( wp_style_is( 'iop-widgets', 'registered' ) ) {
		wp_enqueue_style( 'iop-widgets' );
	}
	$labels = array(
		'headingLevel'    => __( 'Heading level', 'iop-widgets' ),
		'include'         => __( 'Show these (none ticked = all)', 'iop-widgets' ),
		'items'           => __( 'Your own entries', 'iop-widgets' ),
		'itemLabel'       => __( 'Title', 'iop-widgets' ),
		'itemDescription' => __( 'Description', 'iop-widgets' ),
		'addItem'         => __( 'Add an entry', 'iop-widgets' ),
		'removeItem'      => __( 'Remove this entry', 'iop-widgets' ),
		'disclaimer'      => __( 'Show the "not medical advice" note', 'iop-widgets' ),
		'hideDisclaimer'  => __( 'Hide the "not medical advice" note', 'iop-widgets' ),
		'phone'           => __( 'Phone (empty: the site default from Settings > IOP Widgets)', 'iop-widgets' ),
		'label'           => __( 'Call button text', 'iop-widgets' ),
		'hours'           => __( 'Hours', 'iop-widgets' ),
		'name'            => __( 'Program name (empty: the site default)', 'iop-widgets' ),
		'programName'     => __( 'Program name (empty: the site default)', 'iop-widgets' ),
		'description'     => __( 'Short description', 'iop-widgets' ),
		'location'        => __( 'Location', 'iop-widgets' ),
		'programLocation' => __( 'Program location', 'iop-widgets' ),
		'url'             => __( 'Program web page', 'iop-widgets' ),
		'programUrl'      => __( 'Program web page', 'iop-widgets' ),
		'tracks'          => __( 'Program times', 'iop-widgets' ),
		'claims'          => __( 'Features (tick only what is true)', 'iop-widgets' ),
		'continuingCare'  => __( 'Continuing care after the program', 'iop-widgets' ),
		'levels'          => __( 'Levels of care to compare', 'iop-widgets' ),
		'sections'        => __( 'Sections (none ticked = all)', 'iop-widgets' ),
		'weeks'           => __( 'Weeks (1-52, empty: 12)', 'iop-widgets' ),
		'scheduleHours'   => __( 'Hours a week (e.g. 9-12, empty: 10-12)', 'iop-widgets' ),
		'locatorUrl'      => __( 'Search link (empty: FindTreatment.gov)', 'iop-widgets' ),
		'locatorLabel'    => __( 'Search link text', 'iop-widgets' ),
		'persist'         => __( 'Keep ticks on the reader\'s device', 'iop-widgets' ),
		'expanded'        => __( 'Open every answer', 'iop-widgets' ),
		'jsonLd'          => __( 'Tell search engines about the questions', 'iop-widgets' ),
		'settings'        => __( 'Widget settings', 'iop-widgets' ),
	);
	$blocks = array();
	foreach ( iop_widgets_definitions() as $slug => $definition ) {
		$blocks[] = 'iop-widgets/' . $slug;
	}
	wp_add_inline_script(
		'iop-widgets-editor',
		'window.iopWidgetsEditor = ' . wp_json_encode(
			array(
				'blocks' => $blocks,
				'labels' => $labels,
			)
		) . ';',
		'before'
	);
}

/**
 * Prints the bundle's script tag as a module (WordPress 6.1 has no module API).
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function iop_widgets_module_script_tag( $tag, $handle ) {
	if ( 'iop-widgets' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script(?=[\s>])/', '<script type="module"', $tag, 1 );
}

/**
 * The page-level switches the bundle reads, printed once, only on pages with a widget:
 * `<meta name="iop-widgets-disclaimer" content="off">` and
 * `<meta name="iop-widgets-translations" content="reviewed-only">`.
 * In the head when the widget is known early, else before the footer scripts.
 */
function iop_widgets_print_page_switches() {
	static $printed = false;
	if ( $printed || ! wp_script_is( 'iop-widgets', 'enqueued' ) ) {
		return;
	}
	$printed = true;
	$options = iop_widgets_get_options();
	if ( ! $options['disclaimer'] ) {
		echo '<meta name="iop-widgets-disclaimer" content="off">' . "\n";
	}
	if ( $options['reviewed_only'] ) {
		echo '<meta name="iop-widgets-translations" content="reviewed-only">' . "\n";
	}
}
