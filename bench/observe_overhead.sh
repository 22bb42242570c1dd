#!/usr/bin/env bash
# What describing JIT code to perf, gdb, libgcc and libunwind costs at steady
# state: every bench/*.py with --jit=on under three configurations, run
# round-robin (these machines are noisy), median of N runs each:
#   off     no sink (the default when no debugger is attached)
#   sinks   --perf=map,jitdump --gdb --unwind=all --no-guest-frames
#   guest   the same plus guest frames (a trampoline per guest call)
# Prints a Markdown table with the ratios sinks/off and guest/off (1.02 means
# 2% slower).  Files the sinks write go to a temporary directory.
#   bench/observe_overhead.sh [-n RUNS] [-b NAME]...
set -uo pipefail
export LC_ALL=C
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
GLASSJIT="${GLASSJIT:-build/glassjit}"
RUNS=5
declare -a BENCHES=()
while (($#)); do
    case "$1" in
    -n) RUNS="$2"; shift 2 ;;
    -b) BENCHES+=("${2%.py}"); shift 2 ;;
    *) echo "usage: $0 [-n RUNS] [-b NAME]..." >&2; exit 2 ;;
    esac
done
if ((${#BENCHES[@]} == 0)); then
    for f in bench/*.py; do BENCHES+=("$(basename "$f" .py)"); done
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
declare -A ARGS=(
    [off]="--jit=on"
    [sinks]="--jit=on --perf=map,jitdump --jitdump-dir=$tmp --gdb --unwind=all --no-guest-frames"
    [guest]="--jit=on --perf=map,jitdump --jitdump-dir=$tmp --gdb --unwind=all --guest-frames"
)
CONFIGS=(off sinks guest)
declare -A TIMES=()
for ((r = 1; r <= RUNS; r++)); do
    for b in "${BENCHES[@]}"; do
        for c in "${CONFIGS[@]}"; do
            s=$(date +%s%N)
            # shellcheck disable=SC2086
            "$GLASSJIT" ${ARGS[$c]} "bench/$b.py" >/dev/null 2>"$tmp/err" &
            pid=$!
            if ! wait "$pid"; then
                echo "observe_overhead: $b failed under $c:" >&2
                cat "$tmp/err" >&2
                exit 1
            fi
            e=$(date +%s%N)
            TIMES[$b|$c]+="$(((e - s) / 1000)) "
            rm -f "$tmp"/jit-*.dump "/tmp/perf-$pid.map"
        done
    done
    echo "run $r/$RUNS done" >&2
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.4f", m / 1e6 }'; }
echo "| benchmark | off (s) | sinks (s) | guest (s) | sinks/off | guest/off |"
echo "|---|---:|---:|---:|---:|---:|"
ls_s=0 lg_s=0 n=0
for b in "${BENCHES[@]}"; do
    # shellcheck disable=SC2086
    o=$(median ${TIMES[$b|off]}) s=$(median ${TIMES[$b|sinks]}) g=$(median ${TIMES[$b|guest]})
    rs=$(awk -v a="$s" -v b="$o" 'BEGIN { printf "%.3f", a / b }')
    rg=$(awk -v a="$g" -v b="$o" 'BEGIN { printf "%.3f", a / b }')
    echo "| $b | $o | $s | $g | $rs | $rg |"
    ls_s=$(awk -v t="$ls_s" -v x="$rs" 'BEGIN { print t + log(x) }')
    lg_s=$(awk -v t="$lg_s" -v x="$rg" 'BEGIN { print t + log(x) }')
    n=$((n + 1))
done
echo "| **geomean** | | | | **$(awk -v t="$ls_s" -v n="$n" 'BEGIN { printf "%.3f", exp(t / n) }')** | **$(awk -v t="$lg_s" -v n="$n" 'BEGIN { printf "%.3f", exp(t / n) }')** |"
echo
echo "Median of $RUNS interleaved runs each; $GLASSJIT; ratios > 1 mean slower than no sinks."
