// A node --test reporter that ends with one plain line, like the browser suite's
// `wtr: N passed, N failed, N skipped`: `print: N passed, N failed, N skipped`.
// Counts tests, not the suites (describe blocks) around them.
export default async function* summary(source) {
  const counts = {passed: 0, failed: 0, skipped: 0};
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) counts.skipped++;
    else if (event.type === 'test:pass') counts.passed++;
    else counts.failed++;
  }
  yield `\nprint: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`;
}
