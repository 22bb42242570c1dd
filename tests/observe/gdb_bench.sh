# gdb_bench.sh BUILD_DIR SOURCE_DIR - the GDB sink with gdb attached: times
# registering thousands of pieces (observe_test_gdbjit --bench N BATCH:
# add+flush N pieces, remove every other one, close) and checks that gdb
# followed: at gv_close it holds exactly one JIT objfile per batch, a live
# piece's range resolves by address, a removed piece's does not.
#   GV_BENCH_PIECES (default 2000, batches of 100), GV_BENCH_SINGLE (default
#   500, batches of 1) scale the runs.
set -u
. "$2/tests/observe/common.bash"
build=$1
need gdb
drv=$build/observe_test_gdbjit
[ -x "$drv" ] || fail "$drv not built"
# LeakSanitizer cannot run under ptrace (sanitizer builds): leaks are the
# unit tests' business, outside gdb.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

run() { # run N BATCH
    local n=$1 batch=$2 out objs want live dead
    # Every other piece (the even ones) is removed before gv_close: a batch
    # keeps its object while it has an odd piece.  Pieces are 256 bytes,
    # ranges 32.
    want=0 # batches that keep an odd piece
    for ((k = 0; k < n; k += batch)); do
        if [ $((n - k)) -ge 2 ] && [ "$batch" -ge 2 ] || [ $((k % 2)) -eq 1 ]; then want=$((want + 1)); fi
    done
    live=$(((n - 1) % 2 == 1 ? n - 1 : n - 2)) # the last odd piece
    dead=$((live - 1))
    out=$(timeout 280 gdb -batch -nx \
        -ex 'set pagination off' -ex 'break gv_close' -ex run \
        -ex 'echo @@jit\n' -ex 'maint info jit' \
        -ex 'echo @@live\n' -ex "info symbol (long)arena + 256 * $live + 32 * 5" \
        -ex 'echo @@dead\n' -ex "info symbol (long)arena + 256 * $dead + 32 * 5" \
        -ex 'echo @@end\n' -ex 'delete' -ex continue \
        --args "$drv" --bench "$n" "$batch" 2>&1)
    case $out in
    *"ptrace: Operation not permitted"*|*"Could not trace the inferior process"*) skip "ptrace permission" ;;
    esac
    printf '%s\n' "$out" | grep '^gdb sink' | sed 's/^/[gdb attached] /'
    printf '%s\n' "$out" | grep -q 'exited normally' || { printf '%s\n' "$out" | tail -20; fail "the bench did not finish under gdb"; }
    objs=$(printf '%s\n' "$out" | awk '/^@@jit$/ {on = 1; next} /^@@/ {on = 0} on && /^0x/' | wc -l)
    [ "$objs" -eq "$want" ] || fail "$n pieces in batches of $batch: gdb holds $objs JIT objects, want $want"
    printf '%s\n' "$out" | grep -A1 '^@@live$' | grep -q "^_UOP_5_$live in section .text of <in-memory@" ||
        fail "live piece $live does not resolve in gdb"
    printf '%s\n' "$out" | grep -A1 '^@@dead$' | grep -q '^No symbol matches' ||
        fail "removed piece $dead still resolves in gdb"
}

run "${GV_BENCH_PIECES:-2000}" 100
run "${GV_BENCH_SINGLE:-500}" 1
echo "PASS: gdb followed every registration"
