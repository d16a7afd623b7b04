#!/usr/bin/env bash
# Quick-start command 2: run the whole test suite (installs first, idempotently).
#   bash test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")"
bash setup.sh --no-build
exec .venv/bin/python -m pytest "$@"
