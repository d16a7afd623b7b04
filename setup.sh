#!/usr/bin/env bash
# Quick-start command 1: set up everything and build build/timeline.html.
#   bash setup.sh            # install (idempotent) and build the timeline
#   bash setup.sh --no-build # install only (used by test.sh)
# Needs only Python 3.11 (python3.11 or python3 on PATH). Installs, all pinned:
#   .tools/      uv (the installer), pinned in requirements-tools.txt
#   .venv/       the package and every Python dependency, from uv.lock
#   node_modules the browser bundles (plotly.js basic dist, TimelineJS), from package-lock.json
#   Debian's chromium for the browser tests and fonts-noto-cjk (apt-get, when missing and we are root)
set -euo pipefail
cd "$(dirname "$0")"

build=1
[ "${1:-}" = "--no-build" ] && build=0

PY=${PYTHON:-}
if [ -z "$PY" ]; then
  for cand in python3.11 python3; do
    if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      PY=$(command -v "$cand"); break
    fi
  done
fi
[ -n "$PY" ] || { echo "setup.sh: Python 3.11 is required (set PYTHON=/path/to/python3.11)" >&2; exit 1; }

# 1. uv, pinned, in a project-local tools venv.
if [ ! -x .tools/bin/uv ] || ! cmp -s requirements-tools.txt .tools/requirements-tools.txt; then
  "$PY" -m venv .tools
  .tools/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-tools.txt
  cp requirements-tools.txt .tools/requirements-tools.txt
fi

# 2. The package and its dependencies, exactly as locked, compiled to bytecode now (a venv without .pyc
#    files pays the compilation on every start when PYTHONDONTWRITEBYTECODE is set or it is read-only).
.tools/bin/uv sync --frozen --python "$PY" --quiet --compile-bytecode
.venv/bin/python -m compileall -q -j 0 timeline >/dev/null

# 3. JavaScript bundles used by the exports and their browser tests.
if [ -f package-lock.json ]; then
  if [ ! -d node_modules ] || ! cmp -s package-lock.json node_modules/.package-lock.json.copy; then
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.package-lock.json.copy
  fi
fi

# 4. Debian's Chromium for browser tests and static images (never a downloaded browser), and the
#    Noto CJK fonts so Chinese, Japanese and Korean text renders on the page and in PNG/SVG exports.
missing=""
[ -x /usr/bin/chromium ] || missing="chromium fonts-liberation"
if ! dpkg -s fonts-noto-cjk >/dev/null 2>&1 && ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  missing="$missing fonts-noto-cjk"
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup.sh: installing Debian packages: $missing" >&2
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "setup.sh: warning: missing Debian packages:$missing (chromium for browser tests, fonts-noto-cjk for CJK text)" >&2
  fi
fi

if [ "$build" = 1 ]; then
  .venv/bin/timeline build
fi
