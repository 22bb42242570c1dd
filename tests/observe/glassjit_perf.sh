# glassjit_perf.sh BUILD_DIR SOURCE_DIR - perf over glassjit's own JIT code
# (guest program tests/observe/programs/gj_perf.py, ~0.5 s of hot loops).
#
# jitdump path: `perf record -k 1 -e cpu-clock:u` with frame pointers (-g)
# and with --call-graph dwarf (one code load per uop, and per trace with
# --jitdump-per-trace), over `glassjit --perf=jitdump`, then
# `perf inject --jit`:
#   - perf report --sort sym,srcline names the hot uops and gives guest lines
#     (_BINARY_OP_MOD_INT at gj_perf.py:11, _CALL_PY_EXACT at gj_perf.py:24,
#     every uop row at some gj_perf.py:N);
#   - perf script: >= 90% of the samples whose leaf frame is a JIT symbol
#     (dso jitted-PID-N.so) have `main` (of the glassjit binary) in their
#     callchain (-g; --call-graph dwarf with --jitdump-per-trace; only >= 40%
#     with dwarf and per-uop loads, see below), and the chains pass through
#     the py::FUNCTION:gj_perf.py guest frames;
#   - no sample is "[unknown] in JIT code" - neither the leaf nor any
#     callchain entry.  The criterion: a frame is unknown JIT code when perf
#     prints sym "[unknown]" and either its dso is a jitted-PID-N.so (an
#     address inside a code load that no symbol covers - e.g. shadowed by an
#     overlapping load) or its dso is not a file ([unknown], //anon,
#     /tmp/perf-PID.map; perf then prints the absolute address) and the
#     address lies inside the JIT code's hull: from the lowest start to the
#     highest end of the jitted-*.so maps that perf inject created (from
#     `perf script --show-mmap-events`).  [unknown] frames elsewhere (the
#     dynamic loader's first instructions, libgcc_s without symbols) are not
#     JIT code and are only counted.
#   The same perf.data without inject must fail that criterion (the JIT
#   samples are unknown, no uop names): the check can fail.
# perf-map path: `glassjit --perf=map`, no inject: perf report names the
# samples in JIT code after the uops; without --perf it does not.
set -u
. "$2/tests/observe/common.bash"
need perf
GJ="$1/glassjit"
[ -x "$GJ" ] || fail "$GJ not built"
T=$(mktemp -d /tmp/gj-perf.XXXXXX)
pids=
trap 'rm -rf "$T"; for p in $pids; do rm -f /tmp/perf-$p.map; done' EXIT
cd "$T" || exit 1
cp "$2/tests/observe/programs/gj_perf.py" . || fail "gj_perf.py missing"
perf record -q -e cpu-clock:u -o probe.data -- true >/dev/null 2>&1 ||
    skip "a working perf record (perf_event_paranoid=$(cat /proc/sys/kernel/perf_event_paranoid))"

# Compiled code at once (no tier-1 batching of seals), observability
# settings only from the command line.
export GLASSJIT_SEAL_DELAY=0
unset GLASSJIT_GDB GLASSJIT_PERF GLASSJIT_UNWIND GLASSJIT_GUEST_FRAMES GLASSJIT_JIT GLASSJIT_JIT_THRESHOLD
# ~0.5 s of work: the interpreter of sanitizer builds is slower.
reps=80
grep -q '^GLASSJIT_SANITIZE:BOOL=ON' "$1/CMakeCache.txt" 2>/dev/null && reps=40
expected=$(awk -v r=$reps 'BEGIN { print 497513 * r }')

# analyze SCRIPT_TXT HULL_LO HULL_HI -> one line of counts:
#   samples jit_leaf jit_leaf_main unknown_jit_leaf unknown_jit_frames
#   unknown_other guest_frames_seen
# HULL_LO/HI: 16 lowercase hex digits (string comparison works on them).
analyze() {
    awk -v lo="$2" -v hi="$3" '
    function pad(h) { h = tolower(h); sub(/^0x/, "", h); while (length(h) < 16) h = "0" h; return h }
    function flush() {
        if (n == 0) return
        samples++
        if (leafjit) { jl++; if (hasmain) jlm++ }
        if (leafunk) ujl++
        n = 0; leafjit = leafunk = hasmain = 0
    }
    NF == 0 { flush(); next }
    {
        ip = $1; sym = $2; dso = $NF
        isjit = dso ~ /\/jitted-[0-9]+-[0-9]+\.so\)$/
        nonfile = dso == "([unknown])" || dso ~ /^\(\/\/anon/ || dso ~ /^\(\/tmp\/perf-[0-9]+\.map\)$/
        unk = 0
        if (sym == "[unknown]") {
            p = pad(ip)
            if (isjit || (nonfile && p >= lo && p < hi)) { unk = 1; ujf++ } else uo++
        }
        if (n == 0) { leafjit = isjit && !unk; leafunk = unk }
        if (sym == "main" && dso ~ /glassjit\)$/) hasmain = 1
        if (sym ~ /^py::[a-z]+:gj_perf\.py$/) guest++
        n++
    }
    END { flush(); printf "%d %d %d %d %d %d %d\n", samples, jl, jlm, ujl, ujf, uo, guest }' "$1"
}

# The hull of the JIT code loads in an injected perf.data.
hull() { # DATA -> "LO HI" (16 hex digits each)
    perf script -i "$1" --show-mmap-events 2>/dev/null |
        sed -nE 's/.*PERF_RECORD_MMAP2? [0-9/]+: \[0x([0-9a-f]+)\(0x([0-9a-f]+)\).*jitted-[0-9]+-[0-9]+\.so$/\1 \2/p' |
        while read -r start len; do
            printf '%016x %016x\n' $((0x$start)) $((0x$start + 0x$len))
        done | sort | awk 'NR == 1 { lo = $1 } { if ($2 > hi) hi = $2 } END { if (NR) print lo, hi }'
}

check() { # NAME MIN-PERCENT-REACHING-MAIN "GLASSJIT-ARGS" PERF-RECORD-CALLGRAPH-ARGS...
    local name=$1 minpct=$2 gjargs=$3 d="$T/$1"
    shift 3
    mkdir -p "$d"
    perf record -q -k 1 -e cpu-clock:u -F 2000 "$@" -o "$d/perf.data" -- \
        "$GJ" --perf=jitdump --jitdump-dir="$d" $gjargs gj_perf.py $reps >"$d/out.txt" 2>"$d/record.err" ||
        fail "$name: perf record failed: $(cat "$d/record.err")"
    [ "$(cat "$d/out.txt")" = "$expected" ] || fail "$name: gj_perf.py printed '$(cat "$d/out.txt")', want $expected"
    ls "$d"/jit-*.dump >/dev/null 2>&1 || fail "$name: no jit-PID.dump in $d"
    perf inject --jit -i "$d/perf.data" -o "$d/jit.data" 2>"$d/inject.err" ||
        fail "$name: perf inject --jit failed: $(cat "$d/inject.err")"
    ls "$d"/jitted-*.so >/dev/null 2>&1 || fail "$name: perf inject wrote no jitted-*.so"
    local h
    h=$(hull "$d/jit.data")
    [ -n "$h" ] || fail "$name: no jitted-*.so maps in the injected data"
    set -- $h
    local lo=$1 hi=$2
    echo "$name: JIT code hull 0x$lo-0x$hi"

    # names and guest lines
    perf report -i "$d/jit.data" --stdio --no-children --sort sym,srcline 2>/dev/null >"$d/report.txt"
    grep -E '^ +[0-9.]+%' "$d/report.txt" | head -12
    local mod call rows
    if [ "$gjargs" = --jitdump-per-trace ]; then # one symbol per trace: traceN:FUNCTION:FILE:LINE
        mod='trace[0-9]+:mix:gj_perf\.py:10 +gj_perf\.py:11'
        call='trace[0-9]+:chain:gj_perf\.py:23 +gj_perf\.py:24'
        rows='trace[0-9]+:[a-z]+:gj_perf\.py:[0-9]+'
    else
        mod='_BINARY_OP_MOD_INT +gj_perf\.py:11'
        call='_CALL_PY_EXACT +gj_perf\.py:24'
        rows='_[A-Z0-9_]+'
    fi
    grep -Eq "^ +[0-9.]+% +\[\.\] $mod\$" "$d/report.txt" ||
        fail "$name: perf report has no /$mod/ row (the % of line 11)"
    grep -Eq "^ +[0-9.]+% +\[\.\] $call\$" "$d/report.txt" ||
        fail "$name: perf report has no /$call/ row (the call at line 24)"
    local bad
    bad=$(grep -E "^ +[0-9.]+% +\[\.\] $rows " "$d/report.txt" | grep -v '_COLD_EXIT' |
          grep -Ev ' gj_perf\.py:(1[0-3]|2[3-4]|3[01])$')
    [ -z "$bad" ] || fail "$name: JIT rows without a line of the hot loops (gj_perf.py:10-13, 23-24, 30-31):
$bad"
    local jitpct
    jitpct=$(awk '$2 == "[.]" && ($3 ~ /^_[A-Z]/ || $3 ~ /^py::/ || $3 ~ /^trace[0-9]+:/) { sub("%", "", $1); s += $1 } END { print int(s) }' "$d/report.txt")
    echo "$name: ${jitpct}% of the samples in named JIT code"
    [ "$jitpct" -ge 30 ] || fail "$name: only ${jitpct}% of the samples in named JIT code (want >= 30%)"

    # callchains and unknown JIT frames
    perf script -i "$d/jit.data" -F ip,sym,dso 2>/dev/null >"$d/script.txt"
    set -- $(analyze "$d/script.txt" "$lo" "$hi")
    local samples=$1 jl=$2 jlm=$3 ujl=$4 ujf=$5 uo=$6 guest=$7
    echo "$name: $samples samples, $jl with a JIT leaf ($jlm reach main), unknown JIT: $ujl leaves, $ujf frames; other [unknown] frames: $uo; py:: frames: $guest"
    [ "$jl" -ge 200 ] || fail "$name: only $jl samples with a JIT symbol as leaf (want >= 200)"
    [ $((jlm * 100)) -ge $((jl * minpct)) ] ||
        fail "$name: only $jlm of $jl JIT samples have main in their callchain (want >= $minpct%)"
    [ "$guest" -ge "$jl" ] || fail "$name: callchains rarely pass the py:: guest frames ($guest frames for $jl JIT samples)"
    if [ "$ujl" -ne 0 ] || [ "$ujf" -ne 0 ]; then
        awk '$2 == "[unknown]"' "$d/script.txt" | sort | uniq -c | sort -rn | head -5
        fail "$name: $ujl samples (and $ujf frames in all) are [unknown] inside JIT code"
    fi

    # The check can fail: the same samples without inject are unknown JIT code.
    perf script -i "$d/perf.data" -F ip,sym,dso 2>/dev/null >"$d/raw.txt"
    set -- $(analyze "$d/raw.txt" "$lo" "$hi")
    echo "$name without inject: $1 samples, $2 JIT leaves, unknown JIT: $4 leaves, $5 frames"
    [ "$2" -eq 0 ] || fail "$name: without inject perf still finds JIT symbols (is the check blind?)"
    [ $(($4 * 10)) -ge $((jl * 9)) ] || fail "$name: without inject only $4 samples are unknown JIT code, want about $jl"
}

# Frame pointers, one code load per uop (the default): the rbp chain skips
# only the shim (a leaf stencil has no frame record) and reaches main.
check fp 90 "" -g
# DWARF with one code load per trace: perf's unwinder reads the stencils' CFI
# from the UNWINDING_INFO records and reaches main.
check dwarf-per-trace 90 --jitdump-per-trace --call-graph=dwarf,16384
# DWARF with one code load per uop: perf maps each load with its unwind
# tables right after the code (len = ALIGN_8(code) + mapped_size), i.e. over
# the next uop's code, whose later load wins the address; perf then reads
# the first uop's table from the wrong jitted-*.so and the chain ends at the
# leaf.  Measured: about 64% of the JIT samples reach main (2/3), the others
# have no caller at all (>= 40% asserted) - a known limitation of per-uop loads
# (docs/profiling.md), kept from getting worse here; names, lines and the
# unknown-JIT criterion are checked as strictly as above.
check dwarf 40 "" --call-graph=dwarf,16384

# --- the perf-map path, no inject ------------------------------------------
mapcheck() { # NAME GLASSJIT-ARGS... -> percent of samples on uop names in $pct
    local name=$1 d="$T/$1"
    shift
    mkdir -p "$d"
    perf record -q -e cpu-clock:u -F 2000 -g -o "$d/perf.data" -- "$GJ" "$@" gj_perf.py $reps >/dev/null 2>"$d/record.err" ||
        fail "$name: perf record failed: $(cat "$d/record.err")"
    pid=$(perf script -i "$d/perf.data" -F pid 2>/dev/null | awk 'NF { print $1; exit }')
    pids="$pids $pid"
    perf report -i "$d/perf.data" --stdio --no-children --sort sym 2>/dev/null >"$d/report.txt"
    pct=$(awk '$2 == "[.]" && $3 ~ /^_[A-Z]/ { sub("%", "", $1); s += $1 } END { print int(s) }' "$d/report.txt")
    echo "$name: ${pct}% of the samples on uop names"
    grep -E '^ +[0-9.]+%' "$d/report.txt" | head -5
}
mapcheck map --perf=map
[ -s "/tmp/perf-$pid.map" ] || fail "--perf=map: /tmp/perf-$pid.map missing or empty"
grep -q ' _BINARY_OP_MOD_INT$' "/tmp/perf-$pid.map" || fail "--perf=map: no _BINARY_OP_MOD_INT line in /tmp/perf-$pid.map"
grep -q ' py::mix:gj_perf\.py$' "/tmp/perf-$pid.map" || fail "--perf=map: no py::mix:gj_perf.py guest frame line in /tmp/perf-$pid.map"
[ "$pct" -ge 30 ] || fail "--perf=map: perf report puts only ${pct}% of the samples on uop names"
grep -Eq '^ +[0-9.]+% +\[\.\] _BINARY_OP_MOD_INT$' "$T/map/report.txt" || fail "--perf=map: no _BINARY_OP_MOD_INT row in perf report"
mapcheck nomap
[ "$pct" -eq 0 ] || fail "without --perf perf report still shows uop names (${pct}%): is the check blind?"
[ -e "/tmp/perf-$pid.map" ] && fail "without --perf glassjit wrote /tmp/perf-$pid.map"
echo "PASS: glassjit_perf"
