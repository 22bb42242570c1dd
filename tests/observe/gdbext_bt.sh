# gdbext_bt.sh BUILD_DIR SOURCE_DIR - `glassjit bt` (gdb/glassjit-gdb.py)
# with real gdb (-batch -nx) on glassjit, JIT traces live
# (GLASSJIT_JIT_THRESHOLD=2 GLASSJIT_SEAL_DELAY=0).  Guest program:
# tests/observe/programs/gdbext_calls.py.
#
#  a. stopped in bi_len (len() called by inner(), itself called from outer()'s
#     JIT trace): the guest frames inner, outer, <module> innermost first, at
#     the lines of the calls, with their source text and every local's guest
#     value (<unbound> for locals assigned later); `glassjit bt 1` stops
#     after one frame;
#  b. stopped in call_py_exact_args (called by the _CALL_PY_EXACT uop): outer
#     is the innermost guest frame, at the call's line;
#  c. stopped in the _BINARY_OP_SUB_INT uop itself (no call since line 24
#     synced the frame's ip): the line is the uop's, 25 - not the stale 24;
#  d. from an older native frame (`up 3`) the command finds the VM the same.
set -u
. "$2/tests/observe/common.bash"
. "$2/tests/observe/gdb_output.bash"
build=$1
src=$2
gj=$build/glassjit
need gdb
[ -x "$gj" ] || fail "$gj not built"
. "$src/tests/observe/gdbext.bash"

gdbext_setup gdbext_calls.py

# The script auto-loads once gdb/ is on the safe path (gdbext_autoload.sh
# checks that); source it if the binary does not name it, so that these
# checks do not depend on the build's auto-load entry.
cat >"$work/load.gdb" <<EOF
python
try:
    gdb.execute("help glassjit", to_string=True)
except gdb.error:
    gdb.execute("source $src/gdb/glassjit-gdb.py")
end
EOF

# Lines of SECTION that start a guest frame ("#N  FUNC at FILE:LINE"), as "FUNC:LINE ..."
guest() { section "$1" | sed -nE 's/^#[0-9]+ +([^ ]+) at [^ ]+:([0-9]+)$/\1:\2/p' | tr '\n' ' '; }

cat >"$work/bt.gdb" <<EOF
set pagination off
set confirm off
source $work/load.gdb
break bi_len
ignore 1 10
run
echo @@native\n
bt
echo @@gbt\n
glassjit bt
echo @@gbt1\n
glassjit bt 1
echo @@up\n
up 3
glassjit bt
delete
break call_py_exact_args
continue
echo @@call\n
glassjit bt
delete
set breakpoint pending on
break _BINARY_OP_SUB_INT
continue
echo @@sub\n
info symbol \$pc
glassjit bt
echo @@end\n
kill
EOF
run_gdb "$work/bt.gdb" gdbext_calls.py
printf '%s\n' "$out"

# JIT code is live: len() was reached through the trace's _CALL_PY_EXACT
expect native '^#[0-9]+ +0x[0-9a-f]+ in _CALL_PY_EXACT \(\) at gdbext_calls\.py:24$' \
    "the native stack does not run through JIT code (_CALL_PY_EXACT) - no trace live?"

# a. the guest backtrace from bi_len: the 11th len() call, i = 10
g=$(guest gbt)
[ "$g" = "inner:15 outer:24 <module>:29 " ] || fail "glassjit bt frames are '$g', want 'inner:15 outer:24 <module>:29'"
gbt=$(section gbt)
# each frame: header, source line, then its locals, in localsplus order
want_inner='#0  inner at gdbext_calls.py:15
        r = len(xs)                           # line 15: bi_len
      n = 10
      label = '"'lbl'"'
      s = '"'abc'"'
      xs = [1, 2.5, None]
      d = {'"'k'"': (1, True), '"'neg'"': -7}
      r = <unbound>
      late = <unbound>
#1  outer at gdbext_calls.py:24
        total = total + inner(i, '"'lbl'"')   # line 24: _CALL_PY_EXACT
      k = 3
      total = 65
      p = <__main__.Point object at 0x'
got=$(printf '%s\n' "$gbt" | head -14 | sed -E 's/(<__main__\.Point object at 0x)[0-9a-f]+>$/\1/')
[ "$got" = "$want_inner" ] || { diff <(printf '%s\n' "$want_inner") <(printf '%s\n' "$got"); fail "glassjit bt from bi_len: frames #0 and #1 differ from the expected text (above)"; }
expect gbt '^      i = 10$' "outer's loop variable"
expect gbt '^#2  <module> at gdbext_calls\.py:29$' "the module frame"
expect gbt '^        print\(outer\(3\)\)$' "the module frame's source line"
g=$(guest gbt1)
[ "$g" = "inner:15 " ] || fail "glassjit bt 1 shows '$g', want only inner:15"

# d. from an older native frame
g=$(guest up)
[ "$g" = "inner:15 outer:24 <module>:29 " ] || fail "glassjit bt after 'up 3' shows '$g'"

# b. in call_py_exact_args, called from the trace: inner's frame does not exist yet
g=$(guest call)
[ "$g" = "outer:24 <module>:29 " ] || fail "glassjit bt in call_py_exact_args shows '$g', want 'outer:24 <module>:29'"
expect call '^      i = 11$' "call_py_exact_args hit for the next iteration (i = 11)"
expect call '^      total = 77$' "outer's total after 11 iterations"

# c. in a uop with no call: the uop's line, not the ip synced at the last call
expect sub '^_BINARY_OP_SUB_INT in section \.text of <in-memory@' "the breakpoint is in the JIT's _BINARY_OP_SUB_INT"
g=$(guest sub)
[ "$g" = "outer:25 <module>:29 " ] || fail "glassjit bt in _BINARY_OP_SUB_INT shows '$g', want 'outer:25 <module>:29'"
expect sub '^        total = total - 1  ' "the source line of the uop"
echo "PASS: glassjit bt"
