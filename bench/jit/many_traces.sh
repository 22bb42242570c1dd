#!/usr/bin/env bash
# Emission cost over many traces: generates a program with N functions, each
# with its own hot loop, runs it with --jit=on --stats and prints the
# per-trace and per-uop costs from the stats.
#   bench/jit/many_traces.sh [N] [GLASSJIT]
set -euo pipefail
n="${1:-500}"
glassjit="${2:-build/glassjit}"
prog="$(mktemp --suffix=.py)"
trap 'rm -f "$prog"' EXIT
{
    for ((i = 0; i < n; i++)); do
        cat <<PY
def f$i(k):
    t = $i
    for j in range(k):
        if j % 3 == 0:
            t += j * $i
        else:
            t -= j
    return t
PY
    done
    echo "total = 0"
    for ((i = 0; i < n; i++)); do echo "total += f$i(40)"; done
    echo "print(total)"
} >"$prog"
"$glassjit" --jit=on --stats "$prog" 2>&1 >/dev/null |
    grep -E "traces jitted|uops jitted|emit time|mprotect|jit memory|side traces"
