#!/usr/bin/env bash
# The report page's pure views and input functions (src/main/resources/META-INF/resources/report) under Node's own
# test runner: no npm package is needed. Maven runs this in the verify phase; without Node 20 or later it skips.
set -euo pipefail
cd "$(dirname "$0")"
major=$(node --version 2>/dev/null | sed -n 's/^v\([0-9]*\).*/\1/p')
if [ -z "$major" ] || [ "$major" -lt 20 ]; then
  echo "[report page] Skipped the Node tests in src/test/js: they need Node 20 or later on the PATH (found: ${major:-none})." >&2
  exit 0
fi
exec node --test --test-reporter=spec .
