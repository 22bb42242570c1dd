# sampler_folded.sh BUILD_DIR SOURCE_DIR - the built-in sampler
# (`glassjit --sample=FILE`, src/profile/sampler.c) over a CPU-bound guest
# program, tests/profile/programs/sampler_hot.py, at 1000 Hz, in three
# settings: JIT on, JIT off, JIT on with GLASSJIT_GC_STRESS=1.  Each run:
#   - the program's stdout and exit status are those of an unsampled run;
#   - FILE is folded stacks: every line `frame;...;frame COUNT`, no empty
#     frame, no space inside the stack, COUNT a positive integer;
#   - the total is plausible: within a factor of 2 of CPU seconds x 1000
#     (counts are periods of 1/hz s of CPU time, see sampler.c);
#   - the hottest guest function is `crunch`: first by the innermost py::
#     frame of each sample, and by inclusive samples (each py:: function
#     counted once per stack) crunch has more than half of all samples, more
#     than `light`, and no more than `work` and `main`, which call it;
#   - >= 98% of the samples reach `main` (the C function; the others are
#     broken unwinds); no `[jit]` frame (JIT code without a name),
#     < 2% of the samples with an `[unknown]` frame;
#   - JIT on: uop names (`_BINARY_OP_...`) are the leaf of >= 20% of the
#     samples, and `_BINARY_OP_MOD_INT` (crunch's hot `%`) is one of them.
# The program's size is doubled until an unsampled run takes >= 0.6 s of
# CPU, so slow builds (sanitizers) and fast ones test the same thing.
set -u
. "$2/tests/observe/common.bash"
GJ="$1/glassjit"
[ -x "$GJ" ] || fail "$GJ not built"
PROG="$2/tests/profile/programs/sampler_hot.py"
[ -f "$PROG" ] || fail "$PROG missing"
T=$(mktemp -d /tmp/gj-sampler.XXXXXX)
trap 'rm -rf "$T"' EXIT
unset GLASSJIT_GDB GLASSJIT_PERF GLASSJIT_UNWIND GLASSJIT_GUEST_FRAMES GLASSJIT_JIT GLASSJIT_JIT_THRESHOLD
unset GLASSJIT_GC_STRESS GLASSJIT_SAMPLE_STATS
HZ=1000

# run NAME ARGS... : runs glassjit ARGS with stdout/stderr/status/CPU
# seconds (user + sys, from the shell's `times`) in $T/NAME.{out,err,rc,cpu}.
run() {
    local name=$1
    shift
    (
        "$GJ" "$@" >"$T/$name.out" 2>"$T/$name.err"
        echo $? >"$T/$name.rc"
        times >"$T/$name.times"
    )
    # second line of `times`: children's user and system time, "XmY.YYYs"
    awk 'NR == 2 { s = 0; for (i = 1; i <= 2; i++) { split($i, a, "m"); sub(/s$/, "", a[2]); s += a[1] * 60 + a[2] }
                   printf "%.3f\n", s }' "$T/$name.times" >"$T/$name.cpu"
}

check_mode() {
    local mode=$1 jit=$2
    local reps=500 cpu
    while :; do
        run "$mode-plain" --jit="$jit" "$PROG" $reps
        cpu=$(cat "$T/$mode-plain.cpu")
        awk -v c="$cpu" 'BEGIN { exit !(c >= 0.6) }' && break
        [ $reps -ge 64000 ] && fail "$mode: the program never took 0.6 s of CPU (last: $cpu s)"
        reps=$((reps * 2))
    done
    [ "$(cat "$T/$mode-plain.rc")" = 0 ] || fail "$mode: unsampled run failed: $(cat "$T/$mode-plain.err")"
    local F="$T/$mode.folded"
    run "$mode" --jit="$jit" --sample="$F" --sample-hz=$HZ "$PROG" $reps
    [ "$(cat "$T/$mode.rc")" = 0 ] || fail "$mode: sampled run exited $(cat "$T/$mode.rc"): $(cat "$T/$mode.err")"
    cmp -s "$T/$mode-plain.out" "$T/$mode.out" || fail "$mode: sampled output differs from unsampled"
    [ -s "$T/$mode.err" ] && fail "$mode: sampled run wrote to stderr: $(head -5 "$T/$mode.err")"
    [ -s "$F" ] || fail "$mode: $F empty"
    local bad
    bad=$(grep -nvE '^[^ ;]+(;[^ ;]+)* [1-9][0-9]*$' "$F" | head -3)
    [ -z "$bad" ] || fail "$mode: malformed folded lines: $bad"

    # one line of numbers: total main guest_main jit unknown uop_leaf modint_leaf
    #   then the innermost-guest ranking and inclusive counts of the four functions
    local stats
    stats=$(awk '
    {
        n = $NF; line = $0; sub(/ [0-9]+$/, "", line)
        k = split(line, f, ";")
        total += n
        has_main = 0; has_jit = 0; has_unk = 0; inner = ""
        delete seen
        for (i = 1; i <= k; i++) {
            if (f[i] == "main") has_main = 1
            if (f[i] == "[jit]") has_jit = 1
            if (f[i] == "[unknown]") has_unk = 1
            if (f[i] ~ /^py::/) { inner = f[i]; if (!(f[i] in seen)) { seen[f[i]] = 1; incl[f[i]] += n } }
        }
        if (has_main) reach += n
        if (has_jit) jit += n
        if (has_unk) unk += n
        if (f[k] ~ /^_[A-Z][A-Z0-9_]*$/) uop += n
        if (f[k] == "_BINARY_OP_MOD_INT") modint += n
        if (inner != "") self[inner] += n
    }
    END {
        best = ""; for (g in self) if (best == "" || self[g] > self[best]) best = g
        printf "%d %d %d %d %d %d %s %d %d %d %d\n", total, reach, jit, unk, uop, modint, best,
            incl["py::main:sampler_hot.py"], incl["py::work:sampler_hot.py"],
            incl["py::crunch:sampler_hot.py"], incl["py::light:sampler_hot.py"]
    }' "$F")
    set -- $stats
    local total=$1 reach=$2 jitn=$3 unk=$4 uop=$5 modint=$6 best=$7 imain=$8 iwork=$9 icrunch=${10} ilight=${11}
    cpu=$(cat "$T/$mode.cpu")
    echo "$mode: reps=$reps cpu=${cpu}s samples=$total reach_main=$reach uop_leaf=$uop mod_int_leaf=$modint" \
        "hottest=$best incl(main,work,crunch,light)=$imain,$iwork,$icrunch,$ilight jit=$jitn unknown=$unk"
    awk -v t="$total" -v c="$cpu" -v hz=$HZ 'BEGIN { e = c * hz; exit !(t >= e / 2 && t <= e * 2) }' ||
        fail "$mode: $total samples for ${cpu}s of CPU at $HZ Hz (expected within a factor of 2 of $(awk -v c="$cpu" -v hz=$HZ 'BEGIN { print int(c * hz) }'))"
    [ "$best" = "py::crunch:sampler_hot.py" ] || fail "$mode: hottest guest function is $best, not crunch"
    [ $((icrunch * 2)) -gt "$total" ] || fail "$mode: crunch in only $icrunch of $total samples"
    [ "$icrunch" -gt "$ilight" ] || fail "$mode: light ($ilight) not below crunch ($icrunch)"
    [ "$iwork" -ge "$icrunch" ] && [ "$imain" -ge "$iwork" ] ||
        fail "$mode: inclusive counts not nested: main=$imain work=$iwork crunch=$icrunch"
    [ $((reach * 100)) -ge $((total * 98)) ] || fail "$mode: only $reach of $total samples reach main"
    [ "$jitn" = 0 ] || fail "$mode: $jitn samples with an unnamed [jit] frame"
    [ $((unk * 100)) -lt $((total * 2)) ] || fail "$mode: $unk of $total samples with an [unknown] frame"
    if [ "$jit" = on ]; then
        [ $((uop * 5)) -ge "$total" ] || fail "$mode: uop names are the leaf of only $uop of $total samples"
        [ "$modint" -gt 0 ] || fail "$mode: no sample in _BINARY_OP_MOD_INT"
    fi
}

check_mode jit-on on
check_mode jit-off off
export GLASSJIT_GC_STRESS=1
check_mode gc-stress on
unset GLASSJIT_GC_STRESS
echo "PASS"
