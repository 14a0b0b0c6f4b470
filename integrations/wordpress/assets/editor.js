/**
 * IOP Widgets: block editor controls, written without a build step (WordPress globals).
 * Each block's attributes, title and icon come from its block.json (registered on the
 * server); this adds the settings sidebar and a live preview of the real widget
 * (ServerSideRender output, upgraded by the widgets bundle loaded in the editor).
 */
(function (wp, config) {
	'use strict';
	if (!wp || !wp.blocks || !config) {
		return;
	}
	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var components = wp.components;
	var blockEditor = wp.blockEditor;
	var ServerSideRender = wp.serverSideRender;
	var labels = config.labels;

	function humanize(id) {
		var text = String(id).replace(/-/g, ' ');
		return text.charAt(0).toUpperCase() + text.slice(1);
	}

	function labelFor(blockName, name) {
		if (name === 'hours' && blockName === 'iop-widgets/schedule') {
			return labels.scheduleHours;
		}
		return labels[name] || humanize(name);
	}

	/** Repeatable title + description fields for the `items` attribute. */
	function ItemsControl(props) {
		var items = Array.isArray(props.value) ? props.value : [];
		function update(index, key, text) {
			var next = items.map(function (item, i) {
				if (i !== index) {
					return item;
				}
				var copy = {label: item.label || '', description: item.description || ''};
				copy[key] = text;
				return copy;
			});
			props.onChange(next);
		}
		return el(
			'fieldset',
			{className: 'iop-widgets-items'},
			el('legend', null, labels.items),
			items.map(function (item, index) {
				return el(
					'div',
					{key: index, className: 'iop-widgets-item'},
					el(components.TextControl, {
						label: labels.itemLabel + ' ' + (index + 1),
						value: item.label || '',
						onChange: function (text) { update(index, 'label', text); },
					}),
					el(components.TextareaControl, {
						label: labels.itemDescription + ' ' + (index + 1),
						value: item.description || '',
						onChange: function (text) { update(index, 'description', text); },
					}),
					el(components.Button, {
						variant: 'secondary',
						isDestructive: true,
						onClick: function () {
							props.onChange(items.filter(function (_item, i) { return i !== index; }));
						},
					}, labels.removeItem)
				);
			}),
			el(components.Button, {
				variant: 'secondary',
				onClick: function () { props.onChange(items.concat([{label: '', description: ''}])); },
			}, labels.addItem)
		);
	}

	/** A pick list: one checkbox per id, in the widget's own order. */
	function PickList(props) {
		var chosen = Array.isArray(props.value) ? props.value : [];
		return el(
			'fieldset',
			{className: 'iop-widgets-pick'},
			el('legend', null, props.label),
			props.options.map(function (id) {
				return el(components.CheckboxControl, {
					key: id,
					label: humanize(id),
					checked: chosen.indexOf(id) !== -1,
					onChange: function (on) {
						var next = props.options.filter(function (option) {
							return option === id ? on : chosen.indexOf(option) !== -1;
						});
						props.onChange(next);
					},
				});
			})
		);
	}

	function control(blockName, name, schema, attributes, setAttributes) {
		var value = attributes[name];
		var set = function (next) {
			var change = {};
			change[name] = next;
			setAttributes(change);
		};
		var label = labelFor(blockName, name);
		if (name === 'headingLevel') {
			return el(components.SelectControl, {
				key: name,
				label: label,
				value: String(value || 2),
				options: [2, 3, 4, 5, 6].map(function (n) { return {label: 'H' + n, value: String(n)}; }),
				onChange: function (next) { set(parseInt(next, 10)); },
			});
		}
		if (name === 'items') {
			return el(ItemsControl, {key: name, value: value, onChange: set});
		}
		if (schema.type === 'array') {
			return el(PickList, {key: name, label: label, options: (schema.items && schema.items.enum) || [], value: value, onChange: set});
		}
		if (schema.type === 'boolean') {
			return el(components.ToggleControl, {key: name, label: label, checked: !!value, onChange: set});
		}
		if (name === 'description') {
			return el(components.TextareaControl, {key: name, label: label, value: value || '', onChange: set});
		}
		return el(components.TextControl, {
			key: name,
			label: label,
			value: value || '',
			type: /url$/i.test(name) ? 'url' : name === 'phone' ? 'tel' : 'text',
			onChange: set,
		});
	}

	config.blocks.forEach(function (name) {
		wp.blocks.registerBlockType(name, {
			edit: function (props) {
				var blockType = wp.blocks.getBlockType(name);
				var schema = blockType.attributes;
				var controls = Object.keys(schema)
					.filter(function (key) { return !/^(lock|className|align|style)$/.test(key); })
					.map(function (key) { return control(name, key, schema[key], props.attributes, props.setAttributes); });
				return el(
					Fragment,
					null,
					el(blockEditor.InspectorControls, null,
						el(components.PanelBody, {title: labels.settings, initialOpen: true}, controls)),
					el('div', blockEditor.useBlockProps(),
						el(ServerSideRender, {block: name, attributes: props.attributes}))
				);
			},
			save: function () {
				return null;
			},
		});
	});
})(window.wp, window.iopWidgetsEditor);
