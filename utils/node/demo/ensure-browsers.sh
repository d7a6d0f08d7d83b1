#!/usr/bin/env bash
# Installs Debian's browsers when missing, so `npm run demo` and `npm test` work on a fresh machine.
# Only Debian packages: nothing here (or anywhere in the project) downloads a browser build.
set -euo pipefail
want=("$@")
[[ ${#want[@]} -gt 0 ]] || want=(chromium)
missing=()
for pkg in "${want[@]}"; do
  case "$pkg" in
    chromium) [[ -x /usr/bin/chromium ]] || missing+=(chromium) ;;
    firefox-esr) command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr) ;;
    # Firefox's German language pack: the i18n e2e test runs Firefox in German (tests/e2e/i18n*).
    firefox-esr-l10n-de) dpkg -s firefox-esr-l10n-de >/dev/null 2>&1 || missing+=(firefox-esr-l10n-de) ;;
    *) echo "ensure-browsers: unknown browser $pkg" >&2; exit 2 ;;
  esac
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
echo "Installing ${missing[*]} from Debian (apt-get)…"
SUDO=''
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null 2>&1 || { echo "ensure-browsers: run as root or install: apt-get install -y ${missing[*]}" >&2; exit 1; }
  SUDO='sudo'
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update </dev/null
$SUDO apt-get install -y "${missing[@]}" </dev/null
