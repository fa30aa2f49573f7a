#!/usr/bin/env bash
# Makes sure a system Chromium exists for the browser tests (playwright-core downloads no browser), with the
# Noto CJK fonts: the locale tests measure Japanese, Korean and Chinese text, which without them renders as
# empty boxes of another width.
set -euo pipefail

find_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then echo "${CHROMIUM_PATH}"; return 0; fi
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

has_cjk_fonts() {
  command -v fc-list >/dev/null 2>&1 && fc-list :lang=ja family | grep -qi 'noto'
}

if found=$(find_chromium) && has_cjk_fonts; then
  echo "chromium: $found (with CJK fonts)"
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium: installing the Debian packages 'chromium' and 'fonts-noto-cjk'..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk fontconfig >/dev/null
  found=$(find_chromium) || { echo "chromium: installation finished but no binary was found" >&2; exit 1; }
  has_cjk_fonts || { echo "chromium: fonts-noto-cjk installed but fontconfig does not list a Japanese font" >&2; exit 1; }
  echo "chromium: $found (with CJK fonts)"
  exit 0
fi

if found=$(find_chromium); then
  echo "chromium: $found, but without the Noto CJK fonts: install them (Debian/Ubuntu: sudo apt-get install -y fonts-noto-cjk)." >&2
else
  echo "chromium: not found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH to a Chromium binary." >&2
fi
exit 1
