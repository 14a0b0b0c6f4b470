<?php
/**
 * Server-side checks in the running WordPress (plugin active): shortcodes run outside
 * the_content (as page builders do, through do_shortcode), and escaping of block output.
 * Usage: php php-units.php <wordpress dir>. Prints `ok - …` / `not ok - …` lines.
 */

$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require $argv[1] . '/wp-load.php';

function check( $ok, $name, $detail = '' ) {
	echo ( $ok ? 'ok - ' : 'not ok - ' ) . $name . "\n";
	if ( ! $ok && '' !== $detail ) {
		echo '    ' . $detail . "\n";
	}
}

// A widget rendered after the head (a classic theme's content or sidebar): the script is
// enqueued then, and the page switches are printed before the footer scripts.
check( ! wp_script_is( 'iop-widgets', 'enqueued' ), 'nothing is enqueued before a widget renders' );
do_shortcode( '[iop-overview]' );
ob_start();
do_action( 'wp_footer' );
$footer   = ob_get_clean();
$meta_at  = strpos( $footer, '<meta name="iop-widgets-disclaimer" content="off">' );
$script_at = strpos( $footer, 'plugins/iop-widgets/bundle/iop-widgets.js' );
check( false !== $meta_at && false !== strpos( $footer, '<meta name="iop-widgets-translations" content="reviewed-only">' ) && false !== $script_at && $meta_at < $script_at
	&& 1 === preg_match( '#<script type="module" src=[\'"][^\'"]*plugins/iop-widgets/bundle/iop-widgets\.js#', $footer ),
	'late widgets: the page switches (saved in the browser) and the module script are printed in the footer, switches first', $footer );
$tag = iop_widgets_module_script_tag( "<script type='text/javascript' src='https://example.org/x.js' id='iop-widgets-js'></script>\n", 'iop-widgets' );
check( "<script type=\"module\" src='https://example.org/x.js' id='iop-widgets-js'></script>\n" === $tag, 'themes without HTML5 script support: type="text/javascript" becomes type="module"', $tag );

$out = do_shortcode( '[iop-helpline phone=“(555) 010-1234” label=“Llame a Cedar”]' );
check( false !== strpos( $out, 'phone="(555) 010-1234"' ) && false !== strpos( $out, 'label="Llame a Cedar"' ),
	'do_shortcode (page builders): curly-quoted attributes are read', $out );

$out = do_shortcode( '[iop-benefits items=”{“label”: “Grupos”, “description”: “Por la tarde”}, {“label”: “Familia”}”]' );
$expected = esc_attr( wp_json_encode( array( array( 'label' => 'Grupos', 'description' => 'Por la tarde' ), array( 'label' => 'Familia' ) ) ) );
check( false !== strpos( $out, 'items="' . $expected . '"' ), 'do_shortcode: curly-quoted items without [ ] become JSON built with wp_json_encode', $out );

$out = do_shortcode( '[iop-helpline phone="555 010 1234" label=\'"><script>alert(1)</script>\' hours="<b>9-5</b>"]' );
check( false === stripos( $out, '<script' ) && false === stripos( $out, '<b>' ) && false !== strpos( $out, 'label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' ),
	'do_shortcode: markup in attribute values is escaped (esc_attr)', $out );

$out = render_block(
	array(
		'blockName'    => 'iop-widgets/program-card',
		'attrs'        => array(
			'name'        => 'Cedar "Grove" <em>',
			'url'         => 'javascript:alert(1)',
			'description' => '<img src=x onerror=alert(1)>',
			'headingLevel' => 9,
		),
		'innerBlocks'  => array(),
		'innerHTML'    => '',
		'innerContent' => array(),
	)
);
check( false === stripos( $out, '<img' ) && false === stripos( $out, 'javascript:' ) && false !== strpos( $out, 'name="Cedar &quot;Grove&quot; &lt;em&gt;"' )
	&& false !== strpos( $out, '<p>&lt;img src=x onerror=alert(1)&gt;</p>' ) && false !== strpos( $out, 'heading-level="9"' ),
	'block output: text escaped, javascript: URL dropped, heading level passed to the widget (which clamps it)', $out );

$out = do_shortcode( '[iop-services-list include="goal-setting, <script>, Coping-Skills" items="not json"]' );
check( false !== strpos( $out, 'include="goal-setting coping-skills"' ) && false !== strpos( $out, 'items="not json"' ),
	'do_shortcode: ids are reduced to safe tokens; text that is not JSON reaches the widget (which warns once)', $out );
