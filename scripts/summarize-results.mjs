// Prints the suite's totals line, `N passed, N failed`, from vitest's JSON report.
//
//   node scripts/summarize-results.mjs <vitest-json> [--failed-step <name>]... [--vitest-exit <code>]
//
// Passed counts the tests vitest ran (all projects). Failed adds, to vitest's failed tests:
// each failed step outside vitest (typecheck, build, publint, attw…), each test file that could
// not even be loaded (vitest counts no test for it), and a vitest run that failed without a report.
// Exits 1 when anything failed, so the caller can hand the status on.
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const reportPath = args.shift();
const failedSteps = [];
let vitestExit = 0;
while (args.length > 0) {
  const flag = args.shift();
  if (flag === '--failed-step') failedSteps.push(args.shift());
  else if (flag === '--vitest-exit') vitestExit = Number(args.shift());
  else throw new Error(`unknown argument ${flag}`);
}

let passed = 0;
let failed = 0;
const notes = [];

if (reportPath && existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  // A file that fails to import (syntax error, missing module) reports as a failed suite with no
  // failed test in it: count it, or a broken file would read as a green run.
  for (const file of report.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    if (file.status === 'failed' && !tests.some((test) => test.status === 'failed')) {
      failed += 1;
      notes.push(`test file failed outside any test: ${file.name}${file.message ? `\n    ${file.message.split('\n')[0]}` : ''}`);
    }
  }
  if (vitestExit !== 0 && failed === 0) {
    failed += 1;
    notes.push(`vitest exited with code ${vitestExit} although no test failed`);
  }
} else {
  failed += 1;
  notes.push(`vitest wrote no report (${reportPath ?? 'no path given'}); exit code ${vitestExit}`);
}

for (const step of failedSteps) notes.push(`step failed: ${step}`);
failed += failedSteps.length;

for (const note of notes) console.log(`  ✗ ${note}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
