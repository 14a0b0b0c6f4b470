<?php
/**
 * Server-side output of a widget: the custom element with its attributes, escaped.
 * The browser bundle (served from this plugin's folder) renders the content.
 *
 * @package IopWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Renders one widget as its custom element.
 *
 * @param string $slug       Block slug, e.g. services-list.
 * @param array  $values     Attribute values keyed by block attribute name (camelCase).
 * @param bool   $is_block   Whether this is a block (adds the block wrapper classes).
 * @return string HTML.
 */
function iop_widgets_render( $slug, array $values, $is_block = false ) {
	$definitions = iop_widgets_definitions();
	if ( ! isset( $definitions[ $slug ] ) ) {
		return '';
	}
	$definition  = $definitions[ $slug ];
	$tag         = $definition['tag'];
	$values      = iop_widgets_apply_site_defaults( $slug, $values );
	$attributes  = array();
	$description = '';

	foreach ( $definition['attributes'] as $name => $schema ) {
		if ( ! array_key_exists( $name, $values ) ) {
			continue;
		}
		$raw  = $values[ $name ];
		$html = iop_widgets_kebab( $name );
		$type = isset( $schema['type'] ) ? $schema['type'] : 'string';

		if ( 'description' === $name ) {
			$description = iop_widgets_clean_text( $raw, 1000 );
		} elseif ( 'boolean' === $type ) {
			if ( iop_widgets_truthy( $raw ) ) {
				$attributes[ $html ] = true;
			}
		} elseif ( 'integer' === $type ) {
			if ( is_numeric( $raw ) && (int) $raw > 0 ) {
				$attributes[ $html ] = (string) (int) $raw;
			}
		} elseif ( 'items' === $name ) {
			$items = iop_widgets_items_attribute( $raw );
			if ( '' !== $items ) {
				$attributes[ $html ] = $items;
			}
		} elseif ( 'array' === $type ) {
			$ids = iop_widgets_parse_ids( $raw );
			if ( $ids ) {
				$attributes[ $html ] = implode( ' ', $ids );
			}
		} elseif ( preg_match( '/(^url|Url)$/', $name ) ) {
			$url = esc_url_raw( iop_widgets_clean_text( $raw, 2000 ), array( 'http', 'https' ) );
			if ( '' !== $url ) {
				$attributes[ $html ] = $url;
			}
		} else {
			$text = iop_widgets_clean_text( $raw, 500 );
			if ( '' !== $text ) {
				$attributes[ $html ] = $text;
			}
		}
	}

	$out = '<' . $tag;
	if ( $is_block && class_exists( 'WP_Block_Supports' ) && ! empty( WP_Block_Supports::$block_to_render ) ) {
		$out .= ' ' . get_block_wrapper_attributes();
	}
	foreach ( $attributes as $name => $value ) {
		$out .= true === $value ? ' ' . esc_attr( $name ) : ' ' . esc_attr( $name ) . '="' . esc_attr( $value ) . '"';
	}
	$out .= '>';
	if ( '' !== $description && 'iop-program-card' === $tag ) {
		$out .= '<p>' . esc_html( $description ) . '</p>';
	}
	$out .= '</' . $tag . '>';
	$out .= iop_widgets_noscript_fallback( $attributes );

	iop_widgets_enqueue_assets();
	return $out;
}

/**
 * Fills empty phone, hours and program name from the settings page.
 *
 * @param string $slug   Block slug.
 * @param array  $values Attribute values.
 * @return array
 */
function iop_widgets_apply_site_defaults( $slug, array $values ) {
	$map = iop_widgets_site_default_map();
	if ( empty( $map[ $slug ] ) ) {
		return $values;
	}
	$options = iop_widgets_get_options();
	foreach ( $map[ $slug ] as $attribute => $setting ) {
		$current = isset( $values[ $attribute ] ) ? trim( (string) $values[ $attribute ] ) : '';
		if ( '' !== $current || '' === $options[ $setting ] ) {
			continue;
		}
		// Hours without a phone would only be a warning in the widget.
		if ( 'hours' === $attribute && empty( $values['phone'] ) ) {
			continue;
		}
		$values[ $attribute ] = $options[ $setting ];
	}
	return $values;
}

/**
 * Plain text for an attribute: valid UTF-8, no control characters, one line, at most $max characters.
 * Markup stays visible text (the widgets render text as text; it is escaped on output).
 *
 * @param mixed $value Input.
 * @param int   $max   Maximum length in characters.
 * @return string
 */
function iop_widgets_clean_text( $value, $max ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$text = wp_check_invalid_utf8( (string) $value );
	$text = preg_replace( '/[\x00-\x1F\x7F]+/u', ' ', $text );
	$text = trim( preg_replace( '/\s+/u', ' ', $text ) );
	return function_exists( 'mb_substr' ) ? mb_substr( $text, 0, $max ) : substr( $text, 0, $max );
}

/**
 * Whether a block or shortcode value means "on".
 *
 * @param mixed $value true, "1", "true", "yes", "on" or "" (a bare shortcode flag).
 * @return bool
 */
function iop_widgets_truthy( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', 'yes', 'on' ), true );
}

/**
 * Ids from an array or a space/comma separated string. Unknown ids are kept, so
 * the widget itself warns about them in the console.
 *
 * @param mixed $value Array or string.
 * @return string[]
 */
function iop_widgets_parse_ids( $value ) {
	if ( is_string( $value ) ) {
		$value = preg_split( '/[\s,]+/', $value, -1, PREG_SPLIT_NO_EMPTY );
	}
	if ( ! is_array( $value ) ) {
		return array();
	}
	$ids = array();
	foreach ( $value as $id ) {
		if ( is_string( $id ) && preg_match( '/^[a-z0-9][a-z0-9-]{0,40}$/', strtolower( $id ) ) ) {
			$ids[] = strtolower( $id );
		}
	}
	return array_values( array_unique( $ids ) );
}

/**
 * The `items` attribute: the clinic's own entries as JSON built with wp_json_encode.
 * Accepts an array (block) or JSON text (shortcode), also with curly quotes, HTML
 * entities or without the outer square brackets (WordPress ends a shortcode at the first `]`).
 * Text that is not JSON at all is passed on as text, so the widget warns about it.
 *
 * @param mixed $value Array or string.
 * @return string JSON or the text as typed; '' when there is nothing.
 */
function iop_widgets_items_attribute( $value ) {
	if ( is_string( $value ) ) {
		$text = trim( $value );
		if ( '' === $text ) {
			return '';
		}
		$decoded = iop_widgets_decode_items_json( $text );
		if ( null === $decoded ) {
			return iop_widgets_clean_text( $text, 5000 );
		}
		$value = $decoded;
	}
	if ( ! is_array( $value ) ) {
		return '';
	}
	$items = array();
	foreach ( $value as $entry ) {
		if ( is_object( $entry ) ) {
			$entry = (array) $entry;
		}
		if ( ! is_array( $entry ) ) {
			continue;
		}
		$label = iop_widgets_clean_text( isset( $entry['label'] ) ? $entry['label'] : '', 500 );
		if ( '' === $label ) {
			continue;
		}
		$item        = array( 'label' => $label );
		$description = iop_widgets_clean_text( isset( $entry['description'] ) ? $entry['description'] : '', 500 );
		if ( '' !== $description ) {
			$item['description'] = $description;
		}
		$items[] = $item;
	}
	return $items ? (string) wp_json_encode( array_slice( $items, 0, 50 ) ) : '';
}

/**
 * Decodes JSON items typed by a person: straight or curly quotes, with or without [ ].
 *
 * @param string $text Text.
 * @return array|null A list of entries, or null when it is not JSON.
 */
function iop_widgets_decode_items_json( $text ) {
	$text       = trim( html_entity_decode( $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	$curly      = array( "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{FF02}" );
	$candidates = array( $text, str_replace( $curly, '"', $text ) );
	foreach ( $candidates as $candidate ) {
		if ( '{' === substr( $candidate, 0, 1 ) ) {
			$candidate = '[' . $candidate . ']';
		}
		$decoded = json_decode( $candidate, true );
		if ( is_array( $decoded ) ) {
			return $decoded;
		}
	}
	return null;
}

/**
 * A tap-to-call line for readers without JavaScript, when the widget has a phone.
 * Only the clinic's own words (label or number), so nothing needs translating here.
 *
 * @param array $attributes Element attributes.
 * @return string
 */
function iop_widgets_noscript_fallback( array $attributes ) {
	if ( empty( $attributes['phone'] ) || true === $attributes['phone'] ) {
		return '';
	}
	$phone  = $attributes['phone'];
	$digits = preg_replace( '/[^0-9+]/', '', strtr( strtoupper( $phone ), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '22233344455566677778889999' ) );
	if ( strlen( $digits ) < 3 ) {
		return '';
	}
	$text = ! empty( $attributes['label'] ) && true !== $attributes['label'] ? $attributes['label'] . ': ' . $phone : $phone;
	return '<noscript><p class="iop-widgets-noscript"><a href="' . esc_attr( 'tel:' . $digits ) . '">' . esc_html( $text ) . '</a></p></noscript>';
}
