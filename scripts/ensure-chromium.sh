#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium (or $CHROMIUM_PATH): browser tests, story
# tests and the consumer test drive it through Playwright, and browser downloads do not work on
# the build machines, so the distribution package is the one source.
#
#   scripts/ensure-chromium.sh             install when missing; fail if that is impossible
#   scripts/ensure-chromium.sh --optional  install when missing; only warn on failure
#                                          (Storybook itself runs without a browser)
set -uo pipefail

optional=0
[[ "${1:-}" == "--optional" ]] && optional=1

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [[ -x "$chromium" ]]; then
  exit 0
fi

fail() {
  if (( optional )); then
    echo "warning: $1 (story tests need Chromium; Storybook itself still starts)" >&2
    exit 0
  fi
  echo "error: $1" >&2
  exit 1
}

if [[ "$chromium" != /usr/bin/chromium ]]; then
  fail "CHROMIUM_PATH=$chromium does not exist"
fi

if ! command -v apt-get >/dev/null 2>&1; then
  fail "Chromium is missing at $chromium and apt-get is not available to install it"
fi

sudo=()
if [[ "$(id -u)" != 0 ]]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    fail "Chromium is missing at $chromium; install it as root: apt-get update && apt-get install -y chromium"
  fi
fi

echo "Chromium is missing at $chromium: installing Debian's chromium package (about 45 s)…" >&2
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get update -qq >&2; then
  fail "apt-get update failed"
fi
if ! "${sudo[@]}" apt-get install -y -qq chromium >&2; then
  fail "apt-get install chromium failed"
fi
if [[ ! -x "$chromium" ]]; then
  fail "apt-get installed chromium but $chromium is still missing"
fi
echo "Chromium installed: $("$chromium" --version 2>/dev/null || echo "$chromium")" >&2
