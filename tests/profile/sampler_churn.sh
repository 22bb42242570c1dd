# sampler_churn.sh BUILD_DIR SOURCE_DIR - the built-in sampler while JIT
# code is freed mid-run (tests/profile/programs/sampler_churn.py: a compiled
# loop whose trace is invalidated and freed, then compiled again), with and
# without GLASSJIT_GC_STRESS=1, at 1000 Hz.  Checks: output and status as
# unsampled; the sampler saw the free (GLASSJIT_SAMPLE_STATS reports "N JIT
# code frees", N >= 1: samples were named before the code went away); no
# `[jit]` frame (every JIT sample named), >= 98% of the samples reach
# `main`, py::hot is the innermost guest frame of most samples and uops are
# leaves.
set -u
. "$2/tests/observe/common.bash"
GJ="$1/glassjit"
[ -x "$GJ" ] || fail "$GJ not built"
PROG="$2/tests/profile/programs/sampler_churn.py"
[ -f "$PROG" ] || fail "$PROG missing"
T=$(mktemp -d /tmp/gj-sampler-churn.XXXXXX)
trap 'rm -rf "$T"' EXIT
unset GLASSJIT_GDB GLASSJIT_PERF GLASSJIT_UNWIND GLASSJIT_GUEST_FRAMES GLASSJIT_JIT GLASSJIT_JIT_THRESHOLD
unset GLASSJIT_GC_STRESS GLASSJIT_SAMPLE_STATS
export GLASSJIT_SEAL_DELAY=0 # traces run as machine code at once
N=20000000                   # ~0.3-0.5 s of compiled loop

for gc in 0 1; do
    export GLASSJIT_GC_STRESS=$gc
    "$GJ" "$PROG" $N >"$T/plain.out" 2>"$T/plain.err" || fail "gc=$gc: unsampled run failed: $(cat "$T/plain.err")"
    GLASSJIT_SAMPLE_STATS=1 "$GJ" --sample="$T/churn.folded" --sample-hz=1000 "$PROG" $N \
        >"$T/s.out" 2>"$T/s.err"
    rc=$?
    [ $rc = 0 ] || fail "gc=$gc: sampled run exited $rc: $(cat "$T/s.err")"
    cmp -s "$T/plain.out" "$T/s.out" || fail "gc=$gc: sampled output differs from unsampled"
    frees=$(sed -n 's/.*, \([0-9][0-9]*\) JIT code frees$/\1/p' "$T/s.err")
    [ -n "$frees" ] || fail "gc=$gc: no sampler statistics on stderr: $(cat "$T/s.err")"
    [ "$frees" -ge 1 ] || fail "gc=$gc: the sampler saw no JIT code freed (the program should invalidate a trace)"
    grep -qvE '^[^ ;]+(;[^ ;]+)* [1-9][0-9]*$' "$T/churn.folded" && fail "gc=$gc: malformed folded lines"
    stats=$(awk '
    {
        n = $NF; line = $0; sub(/ [0-9]+$/, "", line)
        k = split(line, f, ";")
        total += n; m = 0; j = 0; inner = ""
        for (i = 1; i <= k; i++) {
            if (f[i] == "main") m = 1
            if (f[i] == "[jit]") j = 1
            if (f[i] ~ /^py::/) inner = f[i]
        }
        reach += m * n; jit += j * n
        if (inner == "py::hot:sampler_churn.py") hot += n
        if (f[k] ~ /^_[A-Z][A-Z0-9_]*$/) uop += n
    }
    END { printf "%d %d %d %d %d\n", total, reach, jit, hot, uop }' "$T/churn.folded")
    set -- $stats
    echo "gc=$gc: samples=$1 reach_main=$2 jit=$3 in_hot=$4 uop_leaf=$5 frees=$frees"
    [ "$1" -gt 0 ] || fail "gc=$gc: no samples"
    [ $(($2 * 100)) -ge $(($1 * 98)) ] || fail "gc=$gc: only $2 of $1 samples reach main"
    [ "$3" = 0 ] || fail "gc=$gc: $3 samples with an unnamed [jit] frame"
    [ $(($4 * 2)) -gt "$1" ] || fail "gc=$gc: py::hot innermost in only $4 of $1 samples"
    [ $(($5 * 5)) -ge "$1" ] || fail "gc=$gc: uop names are the leaf of only $5 of $1 samples"
done
echo "PASS"
