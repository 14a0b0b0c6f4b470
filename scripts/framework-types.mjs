// Framework types, wrappers and editor data, generated from dist/custom-elements.json by
// the custom-element-*-integration generators (and @lit/react wrappers written from the
// same manifest). Run by scripts/build.mjs after the manifest; writes only into dist/.
//
//   dist/react-jsx.d.ts      `import type {} from 'iop-widgets/react-jsx'`: React 19 JSX
//   dist/react/*.js, *.d.ts  `import {IopServicesList} from 'iop-widgets/react'` (@lit/react)
//   dist/vue.d.ts            `import type {} from 'iop-widgets/vue'`: Vue GlobalComponents
//   dist/svelte.d.ts         `import type {} from 'iop-widgets/svelte'`: svelteHTML elements
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json, dist/web-types.json
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {generateJsxTypes} from 'custom-element-jsx-integration';
import {generateVuejsTypes} from 'custom-element-vuejs-integration';
import {generateSvelteTypes} from 'custom-element-svelte-integration';
import {generateVsCodeCustomElementData} from 'custom-element-vs-code-integration';
import {generateJetBrainsWebTypes} from 'custom-element-jet-brains-integration';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const source = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));

/** The manifest as the generators should see it: elements only, no attribute without a field. */
function manifest() {
  const copy = structuredClone(source);
  for (const module of copy.modules) {
    module.declarations = (module.declarations ?? []).filter((d) => !d.customElement || d.tagName);
    for (const declaration of module.declarations) {
      // `id` is observed by program-checklist (it keys the stored ticks) but is a global
      // attribute with no property of its own: the generators would type it `undefined`.
      if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => a.fieldName);
    }
  }
  return copy;
}

const elements = source.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const quiet = {hideLogs: true};
// Types come from the class declarations (precise unions), imported per element.
const componentTypePath = (_name, tag) => `./${tag}.component.js`;
const base = {outdir: 'dist', componentTypePath, ...quiet};

// --- React 19 JSX ---------------------------------------------------------------------
generateJsxTypes(manifest(), {...base, fileName: 'react-jsx.generated.d.ts'});
writeFileSync(
  'dist/react-jsx.d.ts',
  `// Types every iop-widgets tag in React 19 JSX. Use: import type {} from 'iop-widgets/react-jsx';
import type {CustomElements} from './react-jsx.generated.js';

export type {CustomElements};

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
);
writeFileSync('dist/react-jsx.js', 'export {};\n');

// --- Vue 3 ------------------------------------------------------------------------------
generateVuejsTypes(manifest(), {...base, fileName: 'vue.generated.d.ts'});
let vue = readFileSync('dist/vue.generated.d.ts', 'utf8');
// Vue matches `@iop-checklist-change` to the prop `onIopChecklistChange`; the generator
// writes `oniop-checklist-change`, which vue-tsc never checks. Name it as Vue does.
vue = vue.replace(/"on(iop-[a-z-]+)"\?:/g, (_m, event) => `${vueHandler(event)}?:`);
// The generator also adds every tag to the global JSX namespace, which would clash with a
// React app's; Vue templates only need GlobalComponents.
vue = vue.replace(/\ndeclare global \{\n\s*namespace JSX \{[\s\S]*?\n\s*\}\n\}\n?/, '\n');
// vue-tsc checks an attribute through its camelCase prop name (`heading-level="three"` is
// checked as `headingLevel`), so quoted kebab-case keys would leave every value unchecked.
vue = vue.replace(/^(\s*)"([a-z]+(?:-[a-z]+)+)"\?:/gm, (_m, space, name) => `${space}${camel(name)}?:`);
writeFileSync('dist/vue.generated.d.ts', vue);
writeFileSync(
  'dist/vue.d.ts',
  `// Adds every iop-widgets tag to Vue's GlobalComponents. Use: import type {} from 'iop-widgets/vue';
export type {CustomElements} from './vue.generated.js';
`,
);
writeFileSync('dist/vue.js', 'export {};\n');

function vueHandler(event) {
  return 'on' + event.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase());
}
function camel(name) {
  return name.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}

// --- Svelte 5 ---------------------------------------------------------------------------
generateSvelteTypes(manifest(), {...base, fileName: 'svelte.generated.d.ts'});
let svelte = readFileSync('dist/svelte.generated.d.ts', 'utf8');
// Svelte 5 listens with `oniop-checklist-change={…}`; keep Svelte 4's `on:` too.
svelte = svelte.replace(/^(\s*)"on:(iop-[a-z-]+)"\?: (.*)$/gm, '$1"on:$2"?: $3\n$1"on$2"?: $3');
// In a module file the namespace must be declared global to reach svelte-check.
svelte = svelte.replace(
  /\ndeclare namespace svelteHTML \{([\s\S]*?)\n\}\s*$/,
  '\ndeclare global {\n  namespace svelteHTML {$1\n  }\n}\n',
);
// Its base props name React's JSX namespace, which a Svelte app does not have.
svelte = svelte.replace('children?: JSX.Element;', 'children?: unknown;').replace('style?: JSX.CSSProperties;', 'style?: string;');
if (/\bJSX\./.test(svelte)) throw new Error('framework-types: svelte types still name JSX');
writeFileSync('dist/svelte.generated.d.ts', svelte);
writeFileSync(
  'dist/svelte.d.ts',
  `// Types every iop-widgets tag for svelte-check. Use: import type {} from 'iop-widgets/svelte';
export type {CustomElements} from './svelte.generated.js';
`,
);
writeFileSync('dist/svelte.js', 'export {};\n');

// --- Editors ------------------------------------------------------------------------------
generateVsCodeCustomElementData(manifest(), {
  outdir: 'dist',
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  ...quiet,
});
generateJetBrainsWebTypes(manifest(), {
  outdir: 'dist',
  webTypesFileName: 'web-types.json',
  packageJson: pkg,
  ...quiet,
});

// --- @lit/react wrappers -------------------------------------------------------------------
mkdirSync('dist/react', {recursive: true});
const index = [];
const indexTypes = [];
for (const element of elements) {
  const {tagName, name} = element;
  const events = (element.events ?? []).filter((event) => event.name);
  const props = events.map((event) => [reactHandler(event.name), event.name, event.type?.text]);
  writeFileSync(
    `dist/react/${tagName}.js`,
    `import * as React from 'react';
import {createComponent} from '@lit/react';
import {${name} as Element} from '../${tagName}.js';

/** React wrapper of <${tagName}> (registers the element). */
export const ${name} = /* @__PURE__ */ createComponent({
  tagName: '${tagName}',
  elementClass: Element,
  react: React,
  events: {${props.map(([prop, event]) => `${prop}: '${event}'`).join(', ')}},
  displayName: '${name}',
});
`,
  );
  const detailTypes = props.map(([, , type]) => type).filter((type) => type && /^[A-Z]\w*$/.test(type));
  writeFileSync(
    `dist/react/${tagName}.d.ts`,
    `import type {EventName, ReactWebComponent} from '@lit/react';
import type {${[`${name} as Element`, ...detailTypes].join(', ')}} from '../${tagName}.component.js';

/** React wrapper of <${tagName}> (registers the element). */
export declare const ${name}: ReactWebComponent<
  Element,
  {${props.map(([prop, , type]) => `${prop}: EventName<CustomEvent<${type ?? 'unknown'}>>`).join('; ')}}
>;
`,
  );
  index.push(`export {${name}} from './${tagName}.js';`);
  indexTypes.push(`export {${name}} from './${tagName}.js';`);
}
writeFileSync('dist/react/index.js', index.join('\n') + '\n');
writeFileSync('dist/react/index.d.ts', indexTypes.join('\n') + '\n');

/** `iop-checklist-change` → `onChecklistChange` (the `iop-` prefix dropped). */
function reactHandler(event) {
  return 'on' + event.replace(/^iop-/, '').replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase());
}

console.log(`framework-types: ${elements.length} elements → react-jsx, react, vue, svelte, vscode, web-types`);
