<?php
/**
 * Settings > IOP Widgets: clinic-wide defaults (Settings API: nonce, capability and
 * sanitizing are handled by options.php and the callbacks below). One option,
 * iop_widgets_options, holds everything this plugin stores; uninstall.php removes it.
 *
 * @package IopWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Default values of the settings.
 *
 * @return array{phone: string, hours: string, program_name: string, disclaimer: bool, reviewed_only: bool}
 */
function iop_widgets_default_options() {
	return array(
		'phone'         => '',
		'hours'         => '',
		'program_name'  => '',
		'disclaimer'    => true,
		'reviewed_only' => false,
	);
}

/**
 * The settings, completed with defaults.
 *
 * @return array
 */
function iop_widgets_get_options() {
	$stored = get_option( 'iop_widgets_options', array() );
	return array_merge( iop_widgets_default_options(), is_array( $stored ) ? array_intersect_key( $stored, iop_widgets_default_options() ) : array() );
}

/**
 * Registers the setting (on init, so it is sanitized wherever it is saved).
 */
function iop_widgets_register_settings() {
	register_setting(
		'iop_widgets',
		'iop_widgets_options',
		array(
			'type'              => 'object',
			'sanitize_callback' => 'iop_widgets_sanitize_options',
			'default'           => iop_widgets_default_options(),
			'show_in_rest'      => false,
		)
	);
}

/**
 * The settings page's sections and fields (admin only).
 */
function iop_widgets_register_settings_fields() {
	add_settings_section( 'iop_widgets_clinic', __( 'Your clinic', 'iop-widgets' ), 'iop_widgets_section_clinic', 'iop-widgets' );
	add_settings_section( 'iop_widgets_page', __( 'On every page with a widget', 'iop-widgets' ), '__return_false', 'iop-widgets' );

	$text_fields = array(
		'phone'        => array( __( 'Phone number', 'iop-widgets' ), __( 'Used by the helpline, program card and guide widgets unless a block sets its own. For example (555) 010-4477.', 'iop-widgets' ) ),
		'hours'        => array( __( 'Hours', 'iop-widgets' ), __( 'When you answer the phone, e.g. Mon–Fri 8 am to 8 pm. Shown as you write it (not translated).', 'iop-widgets' ) ),
		'program_name' => array( __( 'Program name', 'iop-widgets' ), __( 'Your program\'s name, for the program card and guide.', 'iop-widgets' ) ),
	);
	foreach ( $text_fields as $key => $field ) {
		add_settings_field(
			'iop_widgets_' . $key,
			$field[0],
			'iop_widgets_text_field',
			'iop-widgets',
			'iop_widgets_clinic',
			array(
				'key'       => $key,
				'label_for' => 'iop_widgets_' . $key,
				'help'      => $field[1],
			)
		);
	}
	$checkboxes = array(
		'disclaimer'    => array( __( 'Medical advice note', 'iop-widgets' ), __( 'Show the note "educational information, not medical advice" (once per page). Turn off only if your page already says this.', 'iop-widgets' ) ),
		'reviewed_only' => array( __( 'Unreviewed translations', 'iop-widgets' ), __( 'Show English instead of a language whose translation a qualified translator has not reviewed yet.', 'iop-widgets' ) ),
	);
	foreach ( $checkboxes as $key => $field ) {
		add_settings_field(
			'iop_widgets_' . $key,
			$field[0],
			'iop_widgets_checkbox_field',
			'iop-widgets',
			'iop_widgets_page',
			array(
				'key'       => $key,
				'label_for' => 'iop_widgets_' . $key,
				'help'      => $field[1],
			)
		);
	}
}

/**
 * Adds Settings > IOP Widgets for users who can manage options.
 */
function iop_widgets_add_settings_page() {
	add_options_page(
		__( 'IOP Widgets', 'iop-widgets' ),
		__( 'IOP Widgets', 'iop-widgets' ),
		'manage_options',
		'iop-widgets',
		'iop_widgets_render_settings_page'
	);
}

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param string[] $links Links.
 * @return string[]
 */
function iop_widgets_action_links( $links ) {
	$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=iop-widgets' ) ) . '">' . esc_html__( 'Settings', 'iop-widgets' ) . '</a>';
	return $links;
}

/**
 * Section intro.
 */
function iop_widgets_section_clinic() {
	echo '<p>' . esc_html__( 'Defaults for every widget on this site. A block or shortcode that sets its own value wins. Nothing here is sent anywhere: the plugin makes no remote calls and does no tracking.', 'iop-widgets' ) . '</p>';
}

/**
 * A text field.
 *
 * @param array $args key, label_for, help.
 */
function iop_widgets_text_field( $args ) {
	$options = iop_widgets_get_options();
	$key     = $args['key'];
	printf(
		'<input type="text" class="regular-text" id="%1$s" name="%2$s" value="%3$s" aria-describedby="%1$s-help"><p class="description" id="%1$s-help">%4$s</p>',
		esc_attr( $args['label_for'] ),
		esc_attr( 'iop_widgets_options[' . $key . ']' ),
		esc_attr( $options[ $key ] ),
		esc_html( $args['help'] )
	);
}

/**
 * A checkbox.
 *
 * @param array $args key, label_for, help.
 */
function iop_widgets_checkbox_field( $args ) {
	$options = iop_widgets_get_options();
	$key     = $args['key'];
	printf(
		'<input type="hidden" name="%2$s" value="0"><label><input type="checkbox" id="%1$s" name="%2$s" value="1" %3$s> %4$s</label>',
		esc_attr( $args['label_for'] ),
		esc_attr( 'iop_widgets_options[' . $key . ']' ),
		checked( ! empty( $options[ $key ] ), true, false ),
		esc_html( $args['help'] )
	);
}

/**
 * The settings page.
 */
function iop_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'iop-widgets' ), 403 );
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'iop_widgets' ); // Nonce and option group.
	do_settings_sections( 'iop-widgets' );
	submit_button();
	echo '</form></div>';
}

/**
 * Sanitizes the settings. Bad values keep the previous value, with a notice.
 *
 * @param mixed $input Submitted values.
 * @return array
 */
function iop_widgets_sanitize_options( $input ) {
	$previous = iop_widgets_get_options();
	$input    = is_array( $input ) ? $input : array();
	$clean    = iop_widgets_default_options();

	$phone = isset( $input['phone'] ) ? iop_widgets_clean_text( wp_unslash( $input['phone'] ), 40 ) : '';
	if ( '' === $phone || preg_match( '/^(?=(?:\D*\d){3})[0-9A-Za-z +().\/-]{3,40}$/', $phone ) ) {
		$clean['phone'] = $phone;
	} else {
		$clean['phone'] = $previous['phone'];
		add_settings_error( 'iop_widgets_options', 'iop_widgets_phone', __( 'The phone number may use digits, spaces, + - . ( ) / and letters (1-800-662-HELP). It was not changed.', 'iop-widgets' ) );
	}
	$clean['hours']         = isset( $input['hours'] ) ? iop_widgets_clean_text( sanitize_text_field( wp_unslash( $input['hours'] ) ), 120 ) : '';
	$clean['program_name']  = isset( $input['program_name'] ) ? iop_widgets_clean_text( sanitize_text_field( wp_unslash( $input['program_name'] ) ), 120 ) : '';
	$clean['disclaimer']    = ! empty( $input['disclaimer'] ) && '0' !== $input['disclaimer'];
	$clean['reviewed_only'] = ! empty( $input['reviewed_only'] ) && '0' !== $input['reviewed_only'];
	return $clean;
}
