<?php
/**
 * Installs WordPress (wp_install) in Spanish, then, in a second process, sets the theme,
 * the plugin's settings and creates the test pages (the plugin is uploaded in the browser).
 * Usage: php setup.php <wordpress dir> <zip> <admin password> [plugin]
 * Prints `ok - …` / `not ok - …` lines and `pages=<json>`.
 */

[ , $wp_dir, $zip, $password ] = $argv;
$phase = $argv[4] ?? 'install';
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';

function check( $ok, $name ) {
	echo ( $ok ? 'ok - ' : 'not ok - ' ) . $name . "\n";
}

if ( 'install' === $phase ) {
	define( 'WP_INSTALLING', true );
	require $wp_dir . '/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$result = wp_install( 'Clínica Cedar Grove', 'admin', 'admin@example.org', false, '', wp_slash( $password ), 'es_ES' );
	check( ! empty( $result['user_id'] ), 'WordPress installs (wp_install)' );
	// The admin works in English (docs screenshots); the site itself is Spanish.
	update_user_meta( $result['user_id'], 'locale', 'en_US' );
	update_user_meta( $result['user_id'], 'show_welcome_panel', 0 );
	passthru( escapeshellarg( PHP_BINARY ) . ' ' . escapeshellarg( __FILE__ ) . ' ' . escapeshellarg( $wp_dir ) . ' ' . escapeshellarg( $zip ) . ' x plugin', $code );
	exit( $code );
}

require $wp_dir . '/wp-load.php';
wp_set_current_user( 1 );

check( 'es_ES' === get_locale() && 'es-ES' === get_bloginfo( 'language' ), 'the site locale is es_ES (Debian\'s wordpress-l10n), <html lang> es-ES' );
switch_theme( 'twentytwentythree' );
check( 'twentytwentythree' === get_stylesheet(), 'theme Twenty Twenty-Three' );

// The plugin itself is uploaded and activated in the browser (check.mjs), as a site owner would.

// Site-wide defaults, as saved on the settings page.
update_option(
	'iop_widgets_options',
	array(
		'phone'         => '(555) 010-4477',
		'hours'         => '',
		'program_name'  => 'Cedar Grove Recovery',
		'disclaimer'    => true,
		'reviewed_only' => false,
	)
);

// A site editor's page: blocks, and shortcodes as people paste them.
$widgets = <<<'HTML'
<!-- wp:paragraph -->
<p>Una página de prueba.</p>
<!-- /wp:paragraph -->

<!-- wp:iop-widgets/services-list {"include":["individual-therapy","support-groups"],"items":[{"label":"Coaching entre pares","description":"Un coach en recuperación se reúne contigo."},{"label":"\u003cimg src=x onerror=alert(1)\u003e","description":"\u003cscript\u003ealert(2)\u003c/script\u003e"}]} /-->

<!-- wp:iop-widgets/helpline {"headingLevel":3} /-->

<!-- wp:iop-widgets/program-card {"tracks":["day","evening"],"claims":["licensed","visits"],"description":"Grupos pequeños, cerca del autobús."} /-->

<!-- wp:shortcode -->
[iop-benefits include="stay-with-family keep-working" items=“[{“label”: “Grupos por la tarde”, “description”: “Después del trabajo.”}]”]
<!-- /wp:shortcode -->

<!-- wp:paragraph -->
<p>[iop-faq heading-level=”3” include=”what-is-iop how-long” items='[{"label": "¿Tienen grupos de noche?", "description": "Sí, de lunes a jueves."}]']</p>
<!-- /wp:paragraph -->

<!-- wp:shortcode -->
[iop-helpline phone="(555) 010-9999" label="<img src=x onerror=alert(3)>Llámenos" hours='"><script>alert(4)</script>']
<!-- /wp:shortcode -->
HTML;

$classic = "Texto clásico.\n\n[program-checklist include=\"visit licensed\" items='[{\"label\": \"Pregunte por los horarios\", \"description\": \"Que encajen con su trabajo.\"}]']\n\n[iop-schedule weeks=\"8\" hours=\"9-11\" tracks=\"evening\"]\n\n[iop-services-list include=\"goal-setting\" items='{\"label\": \"Sin corchetes\"}, {\"label\": \"Segundo\", \"description\": \"Dos objetos.\"}']";

$pages = array(
	'widgets' => wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Programa intensivo', 'post_content' => wp_slash( $widgets ) ) ),
	'classic' => wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Página clásica', 'post_content' => wp_slash( $classic ) ) ),
	'plain'   => wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Sin widgets', 'post_content' => '<!-- wp:paragraph --><p>Nada más.</p><!-- /wp:paragraph -->' ) ),
);
check( ! in_array( 0, array_map( 'intval', $pages ), true ), 'test pages created with wp_insert_post' );
echo 'pages=' . json_encode( $pages ) . "\n";
