#!/usr/bin/env bash
# Usage: run_differential.sh GLASSJIT SEED COUNT [--modes LIST] [--python PY]
#            [--gen GEN_PROGRAMS] [--keep DIR] [--first N] [--jobs N]
#            [--threshold N]
#
# Differential test of glassjit's tiers.  Generates COUNT random programs with
# gen_programs (default: next to GLASSJIT) and, for each program, runs
#
#   tier 1:     GLASSJIT --jit=off prog.py
#   each MODE:  GLASSJIT_JIT_THRESHOLD=N GLASSJIT --jit=MODE --stats prog.py
#   (--python): PY prog.py
#
# and compares stdout and the exit status byte for byte: every MODE against
# tier 1, and tier 1 against PY.  LIST is comma-separated (default "uops"),
# e.g. --modes uops,on.  With --threshold 1 (the default) every loop is traced
# after its first iteration; larger thresholds let the branch history pick
# trace directions.  A glassjit run that times out, dies of a signal or prints
# a sanitizer report fails even if every tier does the same.  The batch must
# also really exercise tier 2: for every MODE the "traces compiled" and
# "trace entries" counters of --stats, summed over the batch, must be > 0, so
# the test cannot pass vacuously.
#
# The first failing program is reported with a diff and the command lines to
# reproduce it; failing programs are kept (in --keep DIR, or in the temp dir,
# which is then not removed).  Prints "N passed, M failed"; exits 0 only if
# every program matched and tier 2 was exercised.
#
# --first N starts at program index N (program I depends only on SEED and I);
# --jobs N splits the batch into N parallel chunks.  GLASSJIT_FUZZ_TIMEOUT
# (seconds, default 20) bounds each run.
set -u
export PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8
unset GLASSJIT_JIT GLASSJIT_JIT_THRESHOLD

usage() {
    sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

[ "$#" -ge 3 ] || usage
gj=$1 seed=$2 count=$3
shift 3
modes=uops
py=
gen=
keep=
first=0
jobs=1
threshold=1
trace_check=1
timeout_s=${GLASSJIT_FUZZ_TIMEOUT:-20}
while [ "$#" -gt 0 ]; do
    case "$1" in
        --modes) modes=${2:?}; shift 2 ;;
        --modes=*) modes=${1#--modes=}; shift ;;
        --python) py=${2:?}; shift 2 ;;
        --python=*) py=${1#--python=}; shift ;;
        --gen) gen=${2:?}; shift 2 ;;
        --gen=*) gen=${1#--gen=}; shift ;;
        --keep) keep=${2:?}; shift 2 ;;
        --keep=*) keep=${1#--keep=}; shift ;;
        --first) first=${2:?}; shift 2 ;;
        --first=*) first=${1#--first=}; shift ;;
        --jobs) jobs=${2:?}; shift 2 ;;
        --jobs=*) jobs=${1#--jobs=}; shift ;;
        --threshold) threshold=${2:?}; shift 2 ;;
        --threshold=*) threshold=${1#--threshold=}; shift ;;
        --no-trace-check) trace_check=0; shift ;; # internal: chunks of --jobs
        *) echo "run_differential.sh: unknown argument: $1" >&2; usage ;;
    esac
done

case "$seed$count$first$jobs$threshold" in
    *[!0-9]*) echo "run_differential.sh: SEED, COUNT, --first, --jobs and --threshold must be non-negative integers" >&2; exit 2 ;;
esac

abspath() {
    case "$1" in
        /*) printf '%s\n' "$1" ;;
        */*) printf '%s/%s\n' "$(cd "$(dirname "$1")" && pwd)" "$(basename "$1")" ;;
        *) command -v "$1" ;;
    esac
}

# stat FILE LABEL: the integer after "LABEL:" in a --stats dump (0 if absent).
stat() {
    local v
    v=$(sed -n "s/^ *$2: *\([0-9][0-9]*\).*/\1/p" "$1" | tail -n 1)
    echo "${v:-0}"
}

gj=$(abspath "$gj")
if [ ! -x "$gj" ]; then
    echo "run_differential.sh: glassjit binary not found: $gj" >&2
    exit 2
fi
[ -n "$gen" ] || gen=$(dirname "$gj")/gen_programs
gen=$(abspath "$gen")
if [ ! -x "$gen" ]; then
    echo "run_differential.sh: gen_programs not found: $gen (build target gen_programs, or pass --gen)" >&2
    exit 2
fi
if [ -n "$py" ]; then
    py=$(abspath "$py")
    if [ ! -x "$py" ]; then
        echo "run_differential.sh: python not found: $py" >&2
        exit 2
    fi
fi
IFS=, read -r -a mode_list <<< "$modes"
if [ "${#mode_list[@]}" -eq 0 ]; then
    echo "run_differential.sh: empty --modes" >&2
    exit 2
fi

if [ "$jobs" -gt 1 ] && [ "$count" -gt 1 ]; then
    # Parallel: run chunks of this script, then add up their results.
    [ "$jobs" -le "$count" ] || jobs=$count
    par=$(mktemp -d "${TMPDIR:-/tmp}/glassjit_fuzz_par.XXXXXX")
    shared_keep=$keep
    [ -n "$shared_keep" ] || shared_keep=$(mktemp -d "${TMPDIR:-/tmp}/glassjit_fuzz_failures.XXXXXX")
    pyargs=()
    [ -z "$py" ] || pyargs=(--python "$py")
    per=$(((count + jobs - 1) / jobs))
    pids=()
    for ((j = 0; j < jobs; j++)); do
        cf=$((first + j * per))
        cn=$per
        [ $((cf + cn)) -le $((first + count)) ] || cn=$((first + count - cf))
        [ "$cn" -gt 0 ] || break
        bash "$0" "$gj" "$seed" "$cn" --first "$cf" --modes "$modes" --gen "$gen" "${pyargs[@]}" --threshold "$threshold" \
            --keep "$shared_keep" --no-trace-check > "$par/$j.out" 2> "$par/$j.err" &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p"; done
    passed=0 failed=0 status=0
    for ((j = 0; j < ${#pids[@]}; j++)); do
        cat "$par/$j.err" >&2
        line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$par/$j.out")
        if [ -z "$line" ]; then
            echo "FAIL: chunk $j produced no summary" >&2
            status=1
            continue
        fi
        read -r np _ nf _ <<< "$line"
        passed=$((passed + np))
        failed=$((failed + nf))
    done
    for m in "${mode_list[@]}"; do
        c=$(cat "$par"/*.out | sed -n "s/^jit=$m: traces compiled \([0-9]*\), trace entries \([0-9]*\).*/\1 \2/p" | awk '{c+=$1; e+=$2} END {print c+0, e+0}')
        read -r nc ne <<< "$c"
        echo "jit=$m: traces compiled $nc, trace entries $ne (over $count programs)"
        if [ "$nc" -eq 0 ] || [ "$ne" -eq 0 ]; then
            echo "FAIL: jit=$m compiled or entered no traces: tier 2 was not exercised" >&2
            status=1
        fi
    done
    if [ "$failed" -gt 0 ]; then
        status=1
        echo "failing programs kept in $shared_keep: $(cd "$shared_keep" && printf '%s ' prog_*.py)"
    elif [ -z "$keep" ]; then
        rm -rf "$shared_keep"
    fi
    rm -rf "$par"
    echo "$passed passed, $failed failed"
    exit "$status"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/glassjit_fuzz.XXXXXX")
progs=$tmp/progs
out=$tmp/out
mkdir -p "$progs" "$out"
if [ -n "$keep" ]; then
    mkdir -p "$keep" && keep=$(cd "$keep" && pwd)
fi
kdir=${keep:-$progs}
if ! "$gen" "$seed" "$count" "$progs" "$first"; then
    echo "run_differential.sh: gen_programs failed" >&2
    rm -rf "$tmp"
    exit 2
fi

declare -A compiled entries
for m in "${mode_list[@]}"; do
    compiled[$m]=0
    entries[$m]=0
done

# run NAME PROG CMD...: stdout to $out/NAME.stdout, stderr to $out/NAME.stderr,
# status to $out/NAME.status (cwd = program dir, stdin = /dev/null).
run() {
    local name=$1 prog=$2
    shift 2
    (cd "$progs" && timeout "$timeout_s" "$@" "$prog" < /dev/null > "$out/$name.stdout" 2> "$out/$name.stderr")
    echo $? > "$out/$name.status"
}

passed=0
failed=0
first_fail=
failed_names=()

# compare PROG A B LABEL_A LABEL_B CMD_A CMD_B: 0 if stdout and status match.
compare() {
    local prog=$1 a=$2 b=$3 la=$4 lb=$5 ca=$6 cb=$7
    if cmp -s "$out/$a.stdout" "$out/$b.stdout" && cmp -s "$out/$a.status" "$out/$b.status"; then
        return 0
    fi
    if [ -z "$first_fail" ]; then
        first_fail=$prog
        {
            echo "FAIL: $prog: $lb differs from $la"
            echo "  $la exit status: $(cat "$out/$a.status"), $lb exit status: $(cat "$out/$b.status")"
            echo "--- stdout diff ($la vs $lb), first 40 lines ---"
            diff -u --label "$la" --label "$lb" "$out/$a.stdout" "$out/$b.stdout" | head -n 40
            for s in "$a" "$b"; do
                # the program's own stderr, without the --stats dump at exit
                sed '/^glassjit stats:$/,$d' "$out/$s.stderr" > "$out/$s.stderr.prog"
                if [ -s "$out/$s.stderr.prog" ]; then
                    echo "--- stderr of $s (first 15 lines) ---"
                    head -n 15 "$out/$s.stderr.prog"
                fi
            done
            echo "--- reproduce ---"
            echo "  $ca"
            echo "  $cb"
            echo "  (regenerate it: $gen $seed 1 DIR $i)"
        } >&2
    else
        echo "FAIL: $prog: $lb differs from $la" >&2
    fi
    return 1
}

# sane NAME LABEL CMD: a run that timed out, died of a signal or reported a
# sanitizer error fails even when every tier behaves the same way.
sane() {
    local st
    st=$(cat "$out/$1.status")
    if [ "$st" -ge 124 ]; then
        echo "FAIL: $prog: $2 exited with status $st (124: timeout after ${timeout_s} s; >128: signal)" >&2
        echo "  reproduce: $3" >&2
        return 1
    fi
    if grep -qE 'ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer' "$out/$1.stderr"; then
        echo "FAIL: $prog: $2 reported a sanitizer error:" >&2
        grep -E -m 5 'ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer' "$out/$1.stderr" >&2
        echo "  reproduce: $3" >&2
        return 1
    fi
    return 0
}

for ((i = first; i < first + count; i++)); do
    prog=prog_${seed}_$i.py
    ok=1
    run t1 "$prog" "$gj" --jit=off
    sane t1 "tier 1" "$gj --jit=off $kdir/$prog" || ok=0
    for m in "${mode_list[@]}"; do
        run "m_$m" "$prog" env GLASSJIT_JIT_THRESHOLD="$threshold" "$gj" --jit="$m" --stats
        sane "m_$m" "jit=$m" "GLASSJIT_JIT_THRESHOLD=$threshold $gj --jit=$m --stats $kdir/$prog" || ok=0
        compiled[$m]=$((compiled[$m] + $(stat "$out/m_$m.stderr" "traces compiled")))
        entries[$m]=$((entries[$m] + $(stat "$out/m_$m.stderr" "trace entries")))
        if ! compare "$prog" t1 "m_$m" "tier1" "jit=$m" \
            "$gj --jit=off $kdir/$prog" \
            "GLASSJIT_JIT_THRESHOLD=$threshold $gj --jit=$m --stats $kdir/$prog"; then
            ok=0
        fi
    done
    if [ -n "$py" ]; then
        run py "$prog" "$py"
        if ! compare "$prog" py t1 "cpython" "tier1" "$py $kdir/$prog" "$gj --jit=off $kdir/$prog"; then
            ok=0
        fi
    fi
    if [ "$ok" -eq 1 ]; then
        passed=$((passed + 1))
        rm -f "$progs/$prog"
    else
        failed=$((failed + 1))
        failed_names+=("$prog")
    fi
done

status=0
for m in "${mode_list[@]}"; do
    [ "$trace_check" -eq 1 ] || { echo "jit=$m: traces compiled ${compiled[$m]}, trace entries ${entries[$m]} (over $count programs)"; continue; }
    echo "jit=$m: traces compiled ${compiled[$m]}, trace entries ${entries[$m]} (over $count programs)"
    if [ "${compiled[$m]}" -eq 0 ] || [ "${entries[$m]}" -eq 0 ]; then
        echo "FAIL: jit=$m compiled or entered no traces: tier 2 was not exercised" >&2
        status=1
    fi
done

if [ "$failed" -gt 0 ]; then
    status=1
    if [ -n "$keep" ]; then
        for p in "${failed_names[@]}"; do cp "$progs/$p" "$keep/"; done
        rm -rf "$tmp"
        echo "failing programs kept in $keep: ${failed_names[*]}"
    else
        rm -rf "$out"
        echo "failing programs kept in $progs: ${failed_names[*]}"
    fi
else
    rm -rf "$tmp"
fi
echo "$passed passed, $failed failed"
exit "$status"
