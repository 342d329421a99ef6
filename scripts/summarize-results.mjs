// Prints the suite's totals line, `N passed, N failed`, from vitest's JSON report.
//
//   node scripts/summarize-results.mjs <vitest-json> [--failed-step <name>]... [--vitest-exit <code>]
//                                      [--jest <jest-json> --jest-exit <code>]
//
// Passed counts the tests vitest ran (all projects) and, with --jest, the tests Jest ran. Failed
// adds, to their failed tests: each failed step outside them (typecheck, build, publint, attw…),
// each test file that could not even be loaded (no test is counted for it), and a run that failed
// without a report. Both reports share the shape Jest defined (numPassedTests, testResults…).
// Exits 1 when anything failed, so the caller can hand the status on.
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const reportPath = args.shift();
const failedSteps = [];
let vitestExit = 0;
let jestPath;
let jestExit = 0;
while (args.length > 0) {
  const flag = args.shift();
  if (flag === '--failed-step') failedSteps.push(args.shift());
  else if (flag === '--vitest-exit') vitestExit = Number(args.shift());
  else if (flag === '--jest') jestPath = args.shift();
  else if (flag === '--jest-exit') jestExit = Number(args.shift());
  else throw new Error(`unknown argument ${flag}`);
}

let passed = 0;
let failed = 0;
const notes = [];

/** Adds one runner's report to the totals. */
function count(runner, path, exitCode) {
  if (!path || !existsSync(path)) {
    failed += 1;
    notes.push(`${runner} wrote no report (${path ?? 'no path given'}); exit code ${exitCode}`);
    return;
  }
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const failedTests = report.numFailedTests ?? 0;
  let failedFiles = 0;
  passed += report.numPassedTests ?? 0;
  // A file that fails to import (syntax error, missing module) reports as a failed suite with no
  // failed test in it: count it, or a broken file would read as a green run.
  for (const file of report.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    if (file.status === 'failed' && !tests.some((test) => test.status === 'failed')) {
      failedFiles += 1;
      notes.push(`${runner}: test file failed outside any test: ${file.name}${file.message ? `\n    ${file.message.split('\n')[0]}` : ''}`);
    }
  }
  failed += failedTests + failedFiles;
  if (exitCode !== 0 && failedTests + failedFiles === 0) {
    failed += 1;
    notes.push(`${runner} exited with code ${exitCode} although no test failed`);
  }
}

count('vitest', reportPath, vitestExit);
if (jestPath !== undefined) count('jest', jestPath, jestExit);

for (const step of failedSteps) notes.push(`step failed: ${step}`);
failed += failedSteps.length;

for (const note of notes) console.log(`  ✗ ${note}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
