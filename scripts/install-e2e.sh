#!/usr/bin/env bash
# Installs what the end-to-end tests need, from Debian's packages and the npm registry only:
# chromium and CJK fonts (apt), and code-server 4.100.3 (the last release for Node 20) into a cache
# folder outside the project. Safe to run again: it does only what is missing, and a machine that has
# everything needs no network.
set -euo pipefail

CACHE="${SPEECH_E2E_CACHE:-$HOME/.cache/speech-writer-e2e}"
CODE_SERVER_VERSION=4.100.3
RIPGREP_CACHE=vscode-ripgrep-cache-1.15.11
RIPGREP_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
updated=""
apt_install() {
  echo "e2e: installing $* (apt)"
  [ -n "$updated" ] || { $SUDO apt-get update -qq; updated=1; }
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Each check looks at the disk, with no pipe: under pipefail `fc-list | grep -q` failed whenever grep
# quit early (SIGPIPE), so fonts that were there were "missing" and apt ran, needing the network.
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
compgen -G "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.tt[cf]" >/dev/null || need_apt+=(fonts-noto-cjk)
[ ${#need_apt[@]} -eq 0 ] || apt_install "${need_apt[@]}"

if [ ! -x "$CACHE/code-server/node_modules/.bin/code-server" ]; then
  # Only building code-server needs these (ripgrep for its cache, compilers and headers for node-pty, kerberos).
  need_apt=()
  command -v rg >/dev/null || need_apt+=(ripgrep)
  [ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
  command -v g++ >/dev/null || need_apt+=(build-essential)
  command -v pkg-config >/dev/null || need_apt+=(pkg-config)
  [ ${#need_apt[@]} -eq 0 ] || apt_install "${need_apt[@]}"
  echo "e2e: installing code-server@$CODE_SERVER_VERSION into $CACHE (about 2 minutes, native builds)"
  tmp="$CACHE/tmp"
  mkdir -p "$tmp/rgstage" "$tmp/$RIPGREP_CACHE" "$CACHE/code-server"
  # @vscode/ripgrep downloads from GitHub unless its cache holds the tarball: seed it with Debian's rg.
  cp "$(command -v rg)" "$tmp/rgstage/rg"
  tar czf "$tmp/$RIPGREP_CACHE/$RIPGREP_TARBALL" -C "$tmp/rgstage" rg
  cd "$CACHE/code-server"
  [ -f package.json ] || npm init -y >/dev/null
  # As root the postinstall needs unsafe_perm; node-pty runs `npx node-gyp`, which needs yes=true.
  TMPDIR="$tmp" npm_config_unsafe_perm=true npm_config_yes=true npm_config_fund=false npm_config_audit=false \
    npm install --no-save "code-server@$CODE_SERVER_VERSION" >"$CACHE/install.log" 2>&1 || {
    tail -40 "$CACHE/install.log"
    exit 1
  }
fi
echo "e2e: ready ($CACHE/code-server/node_modules/.bin/code-server)"
