/**
 * Prints one plain closing line ("jest: N passed, N failed, N skipped") as the very last line of
 * the run, so CI tooling that reads closing lines can count it without knowing jest's format.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `jest: ${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests} skipped`;
    process.once('exit', () => process.stderr.write(`\n${line}\n`));
  }
}
module.exports = SummaryReporter;
