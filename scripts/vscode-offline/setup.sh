#!/usr/bin/env bash
# One-time, idempotent setup for the OFFLINE integration-test route (see test/integration/README.md).
#
# Installs code-server 4.100.3 (= VS Code 1.100.3 server + web workbench) from the npm registry into
# <repo>/.vscode-test/code-server/, plus the Debian packages it needs (chromium drives the workbench,
# ripgrep replaces the GitHub download in code-server's postinstall, libkrb5-dev/build-essential/python3
# build the native modules). Recipe: /work/shared/notes/vscode-offline-testing.md.
#
# Safe to run on every CI job: when the marker file matches the version, it does nothing (< 0.1 s).
# Works without stdin and as root (CI=true). Env: CREDENCE_CODE_SERVER_DIR overrides the install dir.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEST="${CREDENCE_CODE_SERVER_DIR:-$REPO_ROOT/.vscode-test/code-server}"
MARKER="$DEST/.credence-installed"
CHROMIUM=/usr/lib/chromium/chromium   # the real binary; the /usr/bin/chromium wrapper script is noisy

T0=$(date +%s.%N)
step_start=$T0
log() { printf '[vscode-offline setup] %s\n' "$*"; }
# Prints how long the step that just finished took, so slow CI machines are easy to diagnose.
step_done() {
  local now; now=$(date +%s.%N)
  log "$(awk -v a="$step_start" -v b="$now" -v s="$1" 'BEGIN{printf "%-44s %6.1f s", s, b-a}')"
  step_start=$now
}

# ---- 1. Debian packages (only the missing ones; apt-get update only if something is missing) ----------
APT_PACKAGES=(chromium ripgrep libkrb5-dev build-essential python3)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then missing+=("$p"); fi
done
if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi   # -n: never prompt (no stdin in CI)
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  step_done "apt-get install (${#missing[@]} packages)"
fi
[ -x "$CHROMIUM" ] || { log "ERROR: $CHROMIUM not found after installing chromium"; exit 1; }
command -v rg >/dev/null || { log "ERROR: rg (ripgrep) not found"; exit 1; }

# ---- 2. Already installed? --------------------------------------------------------------------------
if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "code-server@$CODE_SERVER_VERSION" ] \
   && [ -x "$DEST/node_modules/.bin/code-server" ]; then
  log "code-server@$CODE_SERVER_VERSION already installed in $DEST (nothing to do)"
  exit 0
fi

# Serialise concurrent setups (two CI steps, or run.cjs + a manual run) on the same directory.
mkdir -p "$(dirname "$DEST")"
exec 9>"$(dirname "$DEST")/.code-server-setup.lock"
flock 9
if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "code-server@$CODE_SERVER_VERSION" ]; then
  log "installed by a concurrent setup run"; exit 0
fi

# A half-finished install (no marker) is not trusted: start from scratch.
rm -rf "$DEST"
mkdir -p "$DEST"
cd "$DEST"

# Do not depend on the developer's ~/.npmrc: the node headers in /usr/include/node let node-gyp build
# offline (otherwise it downloads headers from nodejs.org, which is blocked).
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
# unsafe_perm: we run as root and the install scripts must run as root too.
export npm_config_unsafe_perm=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
NPM_Q=(--loglevel=error)   # npm 11 prints harmless "allowScripts" / "Unknown env config" warnings

echo '{"name":"credence-code-server-host","private":true}' > package.json
# --ignore-scripts: code-server's postinstall downloads ripgrep from GitHub, which fails offline.
npm install "${NPM_Q[@]}" --ignore-scripts "code-server@$CODE_SERVER_VERSION"
step_done "npm install code-server@$CODE_SERVER_VERSION"

# argon2 is loaded at startup even with --auth none; its prebuilt binary also comes from GitHub.
npm_config_build_from_source=true npm rebuild "${NPM_Q[@]}" argon2
step_done "npm rebuild argon2 (from source)"

# ---- 3. code-server's postinstall.sh, done by hand (minus the ripgrep download) -----------------------
cd node_modules/code-server/lib/vscode
npm install "${NPM_Q[@]}" --omit=dev --ignore-scripts
step_done "npm install lib/vscode deps"

# With bin/rg present, @vscode/ripgrep's own postinstall skips the download.
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
# npm_config_yes: node-pty's post-install runs `npx node-gyp ...`, which ~/.npmrc's yes=false would cancel.
npm_config_yes=true npm rebuild "${NPM_Q[@]}"
step_done "npm rebuild lib/vscode (native modules)"

ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
# (stdout dropped: its postinstall lists every file it prunes from typescript; errors still show)
(cd extensions && npm_config_yes=true npm install "${NPM_Q[@]}" --omit=dev >/dev/null)
step_done "builtin extensions deps + symlinks"

# ---- 4. Sanity check, then mark as installed (the marker is written last on purpose) -----------------
"$DEST/node_modules/.bin/code-server" --version >/dev/null
echo "code-server@$CODE_SERVER_VERSION" > "$MARKER"
step_start=$T0
step_done "TOTAL setup"
log "installed: $DEST ($(du -sh "$DEST" | cut -f1))"
