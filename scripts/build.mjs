// Builds dist/ (npm package) and dist/cdn/ (script-tag bundle), then the .d.ts files,
// one declaration stub per entry point, and custom-elements.json.
import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync} from 'node:fs';
import {build} from 'vite';

const run = (command, args) => execFileSync(command, args, {stdio: 'inherit'});

await build({mode: 'npm', logLevel: 'warn'});
await build({mode: 'cdn', logLevel: 'warn'});
copyFileSync('src/iop-widgets.css', 'dist/cdn/iop-widgets.css'); // reserves the widgets' space before they upgrade
await build({mode: 'cdn-autoload', logLevel: 'warn'}); // dist/cdn/iop-widgets-autoload.js
run('node', ['scripts/cdn-release.mjs']); // dist/iop-widgets-<version>/ + SRI snippet
await build({mode: 'sizes', logLevel: 'warn'}); // build/sizes/: for the size tests, not shipped
await build({mode: 'sizes-no-tools', logLevel: 'warn'}); // build/sizes-no-tools/: the bundle without Listen and the handout

run('npx', ['tsc', '-p', 'tsconfig.build.json']);

// dist/cdn/ssr/<tag>.css: each element's shadow-root CSS as a file, for server-rendered
// pages under a strict CSP (renderWidget/prerender with `stylesheets: {href}`).
const {elementCss, tagNames} = await import(`../dist/ssr.js?${Date.now()}`);
mkdirSync('dist/cdn/ssr', {recursive: true});
for (const tag of tagNames) writeFileSync(`dist/cdn/ssr/${tag}.css`, elementCss(tag));

// dist/<entry>.d.ts re-exports the declarations tsc wrote under dist/types, so the
// package's "./*.js" export finds types beside every module (HTMLElementTagNameMap too).
const stubs = {
  index: 'src/index.js',
  localization: 'src/localization.js',
  content: 'src/content/index.js',
  ssr: 'src/ssr.js',
  eleventy: 'src/eleventy.js',
};
for (const tag of readdirSync('components').filter((tag) => existsSync(`components/${tag}/${tag}.ts`))) {
  stubs[tag] = `components/${tag}/${tag}.js`;
  stubs[`${tag}.component`] = `components/${tag}/${tag}.component.js`;
}
for (const [name, target] of Object.entries(stubs)) {
  writeFileSync(`dist/${name}.d.ts`, `export * from './types/${target}';\n`);
}

mkdirSync('dist', {recursive: true});
run('npm', ['run', 'manifest', '--silent']); // custom-elements.json from the classes' JSDoc
// React/Vue/Svelte types, @lit/react wrappers, VS Code and JetBrains data, from the manifest.
run('node', ['scripts/framework-types.mjs']);
console.log('build: wrote dist/ (npm) and dist/cdn/ (script tag)');
