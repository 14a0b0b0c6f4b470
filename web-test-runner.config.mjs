import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {chromeArgs, findChrome} from './scripts/find-chrome.mjs';
import {summaryReporter} from './scripts/summary-reporter.mjs';
import {tamperMiddleware} from './scripts/tamper-middleware.mjs';

// The hostile suite's fuzz seed: fixed in CI, any seed locally (IOP_FUZZ_SEED=123 npm test).
const fuzzSeed = Number.parseInt(process.env.IOP_FUZZ_SEED ?? '', 10) || 20260801;

/**
 * /hostile-cdn/<mode>/… serves dist/cdn/… for the language-race tests: `slow` delays each
 * locale chunk by 0–150 ms, `broken` also fails the Korean and Arabic chunks.
 */
async function hostileCdn(context, next) {
  const match = /^\/hostile-cdn\/(slow|broken)\/(.+)$/.exec(context.path);
  if (!match) return next();
  const [, mode, file] = match;
  if (file !== 'iop-widgets.js') {
    if (mode === 'broken' && /^iop-widgets-(ko|ar)-/.test(file)) {
      context.status = 503;
      return undefined;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 150)));
  }
  context.url = `/dist/cdn/${file}`;
  return next();
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: {exportConditions: ['development']},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'})],
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: findChrome(), headless: true, args: chromeArgs},
    }),
  ],
  middleware: [hostileCdn, tamperMiddleware()], // tests/hostile, tests/cdn-integrity.test.ts
  // One page at a time: tests that move focus or read aloud (listen, handout) hang when a
  // second test page runs beside them; the whole suite stays within a few minutes.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>iop-widgets tests</title>
    <script>window.__IOP_FUZZ_SEED = ${fuzzSeed};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  reporters: [defaultReporter(), summaryReporter()],
};
