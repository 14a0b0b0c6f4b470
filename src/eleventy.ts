/**
 * iop-widgets/eleventy.js — an Eleventy (11ty) 3 plugin: every page Eleventy writes is
 * prerendered with `prerender()` from iop-widgets/ssr.js, so the widgets are HTML in
 * `_site/` (text without JavaScript, seen by search engines, no layout shift), in each
 * page's `<html lang>`.
 *
 * ```js
 * // eleventy.config.js
 * import iopWidgets from 'iop-widgets/eleventy.js';
 * export default function (eleventyConfig) {
 *   eleventyConfig.addPlugin(iopWidgets, {bundle: 'iop-widgets'}); // also copies dist/cdn/ to _site/iop-widgets/
 * }
 * ```
 *
 * Verified with Eleventy 3.1 (tests/consumers/eleventy, run by `npm run test:consumers`).
 */
/// <reference types="node" />
import {relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {prerender, type RenderOptions} from './ssr.js';

export interface EleventyOptions extends Omit<RenderOptions, 'locale'> {
  /**
   * Copies the script-tag bundle (this package's `dist/cdn/`) into the site under this
   * folder, e.g. `'iop-widgets'` → `_site/iop-widgets/iop-widgets.js`. Omit it when you
   * serve the bundle yourself.
   */
  bundle?: string;
}

/** The part of Eleventy's configuration API the plugin uses. */
export interface EleventyConfigLike {
  addTransform(name: string, transform: (this: {page?: {outputPath?: unknown}}, content: string, outputPath?: unknown) => unknown): void;
  addPassthroughCopy(paths: Record<string, string>): void;
}

/** The Eleventy plugin (use with `eleventyConfig.addPlugin`). */
export default function iopWidgetsEleventy(eleventyConfig: EleventyConfigLike, options: EleventyOptions = {}): void {
  const {bundle, ...renderOptions} = options ?? {};
  eleventyConfig.addTransform('iop-widgets-prerender', async function (content, legacyOutputPath) {
    const outputPath = this?.page?.outputPath ?? legacyOutputPath;
    if (typeof content !== 'string' || typeof outputPath !== 'string' || !outputPath.endsWith('.html')) return content;
    return prerender(content, renderOptions);
  });
  if (typeof bundle === 'string' && bundle.trim()) {
    const cdn = relative(process.cwd(), fileURLToPath(new URL(/* @vite-ignore */ './cdn/', import.meta.url)));
    eleventyConfig.addPassthroughCopy({[cdn]: bundle.trim().replace(/^\/+|\/+$/g, '')});
  }
}
