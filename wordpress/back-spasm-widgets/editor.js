/**
 * The blocks' editor: a settings panel for each widget attribute, and the real widget as the
 * preview (rendered by the same PHP as the page). Plain JavaScript: no build step.
 */
( function ( wp, fields ) {
	var el = wp.element.createElement;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var TextControl = wp.components.TextControl;
	var SelectControl = wp.components.SelectControl;
	var ServerSideRender = wp.serverSideRender;

	function control( field, value, onChange ) {
		if ( field.control === 'select' ) {
			return el( SelectControl, {
				key: field.key,
				label: field.label,
				help: field.help,
				value: value,
				options: Object.keys( field.choices ).map( function ( choice ) {
					return { value: choice, label: field.choices[ choice ] };
				} ),
				onChange: onChange,
			} );
		}
		return el( TextControl, {
			key: field.key,
			label: field.label,
			help: field.help,
			type: field.control,
			value: value,
			onChange: onChange,
		} );
	}

	Object.keys( fields ).forEach( function ( tag ) {
		wp.blocks.registerBlockType( 'back-spasm-widgets/' + tag, {
			edit: function ( props ) {
				var panel = el(
					PanelBody,
					{ title: wp.blocks.getBlockType( 'back-spasm-widgets/' + tag ).title },
					fields[ tag ].map( function ( field ) {
						return control( field, props.attributes[ field.key ] || '', function ( value ) {
							var change = {};
							change[ field.key ] = value;
							props.setAttributes( change );
						} );
					} )
				);
				return el(
					'div',
					useBlockProps(),
					el( InspectorControls, null, panel ),
					el( ServerSideRender, {
						block: 'back-spasm-widgets/' + tag,
						attributes: props.attributes,
						httpMethod: 'POST',
					} )
				);
			},
			save: function () {
				return null;
			},
		} );
	} );
} )( window.wp, window.backSpasmWidgetsFields || {} );
