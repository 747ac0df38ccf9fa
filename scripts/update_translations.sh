#!/usr/bin/env bash
# Refresh resources/translations/*.ts from the source (Indonesian is the source language),
# then compile them to .qm for the app to load (ABSENSI_LANG=en absensi).
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in resources/translations/absensi_*.ts; do
  .venv/bin/pyside6-lupdate src/absensi_app/views/*.py src/absensi_app/app.py -ts "$ts"
  .venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
