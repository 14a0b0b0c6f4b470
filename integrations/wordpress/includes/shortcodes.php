<?php
/**
 * One shortcode per widget, named like its element: [iop-services-list include="…"].
 * Attribute names are the element's (kebab-case: heading-level, program-name).
 *
 * Pasted shortcodes often arrive with curly quotes (from word processors, the classic
 * editor, or wptexturize, which curls quotes in a shortcode whose attributes contain
 * `[` or `]`), and WordPress ends a shortcode at the first `]`, which cuts JSON `items`
 * in half. So before WordPress reads them (the_content, priority 8, ahead of blocks,
 * wptexturize and do_shortcode), this plugin reads its own shortcodes with a tolerant
 * parser and rewrites them with their values packed in one safe attribute.
 *
 * @package IopWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers a shortcode per widget tag.
 */
function iop_widgets_register_shortcodes() {
	foreach ( iop_widgets_definitions() as $definition ) {
		add_shortcode( $definition['tag'], 'iop_widgets_shortcode' );
	}
	add_filter( 'pre_do_shortcode_tag', 'iop_widgets_pre_do_shortcode_tag', 10, 4 );
}

/**
 * The shortcode tags this plugin owns.
 *
 * @return array<string, string> tag => block slug.
 */
function iop_widgets_shortcode_tags() {
	$tags = array();
	foreach ( iop_widgets_definitions() as $slug => $definition ) {
		$tags[ $definition['tag'] ] = $slug;
	}
	return $tags;
}

/**
 * Rewrites this plugin's shortcodes in content to `[tag iop-packed="…"]` (base64url JSON of
 * the attributes, read with the tolerant parser) so that nothing later mangles them.
 *
 * @param string $content Content.
 * @return string
 */
function iop_widgets_prepare_shortcodes( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '[' ) ) {
		return $content;
	}
	$tags = array_map( 'preg_quote', array_keys( iop_widgets_shortcode_tags() ) );
	// Up to the first `]` that does not close JSON inside a quoted value.
	$pattern = '/(?<!\[)\[(' . implode( '|', $tags ) . ')(?![\w-])(.*?)\](?![\]"\'\x{201C}\x{201D}\x{2018}\x{2019}\x{2033}]|&#|&quot;|&[lr][sd]quo;)/su';
	return preg_replace_callback(
		$pattern,
		static function ( $match ) {
			$attributes = iop_widgets_parse_shortcode_text( $match[2] );
			return '[' . $match[1] . ' iop-packed="' . iop_widgets_pack( $attributes ) . '"]';
		},
		$content
	);
}

/**
 * Base64url JSON: letters, digits, `-` and `_` only.
 *
 * @param array $attributes Attributes.
 * @return string
 */
function iop_widgets_pack( array $attributes ) {
	return rtrim( strtr( base64_encode( (string) wp_json_encode( $attributes ) ), '+/', '-_' ), '=' );
}

/**
 * Reverses iop_widgets_pack().
 *
 * @param string $packed Packed text.
 * @return array
 */
function iop_widgets_unpack( $packed ) {
	$json    = base64_decode( strtr( (string) $packed, '-_', '+/' ), true );
	$decoded = is_string( $json ) ? json_decode( $json, true ) : null;
	return is_array( $decoded ) ? $decoded : array();
}

/**
 * For shortcodes run without the_content (page builders calling do_shortcode): reads
 * the raw attribute text with the tolerant parser instead of WordPress's.
 *
 * @param false|string $output  Short-circuit output.
 * @param string       $tag     Shortcode tag.
 * @param array|string $attr    Attributes as WordPress parsed them.
 * @param array        $matches The regex match; [3] is the raw attribute text.
 * @return false|string
 */
function iop_widgets_pre_do_shortcode_tag( $output, $tag, $attr, $matches ) {
	$tags = iop_widgets_shortcode_tags();
	if ( false !== $output || ! isset( $tags[ $tag ] ) || ! isset( $matches[3] ) ) {
		return $output;
	}
	return iop_widgets_render_shortcode( $tag, iop_widgets_parse_shortcode_text( $matches[3] ) );
}

/**
 * Shortcode callback (used when the pre_do_shortcode_tag filter is bypassed).
 *
 * @param array|string $atts Attributes.
 * @param string|null  $content Ignored.
 * @param string       $tag  Tag.
 * @return string
 */
function iop_widgets_shortcode( $atts, $content = null, $tag = '' ) {
	$atts = is_array( $atts ) ? $atts : array();
	$flat = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$flat[ strtolower( (string) $value ) ] = '';
		} else {
			$flat[ strtolower( $key ) ] = is_string( $value ) ? html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) : $value;
		}
	}
	return iop_widgets_render_shortcode( $tag, $flat );
}

/**
 * Renders a shortcode from kebab-case attributes (or a packed set).
 *
 * @param string $tag        Tag.
 * @param array  $attributes kebab-case name => value.
 * @return string
 */
function iop_widgets_render_shortcode( $tag, array $attributes ) {
	$tags = iop_widgets_shortcode_tags();
	if ( ! isset( $tags[ $tag ] ) ) {
		return '';
	}
	if ( isset( $attributes['iop-packed'] ) ) {
		$attributes = iop_widgets_unpack( $attributes['iop-packed'] );
	}
	$slug        = $tags[ $tag ];
	$definitions = iop_widgets_definitions();
	$values      = array();
	foreach ( array_keys( $definitions[ $slug ]['attributes'] ) as $name ) {
		$html = iop_widgets_kebab( $name );
		if ( array_key_exists( $html, $attributes ) ) {
			$values[ $name ] = $attributes[ $html ];
		}
	}
	return iop_widgets_render( $slug, $values, false );
}

/**
 * Reads shortcode attribute text the forgiving way: straight or curly quotes (also as
 * HTML entities), JSON values that contain quotes and brackets, bare flags.
 *
 * @param string $text Everything between the tag name and the closing `]`.
 * @return array<string, string> lower-case name => value.
 */
function iop_widgets_parse_shortcode_text( $text ) {
	$text = html_entity_decode( (string) $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	$text = str_replace( "\u{00A0}", ' ', $text );
	$text = preg_replace( '#/\s*$#', '', $text );
	// Curly or prime double quotes become straight; so do curly single quotes used as delimiters.
	$text = str_replace( array( "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{FF02}" ), '"', $text );
	$text = preg_replace( "/(=\s*)[\u{2018}\u{2019}\u{2032}]|[\u{2018}\u{2019}\u{2032}](?=\s|$)/u", "\$1'", $text );

	$attributes = array();
	$length     = strlen( $text );
	$i          = 0;
	while ( $i < $length ) {
		if ( ctype_space( $text[ $i ] ) ) {
			++$i;
			continue;
		}
		if ( ! preg_match( '/\G([A-Za-z0-9_-]+)\s*(=\s*)?/', $text, $m, 0, $i ) ) {
			++$i; // Skip a stray character.
			continue;
		}
		$name = strtolower( $m[1] );
		$i   += strlen( $m[0] );
		if ( empty( $m[2] ) ) {
			$attributes[ $name ] = '';
			continue;
		}
		$quote = $i < $length && ( '"' === $text[ $i ] || "'" === $text[ $i ] ) ? $text[ $i ] : '';
		$start = $quote ? $i + 1 : $i;
		$end   = iop_widgets_value_end( $text, $start, $quote );
		$attributes[ $name ] = trim( substr( $text, $start, $end - $start ) );
		$i                   = $quote && $end < $length ? $end + 1 : $end;
	}
	return $attributes;
}

/**
 * Where a value ends. A value that starts with `{` or `[` is read as JSON (brackets
 * balanced, strings skipped), so the quotes inside it do not end it.
 *
 * @param string $text  Text.
 * @param int    $start Start of the value.
 * @param string $quote The opening quote, or '' for an unquoted value.
 * @return int Offset just past the value.
 */
function iop_widgets_value_end( $text, $start, $quote ) {
	$length = strlen( $text );
	$i      = $start;
	while ( $i < $length && ctype_space( $text[ $i ] ) ) {
		++$i;
	}
	if ( $i < $length && ( '{' === $text[ $i ] || '[' === $text[ $i ] ) ) {
		$depth     = 0;
		$in_string = false;
		for ( ; $i < $length; $i++ ) {
			$c = $text[ $i ];
			if ( $in_string ) {
				if ( '\\' === $c ) {
					++$i;
				} elseif ( '"' === $c ) {
					$in_string = false;
				}
				continue;
			}
			if ( '"' === $c ) {
				$in_string = true;
			} elseif ( '{' === $c || '[' === $c ) {
				++$depth;
			} elseif ( '}' === $c || ']' === $c ) {
				--$depth;
				if ( 0 === $depth ) {
					$i++;
					// Objects separated by commas without outer brackets: keep going.
					if ( preg_match( '/\G\s*,\s*\{/', $text, $m, 0, $i ) ) {
						$i += strlen( $m[0] ) - 1;
						--$i;
						continue;
					}
					break;
				}
			}
		}
		if ( $quote ) {
			$close = strpos( $text, $quote, $i );
			return false === $close ? $length : $close;
		}
		return $i;
	}
	if ( '' === $quote ) {
		return preg_match( '/\s/', $text, $m, PREG_OFFSET_CAPTURE, $start ) ? $m[0][1] : $length;
	}
	// A closing quote is followed by whitespace or the end, so apostrophes inside stay.
	if ( preg_match( '/' . preg_quote( $quote, '/' ) . '(?=\s|$)/', $text, $m, PREG_OFFSET_CAPTURE, $start ) ) {
		return $m[0][1];
	}
	return $length;
}
