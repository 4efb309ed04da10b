#!/usr/bin/env bash
# Install the Debian packages kg's tests drive for real (a browser, xmllint), when running as root
# on a Debian-like system and they are missing. Elsewhere, say what is missing: those tests skip
# with a reason on a user's machine (under CI=true they fail instead).
set -euo pipefail
need=()
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v unshare >/dev/null 2>&1 || need+=(util-linux)      # a network namespace for the Bolt server
command -v ip >/dev/null 2>&1 || need+=(iproute2)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "system-deps: missing ${need[*]} (not root: the tests that need them will skip)"
fi
