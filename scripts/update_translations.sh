#!/usr/bin/env bash
# Refresh resources/translations/*.ts from every layer of the source and compile them to .qm
# (see scripts/update_translations.py; ABSENSI_LANG=en absensi loads the English one).
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python scripts/update_translations.py "$@"
