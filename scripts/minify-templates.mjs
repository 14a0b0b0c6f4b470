// A Vite plugin for the library build: drops translator notes (`desc`) from msg() calls,
// which runtime-mode @lit/localize would otherwise ship, and folds whitespace inside
// css``, html`` and svg`` templates. Works on the TypeScript AST, so it never rewrites
// anything but those string parts.
import ts from 'typescript';

const TEMPLATE_TAGS = new Set(['css', 'html', 'svg']);

function foldCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/: /g, ':') // "display: block", "(min-width: 30rem)"; no style here has ": " in a string
    .replace(/;}/g, '}');
}

function foldMarkup(text) {
  return text.replace(/\s+/g, ' ').replace(/> </g, '><');
}

export function minifyTemplates() {
  return {
    name: 'iop-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.ts$/.test(id) || id.includes('node_modules')) return null;
      if (!/\b(msg|css|html|svg)\b/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const edits = [];
      const visit = (node) => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
          const options = node.arguments[1];
          if (options && ts.isObjectLiteralExpression(options)) {
            for (const property of options.properties) {
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
