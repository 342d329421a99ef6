#!/usr/bin/env bash
# `npm test`: everything that must hold before a change lands, on a fresh machine.
#   1. Debian's Chromium (installed through apt when missing)
#   2. build (tsup: ESM + CJS + types + lazy dialog chunk + theme)
#   3. typecheck (source, tests, stories) and type tests (test/types, when present)
#   4. package checks: publint --strict, attw on the packed tarball
#   5. vitest, every project (unit, browser, package/consumer, stories…), with a JSON report;
#      then Jest over the CJS build (test/testing/jest), with its own
#   6. the size and re-render tables, for the record (measured, not asserted)
# The last line printed is `N passed, N failed`; the exit status is non-zero iff something failed.
set -uo pipefail
cd "$(dirname "$0")/.."

mkdir -p .tmp
report=.tmp/vitest-results.json
jest_report=.tmp/jest-results.json
rm -f "$report"
failed_steps=()
suite_start=$SECONDS

step() {
  local name=$1
  shift
  local start=$SECONDS
  echo
  echo "━━ $name"
  if "$@"; then
    echo "━━ $name: ok ($((SECONDS - start)) s)"
  else
    echo "━━ $name: FAILED ($((SECONDS - start)) s)"
    failed_steps+=("$name")
  fi
}

step "chromium" bash scripts/ensure-chromium.sh
# The build comes first: type tests and the package tests consume dist/ as a user would.
step "build" npm run --silent build
step "typecheck" npx --no-install tsc --noEmit -p tsconfig.json
if [[ -f test/types/tsconfig.json ]]; then
  step "type tests" npx --no-install tsc --noEmit -p test/types/tsconfig.json
fi
step "publint" bash scripts/check-package.sh publint
step "attw" bash scripts/check-package.sh attw

echo
echo "━━ vitest (all projects)"
vitest_start=$SECONDS
npx --no-install vitest run --reporter=default --reporter=json --outputFile.json="$report"
vitest_exit=$?
echo "━━ vitest: exit $vitest_exit ($((SECONDS - vitest_start)) s)"

# consentkit/testing as a CommonJS app uses it: the built package under Jest, with its own report.
echo
echo "━━ jest (test/testing/jest: the CJS build)"
jest_start=$SECONDS
rm -f "$jest_report"
npx --no-install jest --config test/testing/jest/jest.config.cjs --json --outputFile="$jest_report"
jest_exit=$?
echo "━━ jest: exit $jest_exit ($((SECONDS - jest_start)) s)"

# The figures are printed, not judged: a budget overrun is reported in the table, a broken
# benchmark script is a failure.
step "size benchmark" node bench/size.mjs --no-build
step "render benchmark" node bench/renders.mjs

echo
echo "━━ total $((SECONDS - suite_start)) s"
summary_args=("$report" --vitest-exit "$vitest_exit" --jest "$jest_report" --jest-exit "$jest_exit")
for name in "${failed_steps[@]}"; do
  summary_args+=(--failed-step "$name")
done
node scripts/summarize-results.mjs "${summary_args[@]}"
