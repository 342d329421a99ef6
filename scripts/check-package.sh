#!/usr/bin/env bash
# Lints the package as npm would publish it: `publint --strict` (exports, files, sideEffects) and
# "Are the types wrong?" on the packed tarball. Expects a fresh `npm run build` in dist/.
#
#   scripts/check-package.sh           both
#   scripts/check-package.sh publint   only publint
#   scripts/check-package.sh attw      only attw
set -euo pipefail
only=${1:-all}
cd "$(dirname "$0")/.."

if [[ ! -f dist/index.js ]]; then
  echo "error: dist/ is missing; run npm run build first" >&2
  exit 1
fi

status=0

if [[ $only == all || $only == publint ]]; then
  echo "── publint --strict"
  npx --no-install publint --strict || status=1
fi
if [[ $only == publint ]]; then
  exit $status
fi

# attw checks type resolution for each entry point under every module resolution mode.
# - profile node16: consentkit is a dual ESM + CJS package for node16/bundler resolution; subpath
#   exports such as consentkit/server cannot resolve under the pre-exports `node10` mode at all.
# - entry points listed explicitly: attw does not expand the `./locales/*` pattern by itself, and
#   `./styles.css` is a stylesheet with no types to check.
entrypoints=(. ./server ./testing ./testing/storybook ./testing/playwright)
for file in dist/locales/*.js; do
  entrypoints+=("./locales/$(basename "$file" .js)")
done
echo "── attw --pack --profile node16 (entry points: ${entrypoints[*]})"
npx --no-install attw --pack . --profile node16 --format table-flipped --no-color --entrypoints "${entrypoints[@]}" || status=1

exit $status
