#!/usr/bin/env bash
# Run bench/*.py under CPython (/usr/bin/python3) and glassjit, interleaved,
# and print a Markdown table of median wall-clock times.
#
# usage: scripts/bench.sh [-n RUNS] [-b NAME]... [--config NAME=ARGS]...
#                         [-t TIMEOUT] [-h]
#
#   -n RUNS            runs per benchmark and interpreter (default 5)
#   -b NAME            only this benchmark (repeatable; "nbody", "nbody.py"
#                      and "nbody,fib" all work)
#   --config NAME=ARGS add a glassjit column that runs
#                      `$GLASSJIT ARGS bench/X.py` (ARGS split on spaces),
#                      e.g. --config jit=--jit=on; a config named
#                      "tier1" replaces the default one (--jit=off)
#   -t TIMEOUT         per-run time limit in seconds (default 120)
#
# Environment: GLASSJIT (default build/glassjit), CPYTHON (default
# /usr/bin/python3, Debian's PGO+LTO build: the reference; do not use the
# slower pyenv python3 on PATH).
#
# Runs are round-robin: for run in 1..N, for benchmark, for interpreter.
# Every glassjit run's stdout is compared with CPython's: the "output" column
# says ok, MISMATCH (differs from CPython), FAIL (non-zero exit) or TIMEOUT.
# Progress goes to stderr, the table to stdout. Exit status: 0 if every
# glassjit run matched CPython, 1 otherwise, 2 on a usage error.
set -uo pipefail
export LC_ALL=C

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1

GLASSJIT="${GLASSJIT:-build/glassjit}"
CPYTHON="${CPYTHON:-/usr/bin/python3}"
RUNS=5
TIMEOUT=120
declare -a SELECTED=()
declare -a CFG_NAMES=(tier1)
declare -A CFG_ARGS=([tier1]="--jit=off")

usage() {
    sed -n '2,/^set -uo/{/^set -uo/d; s/^# \{0,1\}//; p}' "${BASH_SOURCE[0]}"
}

die() {
    echo "bench.sh: $*" >&2
    exit 2
}

while (($#)); do
    case "$1" in
    -n)
        [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "-n needs a positive integer"
        RUNS="$2"; shift 2 ;;
    -n*)
        [[ "${1#-n}" =~ ^[1-9][0-9]*$ ]] || die "-n needs a positive integer"
        RUNS="${1#-n}"; shift ;;
    -t)
        [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "-t needs a positive integer"
        TIMEOUT="$2"; shift 2 ;;
    -b)
        [[ -n "${2:-}" ]] || die "-b needs a benchmark name"
        IFS=',' read -r -a names <<<"$2"
        SELECTED+=("${names[@]}"); shift 2 ;;
    --config=*|--config)
        if [[ "$1" == --config ]]; then
            spec="${2:-}"; shift 2 || die "--config needs NAME=ARGS"
        else
            spec="${1#--config=}"; shift
        fi
        [[ "$spec" == *=* ]] || die "--config needs NAME=ARGS (got '$spec')"
        name="${spec%%=*}"
        [[ "$name" =~ ^[A-Za-z0-9_.+-]+$ ]] || die "bad config name '$name'"
        [[ "$name" != cpython ]] || die "config name 'cpython' is reserved"
        if [[ -z "${CFG_ARGS[$name]+set}" ]]; then
            CFG_NAMES+=("$name")
        fi
        CFG_ARGS[$name]="${spec#*=}" ;;
    -h|--help)
        usage; exit 0 ;;
    *)
        usage >&2; die "unknown argument '$1'" ;;
    esac
done

[[ -x "$CPYTHON" ]] || die "reference interpreter $CPYTHON not found (run scripts/setup.sh)"
[[ -x "$GLASSJIT" ]] || die "$GLASSJIT not found or not executable: build it first (scripts/run.sh or cmake --build build), or set GLASSJIT="

# Benchmarks to run.
declare -a BENCHES=()
if ((${#SELECTED[@]})); then
    for b in "${SELECTED[@]}"; do
        b="${b%.py}"; b="${b#bench/}"
        [[ -f "bench/$b.py" ]] || die "no such benchmark: bench/$b.py"
        BENCHES+=("$b")
    done
else
    for f in bench/*.py; do
        [[ -f "$f" ]] || continue
        b="${f#bench/}"; BENCHES+=("${b%.py}")
    done
fi
((${#BENCHES[@]})) || die "no benchmarks found in bench/"

# Interpreters: "cpython" first, then the glassjit configs.
declare -a INTERPS=(cpython "${CFG_NAMES[@]}")

# Current time in microseconds.
if [[ -n "${EPOCHREALTIME:-}" ]]; then
    now_us() {
        local t="${EPOCHREALTIME/[.,]/}"
        REPLY="$((10#$t))"
    }
else
    now_us() {
        local t
        t="$(date +%s%N)"
        REPLY="$((10#${t:0:${#t}-3}))"
    }
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

declare -A TIMES=()   # "bench|interp" -> space-separated microseconds
declare -A STATUS=()  # "bench|interp" -> ok | MISMATCH | FAIL(rc) | TIMEOUT
declare -A DETAIL=()  # "bench|interp" -> first lines of stderr / diff

# run_one BENCH INTERP RUN: time one run, record the result.
run_one() {
    local b="$1" i="$2" run="$3" key="$1|$2" out err rc t0 t1 us
    local -a cmd
    if [[ "$i" == cpython ]]; then
        cmd=("$CPYTHON" "bench/$b.py")
    else
        # ARGS are split on whitespace on purpose.
        # shellcheck disable=SC2206
        cmd=("$GLASSJIT" ${CFG_ARGS[$i]} "bench/$b.py")
    fi
    out="$TMP/$b.$i.out"
    err="$TMP/$b.$i.err"
    now_us; t0="$REPLY"
    timeout "$TIMEOUT" "${cmd[@]}" </dev/null >"$out" 2>"$err"
    rc=$?
    now_us; t1="$REPLY"
    us=$((t1 - t0))

    if ((rc == 124)); then
        STATUS[$key]="TIMEOUT"
        DETAIL[$key]="run $run: timed out after ${TIMEOUT}s"
    elif ((rc != 0)); then
        STATUS[$key]="FAIL($rc)"
        DETAIL[$key]="run $run: exit $rc: $(head -c 400 "$err" | tail -n 5)"
    else
        TIMES[$key]+="$us "
        if [[ "$i" != cpython ]]; then
            if [[ ! -f "$TMP/$b.ref" ]]; then
                [[ -n "${STATUS[$key]:-}" ]] || STATUS[$key]="no-ref"
            elif cmp -s "$TMP/$b.ref" "$out"; then
                [[ -n "${STATUS[$key]:-}" ]] || STATUS[$key]="ok"
            else
                STATUS[$key]="MISMATCH"
                [[ -n "${DETAIL[$key]:-}" ]] || DETAIL[$key]="run $run: stdout differs from CPython:
$(diff "$TMP/$b.ref" "$out" | head -n 8)"
            fi
        elif [[ ! -f "$TMP/$b.ref" ]]; then
            cp "$out" "$TMP/$b.ref"
        fi
    fi
    printf '  run %d/%d  %-16s %-12s %s\n' "$run" "$RUNS" "$b" "$i" \
        "$(awk -v u="$us" 'BEGIN { printf "%.3fs", u / 1e6 }') ${STATUS[$key]:-}" >&2
}

echo "bench.sh: ${#BENCHES[@]} benchmarks x ${#INTERPS[@]} interpreters x $RUNS runs" >&2
echo "  cpython  = $CPYTHON" >&2
for c in "${CFG_NAMES[@]}"; do
    echo "  $c = $GLASSJIT ${CFG_ARGS[$c]}" >&2
done

for ((run = 1; run <= RUNS; run++)); do
    for b in "${BENCHES[@]}"; do
        for i in "${INTERPS[@]}"; do
            # A config that crashed or timed out once is not run again.
            case "${STATUS[$b|$i]:-}" in FAIL* | TIMEOUT) continue ;; esac
            run_one "$b" "$i" "$run"
        done
    done
done

# median MICROSECONDS...: prints the median in seconds, or "" if none.
median() {
    (($#)) || { echo ""; return; }
    printf '%s\n' "$@" | sort -n | awk '
        { v[NR] = $1 }
        END {
            if (NR % 2) m = v[(NR + 1) / 2]
            else m = (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%.6f", m / 1e6
        }'
}

# Table.
header="| benchmark | cpython (s)"
rule="|---|---:"
for c in "${CFG_NAMES[@]}"; do
    header+=" | $c (s) | cpython/$c"
    rule+="|---:|---:"
done
header+=" | output |"
rule+="|---|"

declare -A MED=()
for b in "${BENCHES[@]}"; do
    for i in "${INTERPS[@]}"; do
        # shellcheck disable=SC2086
        MED[$b|$i]="$(median ${TIMES[$b|$i]:-})"
    done
done

echo
echo "$header"
echo "$rule"
for b in "${BENCHES[@]}"; do
    ref="${MED[$b|cpython]}"
    if [[ -n "$ref" ]]; then
        row="| $b | $(awk -v s="$ref" 'BEGIN { printf "%.3f", s }')"
    else
        row="| $b | ${STATUS[$b|cpython]:-n/a}"
    fi
    notes=()
    for c in "${CFG_NAMES[@]}"; do
        m="${MED[$b|$c]}"
        st="${STATUS[$b|$c]:-n/a}"
        if [[ -n "$m" && "$st" != FAIL* && "$st" != TIMEOUT ]]; then
            row+=" | $(awk -v s="$m" 'BEGIN { printf "%.3f", s }')"
            if [[ -n "$ref" ]]; then
                row+=" | $(awk -v r="$ref" -v s="$m" 'BEGIN { printf "%.2f", r / s }')"
            else
                row+=" | -"
            fi
        else
            row+=" | - | -"
        fi
        if [[ "$st" != ok ]]; then
            if ((${#CFG_NAMES[@]} > 1)); then notes+=("$st ($c)"); else notes+=("$st"); fi
        fi
    done
    if ((${#notes[@]})); then
        row+=" | ${notes[*]} |"
    else
        row+=" | ok |"
    fi
    echo "$row"
done

# Geometric means over the benchmarks where every interpreter succeeded.
geo_row="| **geomean** "
for i in "${INTERPS[@]}"; do
    vals=()
    for b in "${BENCHES[@]}"; do
        complete=1
        for j in "${INTERPS[@]}"; do
            st="${STATUS[$b|$j]:-ok}"
            if [[ -z "${MED[$b|$j]}" || "$st" == FAIL* || "$st" == TIMEOUT ]]; then
                complete=0
            fi
        done
        ((complete)) && vals+=("${MED[$b|$i]}")
    done
    if ((${#vals[@]})); then
        g="$(printf '%s\n' "${vals[@]}" | awk '{ s += log($1) } END { printf "%.6f", exp(s / NR) }')"
    else
        g=""
    fi
    if [[ "$i" == cpython ]]; then
        gref="$g"
        geo_row+="| ${g:+$(awk -v s="$g" 'BEGIN { printf "%.3f", s }')} "
    elif [[ -n "$g" && -n "$gref" ]]; then
        geo_row+="| $(awk -v s="$g" 'BEGIN { printf "%.3f", s }') | **$(awk -v r="$gref" -v s="$g" 'BEGIN { printf "%.2f", r / s }')** "
    else
        geo_row+="| - | - "
    fi
done
geo_row+="| |"
echo "$geo_row"
echo
echo "Median wall-clock seconds of $RUNS run(s), interleaved; cpython = $CPYTHON."
echo "Ratio = cpython time / glassjit time: > 1 means glassjit is faster."
incomplete=0
for b in "${BENCHES[@]}"; do
    for i in "${INTERPS[@]}"; do
        st="${STATUS[$b|$i]:-}"
        if [[ "$i" == cpython && -n "$st" ]] || [[ "$i" != cpython && "$st" == FAIL* || "$st" == TIMEOUT ]]; then
            incomplete=1
        fi
    done
done
if ((incomplete)); then
    echo "Geomean row: only benchmarks where every interpreter ran to completion."
fi

# Details of problems, after the table.
status=0
for b in "${BENCHES[@]}"; do
    for i in "${INTERPS[@]}"; do
        if [[ -n "${DETAIL[$b|$i]:-}" ]]; then
            status=1
            echo
            echo "$b / $i: ${DETAIL[$b|$i]}" | sed 's/^/    /'
        fi
    done
done
exit "$status"
