/** What the page generator (Node, at build time) needs from the builder's modules. */
export {controlsFor} from './controls.js';
export {snippet, snippetForms, markup} from './snippets.js';
export {attributesFromControls} from './state.js';
