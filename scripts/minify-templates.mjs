// A Vite plugin for the library build: drops translator notes (`desc`) from msg() calls,
// which runtime-mode @lit/localize would otherwise ship, and folds whitespace inside
// css``, html`` and svg`` templates. Works on the TypeScript AST, so it never rewrites
// anything but those string parts.
import {readFileSync} from 'node:fs';
import ts from 'typescript';
import {transformSync} from 'esbuild';

const TEMPLATE_TAGS = new Set(['css', 'html', 'svg']);

function foldCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/** A whole css`` template without substitutions: esbuild's CSS minifier (no target: nothing lowered). */
function minifyCss(text) {
  const out = transformSync(text, {loader: 'css', minify: true, logLevel: 'silent'}).code.trim();
  return out.replace(/[`\\]|\$\{/g, (m) => `\\${m}`);
}

function foldMarkup(text) {
  return text.replace(/\s+/g, ' ').replace(/> </g, '><');
}

/**
 * `shortIds`: replaces each msg() id, and the same key in the generated locale modules, by
 * its index (base 36) in the sorted list of ids in locales/es.xlf. Only for a build that
 * bundles the components with their translations (the script-tag bundle): an app that
 * merges our templates into its own @lit/localize setup uses the npm build, which keeps
 * the readable ids. An id missing from the XLIFF keeps its name.
 */
export function minifyTemplates({shortIds = false} = {}) {
  const ids = shortIds
    ? [...readFileSync('locales/es.xlf', 'utf8').matchAll(/<trans-unit id="([^"]+)">/g)].map((m) => m[1]).sort()
    : [];
  const index = new Map(ids.map((id, i) => [id, i.toString(36)]));
  const short = (id) => index.get(id) ?? id;
  return {
    name: 'iop-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.ts$/.test(id) || id.includes('node_modules')) return null;
      if (!/\b(msg|css|html|svg|templates)\b/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const edits = [];
      const locale = shortIds && /[\\/]generated[\\/]locales[\\/]/.test(id);
      const visit = (node) => {
        if (locale && ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name)) {
          edits.push([node.name.getStart(source), node.name.getEnd(), `'${short(node.name.text)}'`]);
        }
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
          const options = node.arguments[1];
          if (options && ts.isObjectLiteralExpression(options)) {
            for (const property of options.properties) {
              if (
                shortIds &&
                ts.isPropertyAssignment(property) &&
                ts.isIdentifier(property.name) &&
                property.name.text === 'id' &&
                ts.isStringLiteral(property.initializer)
              ) {
                const literal = property.initializer;
                edits.push([literal.getStart(source), literal.getEnd(), `'${short(literal.text)}'`]);
              }
              if (property.name && ts.isIdentifier(property.name) && property.name.text === 'desc') {
                // Remove the property and the comma after it (or before it, if it is last).
                const text = code.slice(property.getEnd());
                const comma = /^\s*,/.exec(text);
                edits.push([property.getStart(source), property.getEnd() + (comma ? comma[0].length : 0), '']);
              }
            }
          }
        }
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TEMPLATE_TAGS.has(node.tag.text)) {
          const fold = node.tag.text === 'css' ? foldCss : foldMarkup;
          const template = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          if (node.tag.text === 'css' && parts.length === 1) {
            const start = template.getStart(source);
            const end = template.getEnd();
            const inner = code.slice(start + 1, end - 1);
            if (!inner.includes('\\')) {
              edits.push([start + 1, end - 1, minifyCss(inner)]);
              ts.forEachChild(node, visit);
              return;
            }
          }
          for (const part of parts) {
            const start = part.getStart(source);
            const end = part.getEnd();
            const raw = code.slice(start, end);
            // Keep the delimiters: ` or } at the start, ` or ${ at the end.
            const open = raw.startsWith('`') ? 1 : 1;
            const close = raw.endsWith('${') ? 2 : 1;
            const inner = raw.slice(open, raw.length - close);
            if (inner.includes('\\')) continue; // escapes: leave as written
            edits.push([start + open, end - close, fold(inner)]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (edits.length === 0) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
      return {code: out, map: null};
    },
  };
}
