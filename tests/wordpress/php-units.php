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
