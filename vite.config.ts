import {existsSync, readdirSync} from 'node:fs';
import {resolve} from 'node:path';
import {defineConfig, type Plugin, type UserConfig} from 'vite';
// @ts-expect-error: a plain JS build helper without types
import {minifyTemplates} from './scripts/minify-templates.mjs';

const here = import.meta.dirname;
// Every folder in components/ with a define module is an element (tests check the list).
const tags = readdirSync(resolve(here, 'components')).filter((tag) =>
  existsSync(resolve(here, `components/${tag}/${tag}.ts`)),
);

/** npm entry points: the package, localization, and per element a define and a class module. */
function npmEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    index: resolve(here, 'src/index.ts'),
    localization: resolve(here, 'src/localization.ts'),
    content: resolve(here, 'src/content/index.ts'),
    // Node only (server rendering); shares the element chunks with the browser entries.
    ssr: resolve(here, 'src/ssr.ts'),
    // Node only: the Eleventy plugin (prerenders each page with ssr.js).
    eleventy: resolve(here, 'src/eleventy.ts'),
  };
  for (const tag of tags) {
    entries[tag] = resolve(here, `components/${tag}/${tag}.ts`);
    entries[`${tag}.component`] = resolve(here, `components/${tag}/${tag}.component.ts`);
  }
  return entries;
}

/**
 * The Eleventy plugin imports the package's own `./ssr.js` entry (kept as an import, so
 * ssr.js stays one module with its side effects, and dist/eleventy.js stays a few lines).
 */
function eleventyImportsSsr(): Plugin {
  return {
    name: 'iop-eleventy-imports-ssr',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './ssr.js' && importer === resolve(here, 'src/eleventy.ts') ? {id: './ssr.js', external: true} : null;
    },
  };
}

/** Replaces src/internal/reader-tools.ts with a module that adds nothing (size baseline). */
function withoutReaderTools(): Plugin {
  const stub = resolve(here, 'src/internal/reader-tools.ts');
  return {
    name: 'without-reader-tools',
    load(id) {
      if (id !== stub) return null;
      return `import {css} from 'lit';
export const toolsStyles = css\`\`;
export const isOn = () => false;
export const handoutOf = () => undefined;
export class ReaderTools {}`;
    },
  };
}

/**
 * Bundles with Lit inside: every msg() call in this library has an explicit id (checked by
 * tests/node/msg-ids.test.mjs), so @lit/localize's id hashing (FNV-1a over the template) is never used; its
 * module is replaced by one that adds nothing. A message without an id would show English.
 */
function explicitMsgIds(): Plugin {
  const stub = '\0iop-no-msg-id-generation';
  return {
    name: 'iop-explicit-msg-ids',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './id-generation.js' && importer?.includes('@lit/localize') ? stub : null;
    },
    load(id) {
      return id === stub ? 'export const generateMsgId = () => "";' : null;
    },
  };
}

/**
 * Builds that hold every element (script tag, sizes) load one translation file per
 * language: no per-group translation chunks (see src/localization.ts).
 */
const wholeLocales = {
  resolve: {
    alias: [
      {find: /^\.\/internal\/locale-split\.js$/, replacement: resolve(here, 'src/internal/no-locale-split.ts')},
      {find: /^(\.\.?\/)+internal\/messages\.js$/, replacement: resolve(here, 'src/internal/no-messages.ts')},
    ],
  },
};

/**
 * The docs site has its own config (demo/vite.config.ts). `vite build --mode npm` writes the npm package to dist/ (Lit
 * external); `vite build --mode cdn` writes the self-contained script-tag bundle to
 * dist/cdn/ (Lit inside, one lazy chunk per locale). scripts/build.mjs runs both.
 */
export default defineConfig(({mode}): UserConfig => {
  if (mode === 'sizes') {
    // Not shipped: each element's define module with Lit inside, minified, as an app that
    // uses only that element would ship it. tests/sizes.test.ts measures these.
    return {
      ...wholeLocales,
      publicDir: false,
      plugins: [minifyTemplates(), explicitMsgIds()],
      build: {
        outDir: 'build/sizes',
        emptyOutDir: true,
        target: 'es2021',
        minify: true,
        reportCompressedSize: false,
        lib: {
          entry: Object.fromEntries(tags.map((tag) => [tag, resolve(here, `components/${tag}/${tag}.ts`)])),
          formats: ['es'],
        },
        rolldownOptions: {
          output: {entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', minify: true},
        },
      },
    };
  }
  if (mode === 'cdn-autoload') {
    // dist/cdn/iop-widgets-autoload.js: the same elements, each fetched when its tag appears.
    return {
      ...wholeLocales,
      publicDir: false,
      plugins: [minifyTemplates({shortIds: true}), explicitMsgIds()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        target: 'es2021',
        minify: true,
        sourcemap: true,
        reportCompressedSize: false,
        lib: {entry: {'iop-widgets-autoload': resolve(here, 'src/autoload.ts')}, formats: ['es']},
        rolldownOptions: {
          output: {entryFileNames: '[name].js', chunkFileNames: 'autoload/[name]-[hash].js', minify: true},
        },
      },
    };
  }
  // `sizes-no-tools`: not shipped; the script-tag bundle without "Listen" and "Print a
  // handout" (their module replaced by a no-op), so tests/sizes.test.ts measures what they add.
  const baseline = mode === 'sizes-no-tools';
  const cdn = mode === 'cdn' || baseline;
  return {
    // npm build: each language loads only the message groups an app's elements use
    // (src/localization.ts); the script-tag bundles keep one file per language.
    ...(cdn ? wholeLocales : {}),
    publicDir: false,
    plugins: [minifyTemplates({shortIds: cdn}), ...(cdn ? [explicitMsgIds()] : [eleventyImportsSsr()]), ...(baseline ? [withoutReaderTools()] : [])],
    build: {
      outDir: baseline ? 'build/sizes-no-tools' : cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: !cdn || baseline,
      target: 'es2021',
      minify: cdn,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: cdn ? {'iop-widgets': resolve(here, 'src/index.ts')} : npmEntries(),
        formats: ['es'],
      },
      rolldownOptions: {
        // Lets shared code (such as @lit/localize's str) stay in the entry file, so an
        // English page loads one file and a translation is one more.
        preserveEntrySignatures: cdn ? 'allow-extension' : 'strict',
        // @lit/localize-tools is a build tool: its small SSR module is bundled into ssr.js.
        external: cdn ? [] : [/^lit(\/|$)/, /^@lit\/(?!localize-tools)/, /^@lit-labs\//, /^parse5$/, /^node:/, /^async_hooks$/],
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: cdn ? 'iop-widgets-[name]-[hash].js' : 'chunks/[name]-[hash].js',
          minify: cdn,
        },
      },
    },
  };
});
