// Runs the Node-side tests (tests/node/*.test.mjs: server rendering, checked in Chromium
// with playwright-core) before Web Test Runner, and prints one plain line,
// `node: N passed, N failed, N skipped`. Exits 1 if any failed, so `npm test` stops there.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const files = readdirSync('tests/node').filter((name) => name.endsWith('.test.mjs')).map((name) => join('tests/node', name));
const folder = mkdtempSync(join(tmpdir(), 'iop-node-tests-'));
const tap = join(folder, 'results.tap');
const run = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files],
  {stdio: 'inherit'},
);
let text = '';
try {
  text = readFileSync(tap, 'utf8');
} catch {
  // no results: counted as a failure below
}
rmSync(folder, {recursive: true, force: true});
const count = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
const passed = count('pass');
const failed = count('fail') + count('cancelled') + (files.length === 0 || run.status !== 0 && count('fail') === 0 ? 1 : 0);
const skipped = count('skipped') + count('todo');
process.stdout.write(`\nnode: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failed > 0 || run.status !== 0 ? 1 : 0);
