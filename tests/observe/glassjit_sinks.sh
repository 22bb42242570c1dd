# glassjit_sinks.sh BUILD_DIR SOURCE_DIR - glassjit's own objects and bad
# conditions:
#   - every in-memory ELF object glassjit gives gdb (GLASSJIT_DUMP_ELF) passes
#     `llvm-dwarfdump --verify` and `readelf --debug-dump=frames,info,line`
#     without errors or warnings, and names uops and the guest file;
#   - an unwritable jitdump directory and an unwritable ELF dump directory
#     each give one clear message, and the program still prints the right
#     answer with exit status 0;
#   - perf map lines name uops and guest functions and contain no character
#     that flame-graph tools split on (space, '(', ';', quotes, "->");
#   - gdb detaching in the middle of a run (with JIT code registered and
#     more to come) leaves the program running to the right answer.
set -u
. "$2/tests/observe/common.bash"
build=$1
src=$2
gj=$build/glassjit
need readelf
dwarfdump=$(command -v llvm-dwarfdump-19 || command -v llvm-dwarfdump) || skip llvm-dwarfdump-19
work=$(mktemp -d)
trap 'rm -rf "$work"; rm -f /tmp/perf-"$map_pid".map' EXIT
map_pid=none
prog=$src/tests/observe/programs/gj_calls.py
expected=$(GLASSJIT_JIT=off "$gj" "$prog") || fail "tier 1 run failed"
export GLASSJIT_JIT_THRESHOLD=2 GLASSJIT_SEAL_DELAY=0

# 1. the ELF objects given to gdb
mkdir "$work/elf"
out=$(GLASSJIT_DUMP_ELF="$work/elf" "$gj" --gdb "$prog") || fail "--gdb run failed"
[ "$out" = "$expected" ] || fail "--gdb changed the output"
n=0
for o in "$work"/elf/*.o; do
    [ -e "$o" ] || continue
    n=$((n + 1))
    v=$("$dwarfdump" --verify "$o" 2>&1)
    echo "$v" | grep -q "No errors." || fail "llvm-dwarfdump --verify $o: $v"
    r=$(readelf --debug-dump=frames,info,line "$o" 2>&1 >/dev/null)
    [ -z "$r" ] || fail "readelf complains about $o: $r"
done
[ "$n" -ge 1 ] || fail "GLASSJIT_DUMP_ELF wrote no object"
all=$(for o in "$work"/elf/*.o; do readelf -sW "$o"; readelf --debug-dump=info "$o"; done 2>/dev/null)
grep -q "_CALL_PY_EXACT" <<<"$all" || fail "no _CALL_PY_EXACT symbol in the objects"
grep -q "py::main:gj_calls.py" <<<"$all" || fail "no guest-frame symbol in the objects"
grep -q "gj_calls.py" <<<"$all" || fail "the compile units do not name the guest file"
echo "elf: $n objects verified"

# 2. unwritable directories: one message each, right output, status 0
err=$("$gj" --perf=jitdump --jitdump-dir=/proc/nonexistent/dir "$prog" 2>&1 >"$work/out1")
rc=$?
[ $rc = 0 ] || fail "unwritable jitdump dir: exit status $rc"
[ "$(cat "$work/out1")" = "$expected" ] || fail "unwritable jitdump dir: wrong output"
[ "$(grep -c . <<<"$err")" = 1 ] || fail "unwritable jitdump dir: want one message, got: $err"
grep -q "jitdump" <<<"$err" || fail "the message does not name the jitdump sink: $err"
err=$(GLASSJIT_DUMP_ELF=/proc/nonexistent/dir "$gj" --gdb "$prog" 2>&1 >"$work/out2")
rc=$?
[ $rc = 0 ] || fail "unwritable ELF dump dir: exit status $rc"
[ "$(cat "$work/out2")" = "$expected" ] || fail "unwritable ELF dump dir: wrong output"
[ "$(grep -c . <<<"$err")" = 1 ] || fail "unwritable ELF dump dir: want one message, got: $err"
echo "bad directories: one message each, output intact"

# 3. perf map names
"$gj" --perf=map "$prog" >"$work/out3" &
map_pid=$!
wait $map_pid || fail "--perf=map run failed"
map=/tmp/perf-$map_pid.map
[ -s "$map" ] || fail "no $map"
grep -q " _CALL_PY_EXACT$" "$map" || fail "no uop line in $map"
grep -q " py::main:gj_calls.py$" "$map" || fail "no guest-frame line in $map"
bad=$(cut -d' ' -f3- "$map" | grep -E "[ (;\"']|->")
[ -z "$bad" ] || fail "map names flame-graph tools would split: $bad"
echo "perf map: $(wc -l <"$map") lines, names clean"
# 4. gdb detaches while the program runs
need gdb
GLASSJIT_GUEST_FRAMES=1 timeout 120 gdb -batch -nx -ex "set args $prog > $work/detach.out 2>&1" \
    -ex "break call_py_exact_args" -ex run -ex "bt 1" -ex detach -ex quit "$gj" >"$work/gdb.log" 2>&1 ||
    fail "gdb failed: $(tail -5 "$work/gdb.log")"
grep -q "detached" "$work/gdb.log" || fail "gdb did not detach: $(tail -5 "$work/gdb.log")"
for _ in $(seq 100); do
    [ "$(cat "$work/detach.out" 2>/dev/null)" = "$expected" ] && break
    sleep 0.1
done
[ "$(cat "$work/detach.out")" = "$expected" ] || fail "after gdb detached the program printed: $(head -5 "$work/detach.out")"
echo "gdb detach: the program finished with the right output"
echo "PASS: glassjit_sinks"
