/**
 * The code a clinic pastes, in every form the library supports, from one list of
 * attributes. Pure functions: the page generator (at build time) and the builder (live)
 * share them, so the static page and the live snippet never differ.
 */
export type Attribute = [name: string, value: string | true];

export type SnippetForm = 'script' | 'autoload' | 'npm' | 'react' | 'vue' | 'svelte' | 'html';

export const snippetForms: Array<{form: SnippetForm; label: string}> = [
  {form: 'script', label: 'Script tag'},
  {form: 'autoload', label: 'Autoload'},
  {form: 'npm', label: 'npm'},
  {form: 'react', label: 'React'},
  {form: 'vue', label: 'Vue'},
  {form: 'svelte', label: 'Svelte'},
  {form: 'html', label: 'HTML without JavaScript'},
];

/** Where the quick start tells clinics to copy `dist/cdn/`. */
export const cdnPath = '/iop-widgets';

function quoteAttribute(value: string): string {
  if (value.includes('"') && !value.includes("'")) return `'${value.replace(/&/g, '&amp;')}'`;
  return `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}

/** `<tag a="b"></tag>`, one attribute a line when it would get long. */
export function markup(tag: string, attributes: Attribute[], indent = ''): string {
  const parts = attributes.map(([name, value]) => (value === true ? name : `${name}=${quoteAttribute(value)}`));
  const oneLine = `${indent}<${tag}${parts.map((part) => ` ${part}`).join('')}></${tag}>`;
  if (oneLine.length <= 80) return oneLine;
  return `${indent}<${tag}\n${parts.map((part) => `${indent}  ${part}`).join('\n')}>\n${indent}</${tag}>`;
}

function jsxValue(name: string, value: string | true): string {
  if (value === true) return name;
  if (name === 'items') {
    try {
      return `${name}={${JSON.stringify(JSON.parse(value))}}`;
    } catch {
      // not JSON: pass the text on, the element warns
    }
  }
  return value.includes('"') || value.includes('\\') ? `${name}={${JSON.stringify(value)}}` : `${name}="${value}"`;
}

function jsx(tag: string, attributes: Attribute[], indent: string): string {
  const parts = attributes.map(([name, value]) => jsxValue(name, value));
  const oneLine = `${indent}<${tag}${parts.map((part) => ` ${part}`).join('')} />`;
  if (oneLine.length <= 80) return oneLine;
  return `${indent}<${tag}\n${parts.map((part) => `${indent}  ${part}`).join('\n')}\n${indent}/>`;
}

function componentName(tag: string): string {
  return tag.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}

/** One snippet. `html` (server-rendered) comes from the server renderer, not from here. */
export function snippet(form: Exclude<SnippetForm, 'html'>, tag: string, attributes: Attribute[]): string {
  switch (form) {
    case 'script':
      return `<script type="module" src="${cdnPath}/iop-widgets.js"></script>\n\n${markup(tag, attributes)}`;
    case 'autoload':
      return `<script type="module" src="${cdnPath}/iop-widgets-autoload.js"></script>\n\n${markup(tag, attributes)}`;
    case 'npm':
      return `// In your app's JavaScript (after: npm install iop-widgets)\nimport 'iop-widgets/${tag}.js';\n\n<!-- In your HTML or template -->\n${markup(tag, attributes)}`;
    case 'react':
      return [
        `import 'iop-widgets/${tag}.js';`,
        `import type {} from 'iop-widgets/react-jsx'; // TypeScript: types the tag in JSX (React 19)`,
        '',
        `export function ${componentName(tag)}() {`,
        '  return (',
        jsx(tag, attributes, '    '),
        '  );',
        '}',
      ].join('\n');
    case 'vue':
      return [
        '<script setup>',
        `import 'iop-widgets/${tag}.js';`,
        '</script>',
        '',
        '<template>',
        markup(tag, attributes, '  '),
        '</template>',
      ].join('\n');
    case 'svelte':
      return ['<script>', `  import 'iop-widgets/${tag}.js';`, '</script>', '', markup(tag, attributes)].join('\n');
  }
}
