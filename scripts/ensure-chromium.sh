#!/usr/bin/env bash
# Makes sure a system Chromium exists for the browser tests (playwright-core downloads no browser).
set -euo pipefail

find_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then echo "${CHROMIUM_PATH}"; return 0; fi
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

if found=$(find_chromium); then
  echo "chromium: $found"
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium: not found, installing the Debian package 'chromium'..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
  found=$(find_chromium) || { echo "chromium: installation finished but no binary was found" >&2; exit 1; }
  echo "chromium: $found"
  exit 0
fi

echo "chromium: not found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
