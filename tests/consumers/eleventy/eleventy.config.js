// A small Eleventy 3 site that uses the iop-widgets plugin: every page is prerendered in
// its own language, and the script-tag bundle is copied to _site/iop-widgets/.
import iopWidgets from 'iop-widgets/eleventy.js';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(iopWidgets, {bundle: 'iop-widgets'});
}

export const config = {dir: {input: 'src', output: '_site'}};
