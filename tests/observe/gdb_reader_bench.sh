# gdb_reader_bench.sh BUILD_DIR SOURCE_DIR - registration throughput with gdb
# attached, jit-reader plugin vs ELF objects: the same synthetic pieces (256
# bytes, 8 ranges with CFI, 16 line rows) through
#   reader  observe_test_gdbreader --bench N B, gdb with
#           `jit-reader-load BUILD_DIR/glassjit-jit-reader.so`
#   elf     observe_test_gdbjit --bench N B, plain gdb (gdb_bench.sh's run)
# (add+flush N pieces in batches of B, remove every other one, gv_close), and
# checks that gdb followed: at gv_close it holds one JIT object per batch that
# kept a piece, a live piece's range resolves by address, a removed one's does
# not.  Prints each driver's timing line and gdb's peak memory (VmHWM) then.
#   GV_BENCH_PIECES (default 2000, batches of 100), GV_BENCH_SINGLE (default
#   500, batches of 1) scale the runs.
set -u
. "$2/tests/observe/common.bash"
build=$1
need gdb
plugin=$build/glassjit-jit-reader.so
for f in "$build/observe_test_gdbreader" "$build/observe_test_gdbjit" "$plugin"; do
    [ -e "$f" ] || fail "$f not built"
done
# LeakSanitizer cannot run under ptrace (sanitizer builds).
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
# The pieces name bench.py, which does not exist: keep their line tables
# anyway (nothing here makes gdb open the file; see glassjit_reader.c).
export GLASSJIT_READER_ALL_LINES=1
# A sanitizer build's plugin cannot be loaded into gdb (see gdb_reader.sh):
# time an unsanitized build of the same sources.
work=$(mktemp -d /tmp/gj-reader-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
if nm -D --undefined-only "$plugin" 2>/dev/null | grep -q '__asan_'; then
    need cc
    cc -shared -fPIC -O2 -I"$2/gdb" -I"$2/jitdump" "$2"/gdb/reader/*.c -o "$work/glassjit-jit-reader.so" ||
        fail "cannot build an unsanitized plugin for gdb"
    plugin=$work/glassjit-jit-reader.so
fi

run() { # run reader|elf N BATCH
    local kind=$1 n=$2 batch=$3 out objs want live dead drv load=()
    want=0
    for ((k = 0; k < n; k += batch)); do
        if [ $((n - k)) -ge 2 ] && [ "$batch" -ge 2 ] || [ $((k % 2)) -eq 1 ]; then want=$((want + 1)); fi
    done
    live=$(((n - 1) % 2 == 1 ? n - 1 : n - 2))
    dead=$((live - 1))
    if [ "$kind" = reader ]; then
        drv=$build/observe_test_gdbreader
        load=(-iex "jit-reader-load $plugin")
    else
        drv=$build/observe_test_gdbjit
    fi
    out=$(timeout 280 gdb -batch -nx "${load[@]}" \
        -ex 'set pagination off' -ex 'break gv_close' -ex run \
        -ex 'echo @@jit\n' -ex 'maint info jit' \
        -ex 'echo @@live\n' -ex "print/a (long)arena + 256 * $live + 32 * 5" \
        -ex 'echo @@dead\n' -ex "print/a (long)arena + 256 * $dead + 32 * 5" \
        -ex 'echo @@mem\n' -ex 'shell grep -E "^Vm(HWM|RSS)" /proc/$PPID/status' \
        -ex 'echo @@end\n' -ex 'delete' -ex continue \
        --args "$drv" --bench "$n" "$batch" 2>&1)
    case $out in
    *"ptrace: Operation not permitted"*|*"Could not trace the inferior process"*) skip "ptrace permission" ;;
    esac
    printf '%s\n' "$out" | grep -q 'exited normally' || { printf '%s\n' "$out" | tail -20; fail "$kind: the bench did not finish under gdb"; }
    printf '%s\n' "$out" | grep -E '^gdb(-reader)? sink' | sed "s/^/[$kind, gdb attached] /"
    printf '%s\n' "$out" | awk -v k="$kind" '/^@@mem$/ {on = 1; next} /^@@/ {on = 0} on {printf "[%s, gdb attached] gdb %s\n", k, $0}'
    objs=$(printf '%s\n' "$out" | awk '/^@@jit$/ {on = 1; next} /^@@/ {on = 0} on && /^0x/' | wc -l)
    [ "$objs" -eq "$want" ] || fail "$kind, $n pieces in batches of $batch: gdb holds $objs JIT entries, want $want"
    printf '%s\n' "$out" | grep -A1 '^@@live$' | grep -q "<_UOP_5_$live>" ||
        fail "$kind: live piece $live does not resolve in gdb"
    printf '%s\n' "$out" | grep -A1 '^@@dead$' | grep -q '<_UOP' &&
        fail "$kind: removed piece $dead still resolves in gdb"
    return 0
}

for kind in reader elf; do
    run $kind "${GV_BENCH_PIECES:-2000}" 100
    run $kind "${GV_BENCH_SINGLE:-500}" 1
done
echo "PASS: gdb followed every registration, through the plugin and as ELF"
