#!/usr/bin/env bash
# Quick start, command 1: check tools, build glassjit (Release, in build/),
# then profile the n-body example: `glassjit profile examples/nbody.py`
# writes glassjit-profile/flame.svg (and folded.txt, report.txt, perf.data)
# and prints a summary ending with the flame graph's path.  Extra arguments
# go to the example (e.g. `./scripts/run.sh 20000` for the iteration count).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# shellcheck source=scripts/setup.sh
. scripts/setup.sh

glassjit_configure build -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j2

exec build/glassjit profile examples/nbody.py "$@"
