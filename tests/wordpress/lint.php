<?php
/**
 * WordPress coding-standard basics for the plugin, checked with PHP's tokenizer
 * (Debian ships phpcs but not the WordPress standards): output escaping, no raw
 * request input, nonces and capability checks on the settings page, sanitizing,
 * direct-access guards, and no remote calls or tracking.
 * Usage: php lint.php <plugin dir>. Prints `ok - …` / `not ok - …` lines.
 */

$dir   = rtrim( $argv[1], '/' );
$files = array();
$it    = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $dir, FilesystemIterator::SKIP_DOTS ) );
foreach ( $it as $file ) {
	if ( preg_match( '/\.php$/', $file->getFilename() ) && false === strpos( $file->getPathname(), '/bundle/' ) ) {
		$files[] = $file->getPathname();
	}
}
sort( $files );

function report( $ok, $name, $details = array() ) {
	echo ( $ok ? 'ok - ' : 'not ok - ' ) . $name . "\n";
	foreach ( $details as $line ) {
		echo "    $line\n";
	}
}

// Functions whose result is safe to print.
$escapers = array( 'esc_html', 'esc_attr', 'esc_url', 'esc_html__', 'esc_attr__', 'esc_html_e', 'esc_attr_e', 'wp_kses', 'wp_kses_post', 'checked', 'selected', 'absint', 'intval', 'wp_json_encode' );
$unescaped = array();
$raw_input = array();
$remote    = array();
$guards    = array();
$all       = '';

foreach ( $files as $path ) {
	$code   = file_get_contents( $path );
	$all   .= $code;
	$rel    = substr( $path, strlen( $dir ) + 1 );
	$tokens = array_values( array_filter( token_get_all( $code ), static function ( $t ) {
		return ! is_array( $t ) || ! in_array( $t[0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT ), true );
	} ) );
	$count = count( $tokens );
	for ( $i = 0; $i < $count; $i++ ) {
		$t = $tokens[ $i ];
		if ( ! is_array( $t ) ) {
			continue;
		}
		$text = strtolower( $t[1] );
		$line = $t[2];
		// echo / print / printf / vprintf: every printed expression is a literal or an escaper call.
		$is_printf = T_STRING === $t[0] && in_array( $text, array( 'printf', 'vprintf', '_e', '_ex' ), true );
		if ( T_ECHO === $t[0] || T_PRINT === $t[0] || $is_printf ) {
			if ( in_array( $text, array( '_e', '_ex' ), true ) ) {
				$unescaped[] = "$rel:$line $text() prints untranslated-safe text unescaped; use esc_html_e()";
				continue;
			}
			$j     = $is_printf ? $i + 2 : $i + 1; // After printf skip "(".
			$depth = 0;
			$part  = 0; // 0: first argument of printf (the format) may be a literal.
			$expect_start = true;
			for ( ; $j < $count; $j++ ) {
				$u = $tokens[ $j ];
				$s = is_array( $u ) ? $u[1] : $u;
				if ( 0 === $depth && ( ';' === $s || ( $is_printf && ')' === $s ) ) ) {
					break;
				}
				if ( '(' === $s || '[' === $s ) {
					$depth++;
					continue;
				}
				if ( ')' === $s || ']' === $s ) {
					$depth--;
					continue;
				}
				if ( 0 !== $depth ) {
					continue;
				}
				if ( '.' === $s || ',' === $s ) {
					$expect_start = true;
					continue;
				}
				if ( $expect_start ) {
					$expect_start = false;
					$ok = is_array( $u ) && (
						T_CONSTANT_ENCAPSED_STRING === $u[0]
						|| ( T_STRING === $u[0] && in_array( strtolower( $u[1] ), $escapers, true ) )
					);
					if ( ! $ok ) {
						$unescaped[] = "$rel:$line prints `" . trim( $s ) . '…` without escaping';
					}
				}
			}
		}
		if ( T_VARIABLE === $t[0] && in_array( $t[1], array( '$_GET', '$_POST', '$_REQUEST', '$_COOKIE', '$_SERVER', '$_FILES' ), true ) ) {
			$raw_input[] = "$rel:$line reads {$t[1]} directly";
		}
		if ( T_STRING === $t[0] && preg_match( '/^(wp_remote_|wp_safe_remote_|curl_|fsockopen|file_get_contents$|setcookie$|wp_mail$)/', $text ) && ! ( 'file_get_contents' === $text && false ) ) {
			$remote[] = "$rel:$line calls {$t[1]}()";
		}
	}
	// Every file refuses direct access.
	$guard = 'uninstall.php' === $rel ? "defined( 'WP_UNINSTALL_PLUGIN' )" : "defined( 'ABSPATH' )";
	if ( false === strpos( $code, $guard ) ) {
		$guards[] = "$rel has no $guard guard";
	}
}

report( ! $unescaped, 'escaping: every echo/print/printf prints a literal or an esc_*()/wp_kses() result (' . count( $files ) . ' files)', $unescaped );
report( ! $raw_input, 'no direct $_GET/$_POST/$_REQUEST/$_COOKIE/$_SERVER reads (the Settings API handles the form)', $raw_input );
report( ! $remote, 'no remote calls, cookies or mail (no tracking)', $remote );
report( ! $guards, 'every PHP file refuses direct access (ABSPATH / WP_UNINSTALL_PLUGIN)', $guards );
report( (bool) preg_match( "/register_setting\(\s*'iop_widgets',\s*'iop_widgets_options',\s*array\([^;]*'sanitize_callback'\s*=>\s*'iop_widgets_sanitize_options'/s", $all ), 'the setting has a sanitize callback (register_setting)' );
report( false !== strpos( $all, "settings_fields( 'iop_widgets' )" ), 'the settings form carries a nonce (settings_fields) and posts to options.php' );
report( (bool) preg_match( "/add_options_page\([^;]*'manage_options'/s", $all ) && false !== strpos( $all, "current_user_can( 'manage_options' )" ), 'the settings page requires manage_options (menu and page)' );
preg_match_all( "/(?:get|update|add|delete)_option\(\s*'([a-z_]+)'/", $all, $m );
$options = array_values( array_unique( $m[1] ) );
report( array( 'iop_widgets_options' ) === $options, 'the plugin stores one option, iop_widgets_options (found: ' . implode( ', ', $options ) . ')' );
report( false !== strpos( $all, "delete_option( 'iop_widgets_options' )" ), 'uninstall.php deletes the option' );
