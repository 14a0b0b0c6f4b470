// A Web Test Runner reporter that ends the run with one plain closing line,
// `wtr: N passed, N failed, N skipped`, which CI reads. It is printed when the process
// exits, so it is the very last line, after the default reporter's own summary.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    stop({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load (import or syntax error, no tests) counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
      if (sessions.length === 0) totals.failed++;
      process.once('exit', () => {
        process.stdout.write(`\nwtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
