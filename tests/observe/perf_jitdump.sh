# perf_jitdump.sh BUILD_DIR SOURCE_DIR - perf record -k 1 + perf inject --jit
# over `handjit --sinks jitdump --spin 1`: samples in JIT code must carry hj_*
# names (never [unknown]) and their callchains must reach main, with frame
# pointers (-g) and with DWARF (--call-graph dwarf, via the UNWINDING_INFO).
set -u
. "$2/tests/observe/common.bash"
need perf
HJ="$1/handjit"
[ -x "$HJ" ] || fail "$HJ not built"
T=$(mktemp -d /tmp/gv-perf-jitdump.XXXXXX)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
perf record -q -e cpu-clock:u -o probe.data -- true >/dev/null 2>&1 ||
    skip "a working perf record (perf_event_paranoid=$(cat /proc/sys/kernel/perf_event_paranoid))"

# check MODE PER_PIECE LEAF WANT_CHAIN: samples in LEAF must have callchains
# matching the extended regex WANT_CHAIN (frames joined by ' ') up to main.
check() {
    local mode=$1 per_piece=$2 leaf=$3 want=$4 d="$T/$1$2"
    mkdir -p "$d"
    JITDUMPDIR=$d perf record -q -k 1 -e cpu-clock:u $mode -o "$d/perf.data" -- \
        "$HJ" --sinks jitdump --spin 1 $per_piece >/dev/null 2>"$d/record.err" ||
        fail "perf record $mode failed: $(cat "$d/record.err")"
    ls "$d"/jit-*.dump >/dev/null 2>&1 || fail "no jit-PID.dump in $d"
    perf inject --jit -i "$d/perf.data" -o "$d/jit.data" 2>"$d/inject.err" ||
        fail "perf inject --jit failed: $(cat "$d/inject.err")"
    ls "$d"/jitted-*.so >/dev/null 2>&1 || fail "perf inject wrote no jitted-*.so"
    perf script -i "$d/jit.data" -F ip,sym,dso 2>/dev/null >"$d/script.txt"
    # one line per sample: its frames' symbols (dso tag for JIT/unknown)
    awk 'NF == 0 { if (s != "") print s; s = ""; next }
         { sym = $2; dso = $NF
           if (dso ~ /jitted-/) sym = sym "@jit"; else if (dso ~ /unknown|anon/) sym = sym "@unknown"
           s = s (s == "" ? "" : " ") sym }
         END { if (s != "") print s }' "$d/script.txt" >"$d/chains.txt"
    local total jit unknown good
    total=$(wc -l <"$d/chains.txt")
    jit=$(grep -c '^[^ ]*@jit' "$d/chains.txt")
    unknown=$(grep -c '^[^ ]*@unknown' "$d/chains.txt")
    good=$(grep -E -c "^$leaf[+@][^ ]* $want.* main" "$d/chains.txt")
    echo "$mode $per_piece: $total samples, $jit in JIT code, $unknown unknown, $good with the expected chain"
    grep -m3 '^[^ ]*@jit' "$d/chains.txt" | sed 's/^/  e.g. /'
    [ "$jit" -ge 50 ] || fail "$mode: only $jit samples resolved to JIT code (want >= 50)"
    [ "$unknown" -eq 0 ] || fail "$mode: $unknown samples in [unknown] code"
    grep '^[^ ]*@jit' "$d/chains.txt" | grep -v -q '^hj_[a-z_0-9]*[+@]' &&
        fail "$mode: JIT samples without an hj_ name"
    [ $((good * 10)) -ge $((jit * 9)) ] || fail "$mode: only $good of $jit JIT samples have a callchain $want ... main"
}

# frame pointers: hj_leaf has no frame, hj_loop does not set up rbp: the fp
# walk goes hj_leaf -> run_jit -> main (perf's own limitation, not ours)
check -g "" hj_leaf "run_jit"
# DWARF, one load per range: names per uop; the unwind tables of adjacent
# loads overlap in perf's maps, so the chain is exact up to hj_loop only
check "--call-graph=dwarf" "" hj_leaf "hj_loop@jit .*run_jit"
# DWARF, one load per piece: the full chain through every JIT frame
check "--call-graph=dwarf" "--jitdump-per-piece" hj_piece2 "hj_piece@jit hj_piece@jit run_jit"
echo "PASS: perf_jitdump"
