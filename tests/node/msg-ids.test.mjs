// The script-tag bundles leave out @lit/localize's id hashing (vite.config.ts,
// explicitMsgIds): that is only safe while every msg() call names its id.
import {strict as assert} from 'node:assert';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import ts from 'typescript';

function* sources(folder) {
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name)) yield path;
  }
}

test('every msg() call in src/ and components/ has an explicit id', () => {
  const missing = [];
  let calls = 0;
  for (const file of [...sources('src'), ...sources('components')]) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
        calls++;
        const options = node.arguments[1];
        const named =
          options &&
          ts.isObjectLiteralExpression(options) &&
          options.properties.some((p) => ts.isPropertyAssignment(p) && p.name.getText(source) === 'id' && ts.isStringLiteral(p.initializer));
        if (!named) missing.push(`${file}: ${node.getText(source).slice(0, 60)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  assert.ok(calls > 100, `found only ${calls} msg() calls`);
  assert.deepEqual(missing, []);
});
