import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {chromeArgs, findChrome} from './scripts/find-chrome.mjs';
import {summaryReporter} from './scripts/summary-reporter.mjs';
import {tamperMiddleware} from './scripts/tamper-middleware.mjs';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: {exportConditions: ['development']},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'})],
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: findChrome(), headless: true, args: chromeArgs},
    }),
  ],
  middleware: [tamperMiddleware()], // tests/cdn-integrity.test.ts
  concurrency: 2,
  testFramework: {config: {timeout: 10000}},
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>iop-widgets tests</title></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  reporters: [defaultReporter(), summaryReporter()],
};
