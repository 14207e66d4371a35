#!/usr/bin/env bash
# Installs what is missing, builds Tend and starts it. Arguments go to Tend, e.g. --demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec build/app/tend "$@"
