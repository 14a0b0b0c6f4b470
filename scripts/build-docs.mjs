// npm run build:docs: the documentation site as static files in build/docs/ (relative
// paths: open it from any host or folder). Needs dist/ (npm run build) for the manifest.
// When src/ssr.ts exists, each element page gets its pre-rendered "HTML without
// JavaScript" snippet.
import {readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import {build, createServer} from 'vite';
import {generateSite, serverRenderer} from './docs-site.mjs';

const root = resolve(import.meta.dirname, '..');
const configFile = resolve(root, 'demo/vite.config.ts');

let pages;
let server = null;
try {
  const ssr = await serverRenderer(async (path) => {
    server ??= await createServer({
      configFile: false,
      root,
      server: {middlewareMode: true, hmr: false, watch: null},
      appType: 'custom',
      logLevel: 'warn',
    });
    return server.ssrLoadModule(path);
  });
  console.log(ssr ? 'docs: pre-rendering each element with src/ssr.ts' : 'docs: no src/ssr.ts: the "HTML without JavaScript" tab is hidden');
  pages = await generateSite({ssr});
} finally {
  await server?.close();
}
await build({configFile, logLevel: 'warn'});

const out = resolve(root, 'build/docs');

// The site's one small stylesheet goes inline in every page: one round trip less before
// the first paint (the docs site has no CSP of its own; the widgets never need this).
const htmlFiles = [];
const collect = (folder) => {
  for (const name of readdirSync(folder)) {
    const path = resolve(folder, name);
    if (statSync(path).isDirectory()) collect(path);
    else if (name.endsWith('.html')) htmlFiles.push(path);
  }
};
collect(out);
for (const file of htmlFiles) {
  const html = readFileSync(file, 'utf8').replace(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g, (_tag, href) => {
    const css = readFileSync(resolve(dirname(file), href), 'utf8');
    return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
  });
  writeFileSync(file, html);
}
const files = [];
const walk = (folder) => {
  for (const name of readdirSync(folder)) {
    const path = resolve(folder, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
walk(out);
const gzip = files.filter((file) => /\.(js|css|html)$/.test(file)).reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
console.log(`docs: ${pages.length} pages, ${files.length} files in build/docs/ (${(gzip / 1024).toFixed(1)} KB gzip of HTML, CSS and JS)`);
