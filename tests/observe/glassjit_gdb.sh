# glassjit_gdb.sh BUILD_DIR SOURCE_DIR - real gdb (-batch -nx) on glassjit
# itself, with its JIT code registered through the GDB sink (on by default
# when a debugger is attached).  Guest programs: tests/observe/programs/gj_*.py.
#
#  a. breaking in C helpers called from JIT code (call_py_exact_args from
#     _CALL_PY_EXACT, bi_len from _CALL_NATIVE): `bt` lists the helper, the
#     uop frame by name at the guest FILE.py:LINE of the call, jit_shim, the
#     interpreter, the py::FUNCTION:FILE guest frames and main - with no `??`
#     and no "Backtrace stopped";
#  b. guest recursion through JIT code (gj_recurse.py) shows one py::rec frame
#     per level, with _CALL_PY_EXACT frames between them;
#  c. a pending `break _BINARY_OP_ADD_INT` (set before the code exists) hits
#     once the trace is registered; `info symbol $pc`, `frame`, `info line`
#     and `disassemble` work there;
#  d. `up` from the helper selects the uop frame; `finish` returns into it
#     (gdb -batch does not print "Run till exit" - commands from a script are
#     not from a tty - so the test checks the location finish prints, the
#     returned value, and that $pc is the uop frame's return address);
#  e. an invalidated trace (gj_invalidate.py adds a global the trace assumed)
#     is unregistered when its code is freed: an address inside it resolves
#     to the uop right up to jit_free_executor_code and to nothing after it;
#  f. with --no-gdb the same session knows no uop names (the pending
#     breakpoint never hits, bt shows ?? and stops) - so this test can fail.
set -u
. "$2/tests/observe/common.bash"
. "$2/tests/observe/gdb_output.bash"
build=$1
gj=$build/glassjit
need gdb
[ -x "$gj" ] || fail "$gj not built"
# LeakSanitizer cannot run under ptrace (sanitizer builds).
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
# Trace each loop after two iterations and run its machine code at once.
export GLASSJIT_JIT_THRESHOLD=2 GLASSJIT_SEAL_DELAY=0
unset GLASSJIT_GDB GLASSJIT_PERF GLASSJIT_UNWIND GLASSJIT_GUEST_FRAMES GLASSJIT_JIT

work=$(mktemp -d /tmp/gj-gdb.XXXXXX)
trap 'rm -rf "$work"' EXIT
# Relative script names: the guest frames and line tables name gj_*.py, and
# gdb finds the sources in its working directory (`list`, source lines).
cp "$2"/tests/observe/programs/gj_*.py "$work"/ || fail "guest programs missing"

out=
run_gdb() { # CMDS-FILE ARGS... -> $out
    local status
    out=$(cd "$work" && timeout 120 gdb -batch -nx -x "$1" --args "$gj" "${@:2}" 2>&1)
    status=$?
    case $out in
    *"ptrace: Operation not permitted"*|*"Could not trace the inferior process"*) skip "ptrace permission (gdb cannot run the inferior)" ;;
    esac
    [ $status -eq 0 ] || { printf '%s\n' "$out"; fail "gdb exited with status $status (${*:2})"; }
    printf '%s\n' "$out" | grep -q '^@@end$' || { printf '%s\n' "$out"; fail "the gdb script did not run to the end (${*:2})"; }
}
# The text between marker $1 and the next marker.

# --- a, c, d: gj_calls.py ---------------------------------------------------
cat >"$work/calls.gdb" <<'EOF'
set pagination off
set confirm off
set breakpoint pending on
break _BINARY_OP_ADD_INT
run
echo @@add\n
info symbol $pc
frame
info line *$pc
disassemble
delete
break _CALL_PY_EXACT
continue
delete
break call_py_exact_args
continue
echo @@bt\n
bt
echo @@up\n
up
info symbol $pc
set $jitpc = $pc
echo @@finish\n
frame 0
finish
print $pc == $jitpc
echo @@native\n
delete
break bi_len
continue
bt
echo @@end\n
kill
EOF
run_gdb "$work/calls.gdb" gj_calls.py
printf '%s\n' "$out"

# c. the pending breakpoint on a uop name
printf '%s\n' "$out" | grep -q 'Breakpoint 1 (_BINARY_OP_ADD_INT) pending' ||
    fail "break _BINARY_OP_ADD_INT was not made pending (does it exist before the run?)"
printf '%s\n' "$out" | grep -Eq '^Breakpoint 1(\.[0-9]+)?, 0x[0-9a-f]+ in _BINARY_OP_ADD_INT \(\) at gj_calls\.py:14$' ||
    fail "the pending breakpoint on _BINARY_OP_ADD_INT did not hit at gj_calls.py:14"
expect add '^_BINARY_OP_ADD_INT in section \.text of <in-memory@' "info symbol \$pc names the uop"
expect add '^#0 +0x[0-9a-f]+ in _BINARY_OP_ADD_INT \(\) at gj_calls\.py:14$' "frame shows the uop and its guest line"
expect add '^14[[:space:]]+t = t \+ i' "gdb shows the guest source line"
expect add '^Line 14 of "gj_calls\.py" starts at address' "info line *\$pc"
expect add '^Dump of assembler code for function _BINARY_OP_ADD_INT:' "disassemble in the uop"
expect add '^=> 0x[0-9a-f]+ <\+0>:' "disassemble marks \$pc"
expect add '^End of assembler dump\.' "disassemble ran to the end of the uop"
printf '%s\n' "$out" | grep -Eq '^Breakpoint 2, 0x[0-9a-f]+ in _CALL_PY_EXACT \(\) at gj_calls\.py:15$' ||
    fail "break _CALL_PY_EXACT (a second uop name) did not hit at gj_calls.py:15"

# a. bt from the helper called by _CALL_PY_EXACT
clean_bt bt "bt from call_py_exact_args"
expect bt '^#1 +0x[0-9a-f]+ in _CALL_PY_EXACT \(\) at gj_calls\.py:15$' "frame #1 is the uop at the call's line"
order=$(section bt | frames)
echo "bt frames: $order"
printf '%s\n' "$order" | grep -Eq '^call_py_exact_args _CALL_PY_EXACT jit_shim (run_executor )?tier2_enter eval_frame py::main:gj_calls\.py .*eval_frame py::<module>:gj_calls\.py .*main $' ||
    fail "bt frames are '$order', want call_py_exact_args _CALL_PY_EXACT jit_shim ... eval_frame py::main:gj_calls.py ... py::<module>:gj_calls.py ... main"
expect bt ' in py::main:gj_calls\.py \(\) at gj_calls\.py:10$' "the guest frame of main() carries its def line"

# d. up / finish
expect up '^#1 +0x[0-9a-f]+ in _CALL_PY_EXACT \(\) at gj_calls\.py:15$' "up selects the uop frame"
expect up '^_CALL_PY_EXACT \+ [0-9]+ in section \.text of <in-memory@' "info symbol in the uop frame"
expect finish '^0x[0-9a-f]+ in _CALL_PY_EXACT \(\) at gj_calls\.py:15$' "finish from call_py_exact_args returns into _CALL_PY_EXACT"
expect finish '^Value returned is ' "finish completed the helper"
expect finish '^\$[0-9]+ = 1$' "finish stops at the uop frame's return address"

# a. bt from a native function called by _CALL_NATIVE
clean_bt native "bt from bi_len"
expect native '^#0 +bi_len \(' "the native function is frame #0"
expect native '^#1 +0x[0-9a-f]+ in _CALL_NATIVE \(\) at gj_calls\.py:16$' "frame #1 is _CALL_NATIVE at the call's line"
order=$(section native | frames)
printf '%s\n' "$order" | grep -Eq '^bi_len _CALL_NATIVE jit_shim (run_executor )?tier2_enter eval_frame py::main:gj_calls\.py .*main $' ||
    fail "bt frames from bi_len are '$order'"

# --- b: guest recursion -----------------------------------------------------
cat >"$work/recurse.gdb" <<'EOF'
set pagination off
set confirm off
break bi_sorted
ignore 1 40
run
echo @@bt\n
bt
echo @@end\n
kill
EOF
run_gdb "$work/recurse.gdb" gj_recurse.py
section bt
clean_bt bt "bt in recursion"
expect bt '^#1 +0x[0-9a-f]+ in _CALL_NATIVE \(\) at gj_recurse\.py:11$' "the innermost level calls sorted() from JIT code"
order=$(section bt | frames)
recs=$(printf '%s\n' "$order" | tr ' ' '\n' | grep -c '^py::rec:gj_recurse\.py$')
[ "$recs" -eq 5 ] || fail "bt has $recs py::rec frames, want 5 (rec(4) .. rec(0)): $order"
printf '%s\n' "$order" | grep -Eq 'py::rec:gj_recurse\.py .*_CALL_PY_EXACT .*py::rec:gj_recurse\.py' ||
    fail "no rec -> _CALL_PY_EXACT -> rec recursion through JIT code in '$order'"
printf '%s\n' "$order" | grep -Eq 'py::rec:gj_recurse\.py .*py::main:gj_recurse\.py .*py::<module>:gj_recurse\.py .*main $' ||
    fail "the recursion does not continue to main(), <module> and main: '$order'"
expect bt ' in _CALL_PY_EXACT \(\) at gj_recurse\.py:9$' "the recursive call's uop frame carries line 9"

# --- e: unregistration after invalidation -----------------------------------
cat >"$work/invalidate.gdb" <<'EOF'
set pagination off
set confirm off
set breakpoint pending on
break _BINARY_OP_ADD_INT
run
set $old = $pc
echo @@old\n
info symbol $old
delete
break jit_free_executor_code if (char *)ex->jit_code <= (char *)$old && (char *)$old < (char *)ex->jit_code + ex->code_size
continue
echo @@free\n
info symbol $old
finish
echo @@freed\n
info symbol $old
info line *$old
echo @@end\n
kill
EOF
run_gdb "$work/invalidate.gdb" gj_invalidate.py
printf '%s\n' "$out"
printf '%s\n' "$out" | grep -Eq '^Breakpoint 1(\.[0-9]+)?, 0x[0-9a-f]+ in _BINARY_OP_ADD_INT \(\) at gj_invalidate\.py:15$' ||
    fail "the pending breakpoint did not hit in the loop of gj_invalidate.py"
expect old '^_BINARY_OP_ADD_INT in section \.text of <in-memory@' "the old trace's address resolves while it runs"
printf '%s\n' "$out" | grep -Eq '^Breakpoint 2, jit_free_executor_code ' ||
    fail "the invalidated trace was never freed (no jit_free_executor_code for it)"
expect free '^_BINARY_OP_ADD_INT in section \.text of <in-memory@' "the trace's address resolves right before its code is freed"
expect freed '^No symbol matches \$old\.?$' "the freed trace's uop still resolves (not unregistered from gdb)"
expect freed '^No line number information available for address' "the freed trace still has guest lines in gdb"

# --- f: --no-gdb, the failure mode ------------------------------------------
cat >"$work/nogdb.gdb" <<'EOF'
set pagination off
set confirm off
set breakpoint pending on
break _CALL_PY_EXACT
break call_py_exact_args
ignore 2 50
run
echo @@bt\n
bt
echo @@up\n
up
info symbol $pc
echo @@end\n
kill
EOF
run_gdb "$work/nogdb.gdb" --no-gdb gj_calls.py
printf '%s\n' "$out"
printf '%s\n' "$out" | grep -Eq '^Breakpoint 2, call_py_exact_args ' || fail "--no-gdb: call_py_exact_args was not hit"
printf '%s\n' "$out" | grep -Eq '^Breakpoint 1(\.[0-9]+)?, ' && fail "--no-gdb: break _CALL_PY_EXACT hit: JIT code is registered anyway"
section bt | grep -Eq '_CALL_PY_EXACT|_BINARY_OP|py::' && fail "--no-gdb: bt names JIT code"
section bt | grep -q '??' || fail "--no-gdb: bt has no unknown frame where the JIT frame is (is the test blind?)"
expect up '^No symbol matches \$pc\.?$' "--no-gdb: the JIT frame resolves to a symbol"
echo "PASS: gdb sees through glassjit's JIT frames"
