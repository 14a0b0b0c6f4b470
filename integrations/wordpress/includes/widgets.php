<?php
/**
 * The widgets: one block.json per widget is the single list of widgets and their
 * options. Blocks, shortcodes and the editor all read it.
 *
 * @package IopWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Every widget, keyed by block slug (`services-list`): its custom element tag, its
 * block.json attributes and its folder.
 *
 * @return array<string, array{tag: string, attributes: array, dir: string}>
 */
function iop_widgets_definitions() {
	static $definitions = null;
	if ( null !== $definitions ) {
		return $definitions;
	}
	$definitions = array();
	foreach ( glob( IOP_WIDGETS_DIR . '/blocks/*/block.json' ) as $file ) {
		$metadata = wp_json_file_decode( $file, array( 'associative' => true ) );
		if ( ! is_array( $metadata ) || empty( $metadata['attributes'] ) ) {
			continue;
		}
		$slug                 = basename( dirname( $file ) );
		$definitions[ $slug ] = array(
			'tag'        => 'program-checklist' === $slug ? 'program-checklist' : 'iop-' . $slug,
			'attributes' => $metadata['attributes'],
			'dir'        => dirname( $file ),
		);
	}
	return $definitions;
}

/**
 * Which site-wide settings fill which block attribute when the block leaves it empty.
 *
 * @return array<string, array<string, string>> block slug => attribute => setting key.
 */
function iop_widgets_site_default_map() {
	return array(
		'helpline'     => array(
			'phone' => 'phone',
			'hours' => 'hours',
		),
		'program-card' => array(
			'phone' => 'phone',
			'name'  => 'program_name',
		),
		'guide'        => array(
			'phone'       => 'phone',
			'hours'       => 'hours',
			'programName' => 'program_name',
		),
	);
}

/**
 * Registers one block per widget, rendered on the server by iop_widgets_render().
 */
function iop_widgets_register_blocks() {
	foreach ( iop_widgets_definitions() as $slug => $definition ) {
		register_block_type(
			$definition['dir'],
			array(
				'render_callback' => static function ( $attributes ) use ( $slug ) {
					return iop_widgets_render( $slug, is_array( $attributes ) ? $attributes : array(), true );
				},
			)
		);
	}
}

/**
 * Turns a camelCase block attribute name into the element's kebab-case attribute.
 *
 * @param string $name Block attribute name, e.g. headingLevel.
 * @return string HTML attribute name, e.g. heading-level.
 */
function iop_widgets_kebab( $name ) {
	return strtolower( preg_replace( '/([a-z])([A-Z])/', '$1-$2', $name ) );
}
