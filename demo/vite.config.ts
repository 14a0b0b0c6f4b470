// The documentation site: `npm start` serves it, `npm run build:docs` builds it into
// build/docs/ with relative paths (any static host, any sub-folder).
import {readdirSync} from 'node:fs';
import {relative, resolve} from 'node:path';
import {defineConfig, type Plugin, type ViteDevServer} from 'vite';
// @ts-expect-error: a plain JS build helper without types
import {generateSite, generatedPaths, serverRenderer} from '../scripts/docs-site.mjs';

const demo = import.meta.dirname;
const root = resolve(demo, '..');

function htmlPages(folder = demo): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = resolve(folder, entry.name);
    if (entry.isDirectory()) return generatedPaths.includes(entry.name) ? htmlPages(path) : [];
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

type Render = (html: string, locale: string) => Promise<string>;

/** Writes the pages before serving, again when their sources change, and answers /__iop-ssr. */
function docsPages(): Plugin {
  const sources = ['docs', 'demo/pages', 'demo/site/themes.css', 'locales/status.json', 'dist/custom-elements.json'].map((path) =>
    resolve(root, path),
  );
  let render: Render | null = null;
  return {
    name: 'iop-docs-pages',
    apply: 'serve',
    async configureServer(server: ViteDevServer) {
      render = await serverRenderer((path: string) => server.ssrLoadModule(path));
      await generateSite({ssr: render, live: true});
      server.watcher.add(sources);
      server.watcher.on('all', (_event, file) => {
        if (!sources.some((source) => file === source || file.startsWith(`${source}/`))) return;
        generateSite({ssr: render, live: true, log: () => {}}).then(
          () => server.ws.send({type: 'full-reload'}),
          (error: Error) => console.warn(`docs: ${error.message}`),
        );
      });
      server.middlewares.use('/__iop-ssr', (request, response) => {
        let body = '';
        request.on('data', (chunk) => (body += chunk));
        request.on('end', async () => {
          try {
            if (!render) throw new Error('src/ssr.ts is not available');
            const {html, locale} = JSON.parse(body) as {html: string; locale: string};
            response.setHeader('content-type', 'text/plain; charset=utf-8');
            response.end(await render(html, locale));
          } catch (error) {
            response.statusCode = 500;
            response.end(String(error));
          }
        });
      });
    },
  };
}

/**
 * package.json's "sideEffects" lists only the library's own modules, so the bundler would
 * drop the site's page scripts (they only wire up the DOM): mark them as having effects.
 */
function sitePageScripts(): Plugin {
  const site = resolve(demo, 'site');
  return {
    name: 'iop-docs-page-scripts',
    transform(code, id) {
      if (id.startsWith(`${site}/`) && id.endsWith('.ts')) return {code, map: null, moduleSideEffects: true};
      return null;
    },
  };
}

export default defineConfig({
  root: demo,
  base: './',
  publicDir: false,
  plugins: [docsPages(), sitePageScripts()],
  server: {fs: {allow: [root]}},
  build: {
    outDir: resolve(root, 'build/docs'),
    emptyOutDir: true,
    target: 'es2021',
    reportCompressedSize: false,
    rolldownOptions: {
      input: Object.fromEntries(htmlPages().map((file) => [relative(demo, file).replace(/\.html$/, ''), file])),
    },
  },
});
